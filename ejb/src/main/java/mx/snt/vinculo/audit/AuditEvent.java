package mx.snt.vinculo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;

/** One recorded change. Append-only. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 150)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "from_state", length = 1000)
    private String fromState;

    @Column(name = "to_state", length = 1000)
    private String toState;

    @Column(length = 2000)
    private String detail;

    /** The item's workspace and visibility (null for events about non-items: visible to admins). */
    @Column(name = "workspace_id")
    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Visibility visibility;

    /** The item whose visibility this event follows. */
    @Column(name = "item_type", length = 64)
    private String itemType;

    @Column(name = "item_id")
    private Long itemId;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String entityType, long entityId, String action,
               String fromState, String toState, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.detail = detail;
    }

    void scope(AuditScope scope) {
        this.workspaceId = scope.workspaceId();
        this.visibility = scope.visibility();
        this.itemType = scope.itemType() != null ? scope.itemType() : entityType;
        this.itemId = scope.itemId() != null ? scope.itemId() : entityId;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public String getAction() { return action; }
    public String getFromState() { return fromState; }
    public String getToState() { return toState; }
    public String getDetail() { return detail; }
    public Long getWorkspaceId() { return workspaceId; }
    public Visibility getVisibility() { return visibility; }
    public String getItemType() { return itemType; }
    public Long getItemId() { return itemId; }
}
