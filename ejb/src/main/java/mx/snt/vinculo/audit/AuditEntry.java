package mx.snt.vinculo.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit event as pages and the API show it. {@code restricted}: the caller may not see the
 * item, so the entry keeps the action, the time and who, but neither the detail nor the item.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId, String action,
                         String fromState, String toState, String detail, boolean restricted, String actorName)
        implements Serializable {

    /** {@code actorName}: how pages name the actor (given and family name, or the actor as recorded). */
    static AuditEntry of(AuditEvent e, boolean visible, String actorName) {
        return visible
                ? new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                        e.getAction(), e.getFromState(), e.getToState(), e.getDetail(), false, actorName)
                : new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), 0L,
                        e.getAction(), null, null, null, true, actorName);
    }
}
