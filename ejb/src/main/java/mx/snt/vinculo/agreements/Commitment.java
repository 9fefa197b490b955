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
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** What a party must deliver under an agreement, by when, and how it is going. */
@Entity
@Table(name = "agreement_commitment")
public class Commitment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    private AgreementParty party;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 200)
    private String responsible;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitmentStatus status = CommitmentStatus.PENDING;

    @Column(length = 2000)
    private String evidence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(Agreement agreement, AgreementParty party, String description, String responsible, LocalDate dueDate, Instant now) {
        this.agreement = agreement;
        this.party = party;
        this.description = description;
        this.responsible = responsible;
        this.dueDate = dueDate;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Agreement getAgreement() { return agreement; }
    public AgreementParty getParty() { return party; }
    public String getDescription() { return description; }
    public String getResponsible() { return responsible; }
    public LocalDate getDueDate() { return dueDate; }
    public CommitmentStatus getStatus() { return status; }
    public String getEvidence() { return evidence; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    void update(CommitmentStatus status, String evidence, Instant now) {
        this.status = status;
        this.evidence = evidence;
        this.updatedAt = now;
    }
}
