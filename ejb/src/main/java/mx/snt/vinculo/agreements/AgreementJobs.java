package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import mx.snt.vinculo.platform.JobLedger;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily run of the agreements: overdue commitments, expired agreements, reminders before
 * due dates and before the end of validity. Every instance's timer fires; the job ledger lets
 * one of them run it per day.
 */
@Singleton
public class AgreementJobs {

    private static final Logger LOG = Logger.getLogger(AgreementJobs.class.getName());

    @EJB
    private JobLedger ledger;

    @EJB
    private AgreementService agreements;

    @Schedule(hour = "6", minute = "15", persistent = false, timezone = "America/Mexico_City")
    void daily() {
        LocalDate today = LocalDate.now(AgreementService.MEXICO);
        if (!ledger.claim("agreements.daily", today.toString())) {
            return;
        }
        AgreementService.DailyResult r = agreements.runDaily(today);
        LOG.info(() -> "Convenios: " + r.overdueCommitments() + " compromisos vencidos, " + r.expiredAgreements()
                + " convenios concluidos por vigencia, " + r.reminders() + " recordatorios");
    }
}
