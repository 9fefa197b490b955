package mx.snt.vinculo.agreements;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement with everything its page shows, built by {@link AgreementAssembler} (records:
 * use #{d.title()} in EL). {@code acuerdoNumber}/{@code acuerdoDate} are the approving acuerdo
 * ({@link Agreement#getApprovalAcuerdoNumber()}); the names stay as the API has always sent them.
 */
public record AgreementDetail(long id, long workspaceId, String workspaceAcronym, AgreementType type, String title,
                              String purpose, String bodyHtml, int textVersion, AgreementState state,
                              Visibility visibility, boolean publicInForce, boolean legalCleared, String acuerdoNumber,
                              LocalDate acuerdoDate, LocalDate validityStart, LocalDate validityEnd, LocalDate signedOn,
                              LocalDate endedOn, String endReason, Long renewedFromId, String renewedFromTitle,
                              Long renewedById, String renewedByTitle,
                              String createdBy, Instant createdAt, Instant updatedAt, long version,
                              List<PartyRow> parties, List<CommitmentRow> commitments, List<AttachmentRow> attachments,
                              List<StepRow> timeline, List<TextVersionRow> versions, Permissions can) implements Serializable {

    public boolean allSigned() {
        return !parties.isEmpty() && parties.stream().allMatch(p -> p.signedOn() != null);
    }

    public boolean hasSignedPdf() {
        return attachments.stream().anyMatch(a -> a.kind() == AttachmentKind.SIGNED_PDF);
    }

    public record PartyRow(long id, Long bodyId, PartyCategory category, String name, String signatory,
                           String signatoryTitle, String contactName, String contactEmail, LocalDate signedOn)
            implements Serializable {
    }

    /** {@code uploadedByName}: how pages name the uploader (given and family name). */
    public record AttachmentRow(long id, AttachmentKind kind, String name, String mediaType, long size,
                                String uploadedBy, Instant uploadedAt, String uploadedByName) implements Serializable {
        /** As the query reads it, before the names are looked up. */
        public AttachmentRow(long id, AttachmentKind kind, String name, String mediaType, long size, String uploadedBy, Instant uploadedAt) {
            this(id, kind, name, mediaType, size, uploadedBy, uploadedAt, uploadedBy);
        }

        AttachmentRow named(Map<String, String> names) {
            return new AttachmentRow(id, kind, name, mediaType, size, uploadedBy, uploadedAt, names.getOrDefault(uploadedBy, uploadedBy));
        }
    }

    /** {@code actorName}: how pages name the actor (given and family name). */
    /** How the step that creates a renewal records its predecessor ("renews:12"). */
    static final String RENEWAL_NOTE = "renews:";

    public record StepRow(Instant occurredAt, String actor, String action, AgreementState fromState,
                          AgreementState toState, String comment, String actorName) implements Serializable {
        /** As the query reads it, before the names are looked up. */
        public StepRow(Instant occurredAt, String actor, String action, AgreementState fromState, AgreementState toState, String comment) {
            this(occurredAt, actor, action, fromState, toState, comment, actor);
        }

        /** The step that created this agreement as the renewal of another (the page links that one above). */
        public boolean renewal() {
            return comment != null && comment.startsWith(RENEWAL_NOTE);
        }

        /** What the person wrote with the step; the renewal's internal note is not theirs. */
        public String note() {
            return renewal() ? null : comment;
        }

        StepRow named(Map<String, String> names) {
            return new StepRow(occurredAt, actor, action, fromState, toState, comment, names.getOrDefault(actor, actor));
        }
    }

    /** {@code savedByName}: how pages name who saved it (given and family name). */
    public record TextVersionRow(int number, String savedBy, Instant savedAt, String savedByName) implements Serializable {
        /** As the query reads it, before the names are looked up. */
        public TextVersionRow(int number, String savedBy, Instant savedAt) {
            this(number, savedBy, savedAt, savedBy);
        }

        TextVersionRow named(Map<String, String> names) {
            return new TextVersionRow(number, savedBy, savedAt, names.getOrDefault(savedBy, savedBy));
        }
    }

    /** What the caller may do now: the page shows only these (the aggregate checks again). */
    public record Permissions(List<AgreementState> transitions, boolean edit, boolean clearLegal, boolean sign,
                              boolean track, boolean annex) implements Serializable {
    }
}
