package mx.snt.vinculo.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit event the caller may see, as "what changed recently" shows it: who did what, and
 * the item it is about ({@code itemType}/{@code itemId}: the item a part's event follows, e.g.
 * the proposal of a comment, else the event's own entity).
 */
public record RecentChange(long id, Instant occurredAt, String actor, String action, String entityType,
                           String itemType, long itemId, String toState) implements Serializable {

    static RecentChange of(AuditEvent e) {
        boolean part = e.getItemType() != null && e.getItemId() != null;
        return new RecentChange(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                part ? e.getItemType() : e.getEntityType(), part ? e.getItemId() : e.getEntityId(), e.getToState());
    }
}
