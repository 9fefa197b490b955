package mx.snt.vinculo.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit event as pages and the API show it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId, String action,
                         String fromState, String toState, String detail) implements Serializable {
    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                e.getAction(), e.getFromState(), e.getToState(), e.getDetail());
    }
}
