package mx.snt.vinculo.sessions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTest {

    private final BusinessCalendar cal = new BusinessCalendar(Set.of(LocalDate.of(2026, 12, 24)));

    @Test
    void federalRestDaysOfArticle74() {
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 2, 2))).isTrue();   // first Monday of February
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 2, 5))).isFalse();  // the old fixed date is not
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 3, 16))).isTrue();  // third Monday of March
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 9, 16))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 11, 16))).isTrue(); // third Monday of November
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 11, 20))).isFalse();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2027, 3, 15))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2027, 11, 15))).isTrue();
    }

    @Test
    void presidentialTransitionEverySixYears() {
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2030, 10, 1))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2036, 10, 1))).isTrue();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(BusinessCalendar.isFederalHoliday(LocalDate.of(2031, 10, 1))).isFalse();
    }

    @Test
    void weekendsHolidaysAndConfiguredDaysAreNotBusinessDays() {
        assertThat(cal.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(cal.isBusinessDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
        assertThat(cal.isBusinessDay(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(cal.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse(); // configured extra day
        assertThat(new BusinessCalendar(Set.of()).isBusinessDay(LocalDate.of(2026, 12, 24))).isTrue();
    }

    @Test
    void noticePeriodSkipsWeekendsAndHolidays() {
        // Thursday 12 Nov 2026 + 5 business days: Fri 13, (Mon 16 is a holiday), Tue 17, Wed 18, Thu 19, Fri 20.
        assertThat(cal.addBusinessDays(LocalDate.of(2026, 11, 12), 5)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(cal.noticeMet(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 20), 5)).isTrue();
        assertThat(cal.noticeMet(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 19), 5)).isFalse();
        // Extraordinary, one day: convened on a Friday, it can be held on Monday, not on Saturday.
        assertThat(cal.noticeMet(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), 1)).isTrue();
        assertThat(cal.noticeMet(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5), 1)).isFalse();
        // Over Christmas: 23 Dec + 1 → 24 (extra) and 25 (federal) skipped, weekend skipped → Mon 28.
        assertThat(cal.addBusinessDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
