package mx.snt.vinculo.agreements;

import java.io.Serializable;
import java.time.LocalDate;

/** What pages and the API send to the agreement service. */
public final class AgreementInputs {

    private AgreementInputs() {
    }

    /** The editable part of a draft. */
    public record Draft(AgreementType type, String title, String purpose, String html, LocalDate validityStart,
                        LocalDate validityEnd, Boolean publicInForce) implements Serializable {
    }

    /** A party: a body of the directory (bodyId) or an outside counterparty (category and name). */
    public record Party(Long bodyId, PartyCategory category, String name, String signatory, String signatoryTitle,
                        String contactName, String contactEmail) implements Serializable {
    }

    /** What some moves need: the comment of a send-back, the number and date of the acuerdo that approved it, the end of a termination. */
    public record Transition(String comment, String approvalAcuerdoNumber, LocalDate approvalAcuerdoDate, LocalDate endDate,
                             String reason) implements Serializable {
        public static Transition none() {
            return new Transition(null, null, null, null, null);
        }

        public static Transition comment(String comment) {
            return new Transition(comment, null, null, null, null);
        }
    }

    public record NewCommitment(Long partyId, String description, String responsible, LocalDate dueDate)
            implements Serializable {
    }

    /** The list's filters; null means "any". expiringDays: in force and ending within that many days. */
    public record Filter(Long workspaceId, AgreementState state, AgreementType type, String party,
                         Integer expiringDays) implements Serializable {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }

        /** The agreements in force that end within {@link AgreementDates#EXPIRING_SOON_DAYS}. */
        public static Filter expiringSoon() {
            return new Filter(null, null, null, null, AgreementDates.EXPIRING_SOON_DAYS);
        }

        /** The same filters, expiring soon or not (the list's and the export's check box). */
        public Filter expiringSoon(boolean expiring) {
            return new Filter(workspaceId, state, type, party, expiring ? AgreementDates.EXPIRING_SOON_DAYS : null);
        }
    }
}
