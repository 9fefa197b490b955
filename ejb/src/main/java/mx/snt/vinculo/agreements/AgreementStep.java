package mx.snt.vinculo.agreements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A line of an agreement's timeline (who, when, what, comment). The audit trail records the
 * same change; this table exists so the timeline, with its comments, is one indexed query.
 */
@Entity
@Table(name = "agreement_step")
public class AgreementStep {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 150)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 24)
    private AgreementState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 24)
    private AgreementState toState;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    protected AgreementStep() {
    }

    public AgreementStep(Agreement agreement, Instant occurredAt, String actor, String action, AgreementState fromState,
                  AgreementState toState, String comment) {
        this.agreement = agreement;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public AgreementState getFromState() { return fromState; }
    public AgreementState getToState() { return toState; }
    public String getComment() { return comment; }
}
