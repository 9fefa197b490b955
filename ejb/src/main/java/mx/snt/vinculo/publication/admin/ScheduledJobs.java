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
 * (the PNT export, the digests), a digest run now, and the digests "por verificar" (a send
 * interrupted by a crash or a broken connection): the admin checks each one's Message-ID at the
 * mail server and marks it sent or resends it. Admin only; every settlement is audited.
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

    /** The digests' run state, with how many wait por verificar. */
    public JobProgress digestProgress() {
        return job(ClusterJobs.DIGESTS).withUncertain(Jdbc.run(runs::uncertainDigestCount));
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

    /** A digest: whose, of which period (as the ledger keys it). */
    public record DigestKey(long memberId, String period) implements java.io.Serializable {
    }

    /** The digests waiting por verificar, oldest first (at most {@code limit}). */
    public List<DigestRunner.Uncertain> uncertainDigests(int limit) {
        callers.require(Role.ADMIN);
        return Jdbc.run(() -> runs.uncertainDigests(Math.max(1, Math.min(limit, 1000))));
    }

    /** These digests por verificar were delivered (the admin found them at the mail server): SENT. How many changed. */
    public int markDigestsSent(List<DigestKey> keys) {
        Caller caller = callers.require(Role.ADMIN);
        int n = 0;
        for (DigestKey k : valid(keys)) {
            int changed = Jdbc.run(() -> runs.markDigestsSent(k.period(), List.of(k.memberId()), caller.username()));
            if (changed > 0) {
                audit.record(caller, "DigestSent", k.memberId(), "integration.digest.markSent", "UNCERTAIN", "SENT", k.period());
                n += changed;
            }
        }
        return n;
    }

    /**
     * These digests por verificar were not delivered: sent again, with the Message-ID they had (refused with 409 while a
     * digest run is live). How many were sent now.
     */
    public int resendDigests(List<DigestKey> keys) {
        Caller caller = callers.require(Role.ADMIN);
        java.util.Map<String, List<Long>> byPeriod = new java.util.TreeMap<>();
        for (DigestKey k : valid(keys)) {
            byPeriod.computeIfAbsent(k.period(), p -> new java.util.ArrayList<>()).add(k.memberId());
        }
        int sent = 0;
        for (var e : byPeriod.entrySet()) {
            DigestRunner.Result r = Jdbc.run(() -> runs.resendDigests(e.getKey(), e.getValue()));
            for (long id : e.getValue()) {
                audit.record(caller, "DigestSent", id, "integration.digest.resend", "UNCERTAIN", null, e.getKey());
            }
            audit.record(caller, "Integration", 0, "integration.digest.run", null, r.period(),
                    "resend sent=" + r.sent() + " failed=" + r.failed() + " uncertain=" + r.uncertain());
            sent += r.sent();
        }
        return sent;
    }

    private static List<DigestKey> valid(List<DigestKey> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new ValidationException("integration.digest.uncertain.none");
        }
        for (DigestKey k : keys) {
            if (k == null || DigestRunner.dayOf(k.period() == null ? "" : k.period()) == null) {
                throw new ValidationException("integration.digest.uncertain.invalid");
            }
        }
        return keys;
    }
}
