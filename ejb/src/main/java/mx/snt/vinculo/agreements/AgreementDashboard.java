package mx.snt.vinculo.agreements;

import java.io.Serializable;
import java.util.List;

/**
 * Counts among what the caller may see: by state, by year of drafting and type, the agreements
 * expiring soon (the window of {@link AgreementDates#EXPIRING_SOON_DAYS}) and the overdue commitments.
 */
public record AgreementDashboard(List<StateCount> byState, List<YearTypeCount> byYearAndType, long expiringSoon,
                                 long overdueCommitments) implements Serializable {

    public record StateCount(AgreementState state, long count) implements Serializable {
    }

    public record YearTypeCount(int year, AgreementType type, long count) implements Serializable {
    }
}
