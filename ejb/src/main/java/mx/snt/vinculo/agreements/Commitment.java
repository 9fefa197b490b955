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
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.common.VersionedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a party must deliver under an agreement, by when, and how it is going. Created by
 * {@link Agreement#commit}; its status follows the date rule of {@link AgreementDates#overdue}.
 */
@Entity
@Table(name = "agreement_commitment")
public class Commitment extends VersionedEntity {
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

    protected Commitment() {
    }

    Commitment(Agreement agreement, AgreementParty party, String description, String responsible, LocalDate dueDate, Instant now) {
        super(now);
        this.agreement = agreement;
        this.party = party;
        this.description = description;
        this.responsible = responsible;
        this.dueDate = dueDate;
    }

    /**
     * A party reports progress (seen at {@code expectedVersion}). Reopening something late keeps
     * it overdue: the date rule, not the person, says so. Returns the status it now has.
     */
    public CommitmentStatus report(long expectedVersion, CommitmentStatus chosen, String evidence, LocalDate today, Instant now) {
        checkVersion(expectedVersion);
        if (chosen == null) {
            throw new ValidationException("agreement.commitment.status.required");
        }
        this.status = AgreementDates.overdue(chosen, dueDate, today) ? CommitmentStatus.OVERDUE : chosen;
        this.evidence = AgreementDraft.optional(evidence, 2000);
        touch(now);
        return status;
    }

    /** The daily rule: unfinished past its due date becomes OVERDUE; true when it changed. */
    public boolean markOverdue(LocalDate today, Instant now) {
        if (!AgreementDates.overdue(status, dueDate, today)) {
            return false;
        }
        this.status = CommitmentStatus.OVERDUE;
        touch(now);
        return true;
    }

    public Long getId() { return id; }
    public Agreement getAgreement() { return agreement; }
    public AgreementParty getParty() { return party; }
    public String getDescription() { return description; }
    public String getResponsible() { return responsible; }
    public LocalDate getDueDate() { return dueDate; }
    public CommitmentStatus getStatus() { return status; }
    public String getEvidence() { return evidence; }
}
