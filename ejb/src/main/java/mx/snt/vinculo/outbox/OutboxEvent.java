package mx.snt.vinculo.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something that was published, waiting for (or done with) delivery. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Column(name = "aggregate_type", nullable = false, length = 64)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private long aggregateId;

    @Column(name = "aggregate_version", nullable = false)
    private long aggregateVersion;

    @Column(name = "workspace_id")
    private Long workspaceId;

    @Lob
    @Column(nullable = false)
    private String payload;

    @Column(name = "idempotency_key", nullable = false, length = 200, unique = true)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxEvent() {
    }

    OutboxEvent(Instant now, String eventType, String aggregateType, long aggregateId, long aggregateVersion,
                Long workspaceId, String payload, String discriminator) {
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.eventType = eventType;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.aggregateVersion = aggregateVersion;
        this.workspaceId = workspaceId;
        this.payload = payload;
        String key = eventType + ":" + aggregateType + ":" + aggregateId + ":" + aggregateVersion
                + (discriminator == null ? "" : ":" + discriminator);
        this.idempotencyKey = key.length() > 200 ? key.substring(0, 200) : key;
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public String getEventType() { return eventType; }
    public String getAggregateType() { return aggregateType; }
    public long getAggregateId() { return aggregateId; }
    public long getAggregateVersion() { return aggregateVersion; }
    public Long getWorkspaceId() { return workspaceId; }
    public String getPayload() { return payload; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
