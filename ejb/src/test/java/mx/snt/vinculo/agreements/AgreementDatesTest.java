package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void validityEndBeforeStartIsRefused() {
        assertThatThrownBy(() -> AgreementDates.checkValidity(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(ValidationException.class).hasMessage("agreement.validity.order");
        assertThatCode(() -> AgreementDates.checkValidity(TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> AgreementDates.checkValidity(null, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgreementDates.checkValidityComplete(TODAY, null))
                .isInstanceOf(ValidationException.class).hasMessage("agreement.validity.required");
    }

    @Test
    void overdueOnlyWhenUnfinishedAndPastItsDay() {
        assertThat(AgreementDates.overdue(CommitmentStatus.PENDING, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(AgreementDates.overdue(CommitmentStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(AgreementDates.overdue(CommitmentStatus.PENDING, TODAY, TODAY)).isFalse();
        assertThat(AgreementDates.overdue(CommitmentStatus.DONE, TODAY.minusDays(9), TODAY)).isFalse();
    }

    @Test
    void expiryAndEndingSoon() {
        assertThat(AgreementDates.expired(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(AgreementDates.expired(TODAY, TODAY)).isFalse();
        assertThat(AgreementDates.endsWithin(TODAY.plusDays(30), TODAY, 30)).isTrue();
        assertThat(AgreementDates.endsWithin(TODAY.plusDays(31), TODAY, 30)).isFalse();
        assertThat(AgreementDates.endsWithin(TODAY.minusDays(1), TODAY, 30)).isFalse();
    }

    @Test
    void theReminderIsTheSmallestThresholdTheRemainingDaysFallWithin() {
        List<Integer> days = List.of(60, 30);
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY.plusDays(61), days)).isEmpty();
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY.plusDays(60), days)).contains(60);
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY.plusDays(31), days)).contains(60);
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY.plusDays(30), days)).contains(30);
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY, days)).contains(30);
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY.minusDays(1), days)).isEmpty();
    }

    @Test
    void reminderDaysFromConfiguration() {
        assertThat(AgreementDates.parseDays("60,30")).containsExactly(60, 30);
        assertThat(AgreementDates.parseDays(" 90, 15 ,x,-3,15")).containsExactly(90, 15);
        assertThat(AgreementDates.parseDays("")).containsExactly(60, 30);
        assertThat(AgreementDates.parseDays(null)).containsExactly(60, 30);
    }

    @Test
    void expiringSoonIsOneWindowForTheListTheExportAndTheDashboard() {
        assertThat(AgreementDates.EXPIRING_SOON_DAYS).isEqualTo(60);
        // The dashboard counts with Filter.expiringSoon(); the list and the export tick the same box.
        assertThat(AgreementInputs.Filter.expiringSoon().expiringDays()).isEqualTo(AgreementDates.EXPIRING_SOON_DAYS);
        AgreementInputs.Filter listed = new AgreementInputs.Filter(3L, AgreementState.IN_FORCE, null, "udg", null).expiringSoon(true);
        assertThat(listed.expiringDays()).isEqualTo(AgreementDates.EXPIRING_SOON_DAYS);
        assertThat(listed.workspaceId()).isEqualTo(3L);
        assertThat(listed.party()).isEqualTo("udg");
        assertThat(listed.expiringSoon(false).expiringDays()).isNull();
        // An agreement ending in 45 days is "expiring soon" everywhere, and gets its first (60-day) alert.
        assertThat(AgreementDates.endsWithin(TODAY.plusDays(45), TODAY, AgreementDates.EXPIRING_SOON_DAYS)).isTrue();
        assertThat(AgreementDates.endsWithin(TODAY.plusDays(61), TODAY, AgreementDates.EXPIRING_SOON_DAYS)).isFalse();
        assertThat(AgreementDates.reminderThreshold(TODAY, TODAY.plusDays(45), AgreementDates.DEFAULT_REMINDER_DAYS)).contains(60);
    }
}
