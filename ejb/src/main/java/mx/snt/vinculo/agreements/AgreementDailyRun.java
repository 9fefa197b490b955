package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily run of the agreements: signed agreements whose validity starts today enter into force
 * (and are published then, not at signature), overdue commitments, agreements expired by their validity,
 * reminders before commitments fall due and alerts before agreements expire (once per
 * configured threshold, {@code vinculo.agreements.reminder-days}, by default 60 and 30 days).
 */
@Stateless
public class AgreementDailyRun {

    @EJB
    private Callers callers;

    @EJB
    private AgreementRepository repository;

    @EJB
    private AgreementEvents events;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "vinculo.agreements.reminder-days", defaultValue = "60,30")
    private String reminderDays;

    /** What a daily run did. */
    public record Result(int enteredIntoForce, int overdueCommitments, int expiredAgreements, int reminders)
            implements java.io.Serializable {
    }

    /** An administrator runs it now (it is idempotent: reminders are keyed per threshold). */
    public Result runNow() {
        callers.require(Role.ADMIN);
        return run(MexicoCity.today(clock));
    }

    /** Puts signed agreements in force on their start date, marks overdue commitments, expires agreements past their validity, and queues the reminders. */
    public Result run(LocalDate today) {
        Caller system = Caller.anonymous();
        Instant now = clock.instant();
        int started = 0;
        for (Agreement a : repository.signedStartingBy(today)) {
            events.moved(a, system, a.enterIntoForceOnStart(today, now));
            started++;
        }
        int overdue = 0;
        for (Commitment c : repository.openCommitmentsPastDue(today)) {
            CommitmentStatus before = c.getStatus();
            if (c.markOverdue(today, now)) {
                events.audited(c.getAgreement(), Commitments.ENTITY, c.getId(), system, "commitment.overdue", before.name(), CommitmentStatus.OVERDUE.name(), null);
                overdue++;
            }
        }
        int expired = 0;
        for (Agreement a : repository.inForcePastValidity(today)) {
            events.moved(a, system, a.expire(today, now));
            expired++;
        }
        repository.flush();
        return new Result(started, overdue, expired, remind(today));
    }

    private int remind(LocalDate today) {
        List<Integer> days = AgreementDates.parseDays(reminderDays);
        LocalDate until = today.plusDays(days.stream().max(Integer::compare).orElse(AgreementDates.EXPIRING_SOON_DAYS));
        int reminders = 0;
        for (Commitment c : repository.commitmentsDueBetween(today, until)) {
            Optional<Integer> t = AgreementDates.reminderThreshold(today, c.getDueDate(), days);
            if (t.isPresent()) {
                events.commitmentDueSoon(c, t.get());
                reminders++;
            }
        }
        for (Agreement a : repository.inForceEndingBetween(today, until)) {
            Optional<Integer> t = AgreementDates.reminderThreshold(today, a.getValidityEnd(), days);
            if (t.isPresent()) {
                events.expiring(a, t.get());
                reminders++;
            }
        }
        return reminders;
    }
}
