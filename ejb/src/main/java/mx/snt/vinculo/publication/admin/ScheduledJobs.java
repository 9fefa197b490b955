package mx.snt.vinculo.publication.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.platform.JobLedger;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import java.time.LocalDate;
import java.util.List;

/**
 * The long jobs on the console: their run state as recorded by whichever instance runs them
 * (the PNT export, the digests), and a digest run now. Admin only.
 */
@Stateless
public class ScheduledJobs {

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private JobLedger ledger;

    @EJB(lookup = IntegrationRuns.LOOKUP)
    private IntegrationRuns runs;

    /** The PNT export's run state. */
    public JobProgress exportProgress() {
        return job(ClusterJobs.PNT_EXPORT);
    }

    /** The digests' run state. */
    public JobProgress digestProgress() {
        return job(ClusterJobs.DIGESTS);
    }

    /** One cluster job's run state (ClusterJobs.PNT_EXPORT, DIGESTS). */
    public JobProgress job(String name) {
        callers.require(Role.ADMIN);
        return JobProgress.of(name, ledger.state(name));
    }

    /** Every cluster job's run state. */
    public List<JobProgress> jobs() {
        callers.require(Role.ADMIN);
        return ledger.states().stream().map(s -> JobProgress.of(s.job(), s)).toList();
    }

    /** Sends the digests of one period now; refused (409) while any instance sends digests. */
    public DigestRunner.Result runDigest(Frequency frequency, LocalDate day) {
        Caller caller = callers.require(Role.ADMIN);
        if (frequency == null || frequency == Frequency.NONE || day == null) {
            throw new ValidationException("integration.digest.period");
        }
        DigestRunner.Result r = Jdbc.run(() -> runs.runDigest(frequency, day));
        audit.record(caller, "Integration", 0, "integration.digest.run", null, r.period(),
                "sent=" + r.sent() + " already=" + r.alreadySent() + " failed=" + r.failed());
        return r;
    }
}
