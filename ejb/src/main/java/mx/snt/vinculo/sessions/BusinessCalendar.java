package mx.snt.vinculo.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Business days in Mexico: Monday to Friday, minus the rest days of Ley Federal del Trabajo
 * art. 74 (Jan 1, first Monday of February, third Monday of March, May 1, Sep 16, third
 * Monday of November, Dec 25, and Oct 1 of each presidential transition year: 2024, 2030,
 * 2036…) and any extra days an installation configures (bridges, local closures).
 */
public final class BusinessCalendar {

    private final Set<LocalDate> extraHolidays;

    public BusinessCalendar(Set<LocalDate> extraHolidays) {
        this.extraHolidays = Set.copyOf(extraHolidays);
    }

    public static boolean isFederalHoliday(LocalDate d) {
        int y = d.getYear();
        return d.equals(LocalDate.of(y, Month.JANUARY, 1))
                || d.equals(nthMonday(y, Month.FEBRUARY, 1))
                || d.equals(nthMonday(y, Month.MARCH, 3))
                || d.equals(LocalDate.of(y, Month.MAY, 1))
                || d.equals(LocalDate.of(y, Month.SEPTEMBER, 16))
                || d.equals(nthMonday(y, Month.NOVEMBER, 3))
                || d.equals(LocalDate.of(y, Month.DECEMBER, 25))
                // The federal executive changes every six years since 2024 (constitutional reform of 2014).
                || (y >= 2024 && (y - 2024) % 6 == 0 && d.equals(LocalDate.of(y, Month.OCTOBER, 1)));
    }

    static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    public boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isFederalHoliday(d) && !extraHolidays.contains(d);
    }

    /** The date {@code days} business days after {@code from} (from itself not counted). */
    public LocalDate addBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The notice rule: convening on {@code today} for a session on {@code sessionDate} needs
     * at least {@code noticeDays} full business days in between, so the session may be held on
     * the {@code noticeDays}-th business day after today, or later.
     */
    public boolean noticeMet(LocalDate today, LocalDate sessionDate, int noticeDays) {
        return !sessionDate.isBefore(addBusinessDays(today, noticeDays));
    }
}
