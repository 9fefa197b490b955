package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.ValidationException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The date rules of agreements and commitments, pure so they are unit-tested. */
public final class AgreementDates {

    /**
     * "Expiring soon", one window for the list filter, the spreadsheet and the dashboard: 60
     * days, the first expiry alert by default, because a renewal goes through internal and
     * legal review, a session's approval and every party's signature, which takes about two
     * months (see the package doc).
     */
    public static final int EXPIRING_SOON_DAYS = 60;

    /** The reminder days when none are configured: 60 and 30 days before. */
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(60, 30);

    private AgreementDates() {
    }

    /** Validity: both or neither while drafting; the end never before the start. */
    public static void checkValidity(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new ValidationException("agreement.validity.order");
        }
    }

    /** To enter into force the validity must be complete and in order. */
    public static void checkValidityComplete(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new ValidationException("agreement.validity.required");
        }
        checkValidity(start, end);
    }

    /** Overdue: unfinished and its due date has passed. */
    public static boolean overdue(CommitmentStatus status, LocalDate due, LocalDate today) {
        return (status == CommitmentStatus.PENDING || status == CommitmentStatus.IN_PROGRESS) && due.isBefore(today);
    }

    /** In force on or after its last day of validity has passed: expired. */
    public static boolean expired(LocalDate end, LocalDate today) {
        return end != null && end.isBefore(today);
    }

    /** Ends within the given days from today (today included). */
    public static boolean endsWithin(LocalDate end, LocalDate today, int days) {
        return end != null && !end.isBefore(today) && !end.isAfter(today.plusDays(days));
    }

    /**
     * Which reminder is due for a date: the smallest configured threshold that the remaining
     * days fall within (60 days out the 60-day reminder, 25 days out the 30-day one). A job
     * that missed a day still sends it; the outbox key per threshold keeps it single.
     */
    public static Optional<Integer> reminderThreshold(LocalDate today, LocalDate date, List<Integer> thresholds) {
        if (date == null || date.isBefore(today)) {
            return Optional.empty();
        }
        long left = ChronoUnit.DAYS.between(today, date);
        return thresholds.stream().filter(t -> left <= t).min(Integer::compare);
    }

    /** "60,30" → [60, 30]; blanks, non-numbers and non-positive values are ignored. */
    public static List<Integer> parseDays(String text) {
        List<Integer> days = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                try {
                    int d = Integer.parseInt(part.strip());
                    if (d > 0 && !days.contains(d)) {
                        days.add(d);
                    }
                } catch (NumberFormatException ignored) {
                    // a typo in the configuration must not stop the reminders
                }
            }
        }
        return days.isEmpty() ? DEFAULT_REMINDER_DAYS : List.copyOf(days);
    }
}
