package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice period a convocation must give: {@code days} business days of {@code calendar}
 * (weekends, federal and configured holidays excluded), counted in Mexico City.
 */
public record NoticePolicy(int days, BusinessCalendar calendar) {

    /** Refuses a session starting at {@code startsAt} convened on {@code today} with too little notice. */
    public void check(LocalDate today, Instant startsAt) {
        if (!calendar.noticeMet(today, MexicoCity.dayOf(startsAt), days)) {
            throw new ValidationException("session.notice.short", days, // the earliest day as people write it (dd/MM/yyyy)
                    calendar.addBusinessDays(today, days).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }
}
