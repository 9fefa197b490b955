package mx.snt.vinculo.agreements;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Agreements as pages, the API and the export show them (records: use #{x.name()} in EL). */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** A row of the list. */
    public record Row(long id, long workspaceId, String workspaceAcronym, AgreementType type, String title,
                      AgreementState state, Visibility visibility, LocalDate validityStart, LocalDate validityEnd,
                      LocalDate signedOn, Instant updatedAt, String parties) implements Serializable {
        public Row(long id, long workspaceId, String workspaceAcronym, AgreementType type, String title,
                   AgreementState state, Visibility visibility, LocalDate validityStart, LocalDate validityEnd,
                   LocalDate signedOn, Instant updatedAt) {
            this(id, workspaceId, workspaceAcronym, type, title, state, visibility, validityStart, validityEnd,
                    signedOn, updatedAt, "");
        }

        Row withParties(String names) {
            return new Row(id, workspaceId, workspaceAcronym, type, title, state, visibility, validityStart,
                    validityEnd, signedOn, updatedAt, names);
        }
    }

    public record Party(long id, Long bodyId, PartyCategory category, String name, String signatory,
                        String signatoryTitle, String contactName, String contactEmail, LocalDate signedOn)
            implements Serializable {
    }

    public record CommitmentView(long id, long partyId, String partyName, String description, String responsible,
                                 LocalDate dueDate, CommitmentStatus status, String evidence, long version)
            implements Serializable {
    }

    public record Attachment(long id, AttachmentKind kind, String name, String mediaType, long size,
                             String uploadedBy, Instant uploadedAt) implements Serializable {
    }

    public record Step(Instant occurredAt, String actor, String action, AgreementState fromState,
                       AgreementState toState, String comment) implements Serializable {
    }

    public record TextVersion(int number, String savedBy, Instant savedAt) implements Serializable {
    }

    /** What the caller may do now: the page shows only these (the service checks again). */
    public record Permissions(List<AgreementState> transitions, boolean edit, boolean clearLegal, boolean sign,
                              boolean track, boolean annex) implements Serializable {
    }

    /** An agreement with everything its page shows. */
    public record Detail(long id, long workspaceId, String workspaceAcronym, AgreementType type, String title,
                         String purpose, String bodyHtml, int textVersion, AgreementState state,
                         Visibility visibility, boolean publicInForce, boolean legalCleared, String acuerdoNumber,
                         LocalDate acuerdoDate, LocalDate validityStart, LocalDate validityEnd, LocalDate signedOn,
                         LocalDate endedOn, String endReason, Long renewedFromId, Long renewedById,
                         String createdBy, Instant createdAt, Instant updatedAt, long version,
                         List<Party> parties, List<CommitmentView> commitments, List<Attachment> attachments,
                         List<Step> timeline, List<TextVersion> versions, Permissions can) implements Serializable {

        public boolean allSigned() {
            return !parties.isEmpty() && parties.stream().allMatch(p -> p.signedOn() != null);
        }

        public boolean hasSignedPdf() {
            return attachments.stream().anyMatch(a -> a.kind() == AttachmentKind.SIGNED_PDF);
        }
    }

    /** Two versions side by side. */
    public record Comparison(long agreementId, String title, int left, int right, List<TextDiff.Row> rows)
            implements Serializable {
    }

    public record StateCount(AgreementState state, long count) implements Serializable {
    }

    public record YearTypeCount(int year, AgreementType type, long count) implements Serializable {
    }

    public record Dashboard(List<StateCount> byState, List<YearTypeCount> byYearAndType, long expiringSoon,
                            long overdueCommitments) implements Serializable {
    }
}
