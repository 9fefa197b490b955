package mx.snt.vinculo.agreements;

import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.files.FileKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an {@link Agreement} beside its text and workflow: the parties' signatures, the
 * attachments (annexes and the signed PDF) and the commitments. Part of the aggregate like
 * {@link AgreementDraft}, but package-private: the agreement is the only way in, hands over its
 * state and lists, and touches its version after each change.
 */
final class AgreementParts {

    private final Agreement agreement;
    private final AgreementState state;
    private final List<AgreementParty> parties;
    private final List<AgreementAttachment> attachments;
    private final List<Commitment> commitments;

    AgreementParts(Agreement agreement, AgreementState state, List<AgreementParty> parties,
                   List<AgreementAttachment> attachments, List<Commitment> commitments) {
        this.agreement = agreement;
        this.state = state;
        this.parties = parties;
        this.attachments = attachments;
        this.commitments = commitments;
    }

    /** A party's signature while signing: on a real date, not in the future, not before the approving acuerdo. */
    AgreementParty sign(Actor actor, long partyId, LocalDate date, String recordedBy, LocalDate today) {
        AgreementWorkflow.checkSigning(state, actor);
        AgreementParty p = parties.stream().filter(x -> x.getId() != null && x.getId() == partyId).findFirst()
                .orElseThrow(() -> new ValidationException("agreement.sign.party.invalid"));
        if (date == null) {
            throw new ValidationException("agreement.sign.date.required");
        }
        if (date.isAfter(today)) {
            throw new ValidationException("agreement.sign.future");
        }
        LocalDate approved = agreement.getApprovalAcuerdoDate();
        if (approved != null && date.isBefore(approved)) {
            throw new ValidationException("agreement.sign.beforeApproval");
        }
        p.sign(date, recordedBy);
        return p;
    }

    boolean allSigned() {
        return !parties.isEmpty() && parties.stream().allMatch(p -> p.getSignedOn() != null);
    }

    /** An annex (until it ends, by the drafting body's staff) or the signed PDF (a PDF, while signing). */
    AgreementAttachment attach(Actor actor, AttachmentKind kind, FileKind detected, long fileId) {
        checkAttachable(actor, kind);
        AgreementAttachment.checkKind(kind, detected);
        AgreementAttachment t = new AgreementAttachment(agreement, fileId, kind);
        attachments.add(t);
        return t;
    }

    /** Refuses an attachment before its file is even read. */
    void checkAttachable(Actor actor, AttachmentKind kind) {
        if (kind == null) {
            throw new ValidationException("agreement.attachment.kind");
        }
        if (kind == AttachmentKind.SIGNED_PDF) {
            AgreementWorkflow.checkSigning(state, actor);
        } else if (state.ended()) {
            throw new ValidationException("agreement.attachment.state");
        } else if (!actor.staffOfDrafter()) {
            throw new AgreementForbiddenException("agreement.edit.role");
        }
    }

    /** The newest signed PDF, the document SIPOT links to. */
    Optional<AgreementAttachment> signedPdf() {
        return attachments.stream().filter(t -> t.getKind() == AttachmentKind.SIGNED_PDF).reduce((x, y) -> y);
    }

    /** A commitment of one of its parties, tracked by the parties' staff until the agreement ends. */
    Commitment commit(Actor actor, Long partyId, String description, String responsible, LocalDate dueDate, Instant now) {
        AgreementWorkflow.checkCommitments(state, actor);
        AgreementParty p = partyId == null ? null : parties.stream().filter(x -> partyId.equals(x.getId())).findFirst().orElse(null);
        if (p == null) {
            throw new ValidationException("agreement.commitment.party.invalid");
        }
        String what = AgreementDraft.required(description, "agreement.commitment.description", 1000);
        String who = AgreementDraft.required(responsible, "agreement.commitment.responsible.required", 200);
        if (dueDate == null) {
            throw new ValidationException("agreement.commitment.due.required");
        }
        Commitment c = new Commitment(agreement, p, what, who, dueDate, now);
        commitments.add(c);
        return c;
    }
}
