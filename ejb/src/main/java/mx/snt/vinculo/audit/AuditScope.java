package mx.snt.vinculo.audit;

import mx.snt.vinculo.visibility.Visibility;

/**
 * The item an audit event is about, as the visibility rule sees it: its workspace and current
 * visibility, and the item whose visibility the event follows ({@code itemType}/{@code itemId};
 * null means the event's own entity, e.g. an agenda item's events follow their session).
 */
public record AuditScope(String itemType, Long itemId, long workspaceId, Visibility visibility) {

    public AuditScope {
        if (visibility == null) {
            throw new IllegalArgumentException("visibility");
        }
    }

    /** The event's own entity is the item. */
    public static AuditScope of(long workspaceId, Visibility visibility) {
        return new AuditScope(null, null, workspaceId, visibility);
    }

    /** The event is about a part of another item (e.g. an agenda item of a session) and follows it. */
    public static AuditScope partOf(String itemType, long itemId, long workspaceId, Visibility visibility) {
        return new AuditScope(itemType, itemId, workspaceId, visibility);
    }
}
