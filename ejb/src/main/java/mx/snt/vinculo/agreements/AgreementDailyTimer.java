package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.platform.JobLedger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Fires {@link AgreementDailyRun} every morning; every instance's timer fires, the job ledger lets one run it per day. */
@Singleton
public class AgreementDailyTimer {

    private static final Logger LOG = Logger.getLogger(AgreementDailyTimer.class.getName());

    @EJB
    private JobLedger ledger;

    @EJB
    private AgreementDailyRun run;

    @Inject
    private Clock clock;

    @Schedule(hour = "6", minute = "15", persistent = false, timezone = "America/Mexico_City")
    void daily() {
        LocalDate today = MexicoCity.today(clock);
        if (!ledger.claim("agreements.daily", today.toString())) {
            return;
        }
        AgreementDailyRun.Result r = run.run(today);
        LOG.info(() -> "Agreements: " + r.enteredIntoForce() + " entered into force, " + r.overdueCommitments() + " commitments overdue, " + r.expiredAgreements()
                + " agreements expired, " + r.reminders() + " reminders");
    }
}
