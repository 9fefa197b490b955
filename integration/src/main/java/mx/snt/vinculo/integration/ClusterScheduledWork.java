package mx.snt.vinculo.integration;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.platform.LeaseLostException;
import mx.snt.vinculo.publication.PntExporter;

import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The integration's long jobs, once per cluster: every instance's timer calls in, the
 * {@link ClusterJobs} claim lets one run and the rest return at once. The run's progress and
 * its end (result or failure) go to the job's row, which every instance's console reads.
 * Plain Java (no Camel, no container), so tests run two "instances" on one database.
 */
public class ClusterScheduledWork {

    private static final Logger LOG = Logger.getLogger(ClusterScheduledWork.class.getName());

    private final ClusterJobs cluster;
    private final PntExporter exporter;
    private final DigestRunner digests;
    private final Clock clock;
    private final Duration exportPeriod;
    private final int digestHour;

    public ClusterScheduledWork(ClusterJobs cluster, PntExporter exporter, DigestRunner digests, Clock clock,
                                Duration exportPeriod, int digestHour) {
        this.cluster = cluster;
        this.exporter = exporter;
        this.digests = digests;
        this.clock = clock;
        this.exportPeriod = exportPeriod;
        this.digestHour = digestHour;
    }

    public ClusterJobs cluster() {
        return cluster;
    }

    /**
     * The timer's export: runs if this instance claims the current slot; 0 when another
     * instance is running it or already did this slot.
     */
    public int exportScheduled() throws Exception {
        ClusterJobs.Claim claim = cluster.claim(ClusterJobs.PNT_EXPORT, ClusterJobs.slot(clock.instant(), exportPeriod));
        return claim instanceof ClusterJobs.Run run ? export(run) : 0;
    }

    /** An admin's export: now, whatever the slot; refused ({@link mx.snt.vinculo.platform.JobBusyException}) while a run is live. */
    public int exportNow() throws Exception {
        ClusterJobs.Claim claim = cluster.claim(ClusterJobs.PNT_EXPORT, null);
        if (claim instanceof ClusterJobs.Busy busy) {
            throw busy.refusal();
        }
        return export((ClusterJobs.Run) claim);
    }

    private int export(ClusterJobs.Run run) throws Exception {
        try {
            int files = exporter.exportAll(run);
            run.finish("files=" + files, null);
            return files;
        } catch (Exception e) {
            failed(run, e);
            throw e;
        }
    }

    /**
     * The timer's digests: at or after the configured hour (Mexico City), yesterday's daily
     * digest and on Mondays last week's. A period some instance finished without failures is
     * in job_run and skipped with one cheap query; otherwise one instance claims the job and
     * runs what is still due (the per-member ledger keeps a repeat harmless).
     */
    public void digestTick() throws Exception {
        ZonedDateTime now = MexicoCity.at(clock.instant());
        if (now.getHour() < digestHour) {
            return;
        }
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        List<Frequency> candidates = now.getDayOfWeek() == DayOfWeek.MONDAY
                ? List.of(Frequency.DAILY, Frequency.WEEKLY) : List.of(Frequency.DAILY);
        if (due(candidates, yesterday).isEmpty()) {
            return;
        }
        if (!(cluster.claim(ClusterJobs.DIGESTS, null) instanceof ClusterJobs.Run run)) {
            return;  // another instance is sending them
        }
        try {
            // Checked again under the claim: the previous holder may have just finished them.
            StringBuilder summary = new StringBuilder();
            String error = null;
            for (Frequency f : due(candidates, yesterday)) {
                DigestRunner.Result r = digests.run(f, yesterday, run);
                summary.append(summary.isEmpty() ? "" : "; ").append(summary(r));
                if (r.failed() == 0) {
                    // Digests por verificar wait for an admin, not for the next tick: the period is done for the timer.
                    cluster.markFinished(ClusterJobs.DIGESTS, r.period());
                }
                String problem = problem(r);
                if (problem != null) {
                    error = error == null ? problem : error + "; " + problem;
                }
            }
            run.finish(summary.toString(), error);
        } catch (Exception e) {
            failed(run, e);
            throw e;
        }
    }

    /** An admin's digest run for one period; refused while a run is live. The period is not marked finished (it may not have ended). */
    public DigestRunner.Result runDigest(Frequency f, LocalDate day) throws Exception {
        ClusterJobs.Claim claim = cluster.claim(ClusterJobs.DIGESTS, null);
        if (claim instanceof ClusterJobs.Busy busy) {
            throw busy.refusal();
        }
        ClusterJobs.Run run = (ClusterJobs.Run) claim;
        try {
            DigestRunner.Result r = digests.run(f, day, run);
            run.finish(summary(r), problem(r));
            return r;
        } catch (Exception e) {
            failed(run, e);
            throw e;
        }
    }

    /**
     * An admin's resend of digests por verificar (found not delivered): their rows go and the period runs for them
     * alone, under the same claim as any digest run; refused while a run is live.
     */
    public DigestRunner.Result resendDigests(String period, java.util.Collection<Long> memberIds) throws Exception {
        ClusterJobs.Claim claim = cluster.claim(ClusterJobs.DIGESTS, null);
        if (claim instanceof ClusterJobs.Busy busy) {
            throw busy.refusal();
        }
        ClusterJobs.Run run = (ClusterJobs.Run) claim;
        try {
            DigestRunner.Result r = digests.resend(period, memberIds, run);
            run.finish("reenvío " + summary(r), problem(r));
            return r;
        } catch (Exception e) {
            failed(run, e);
            throw e;
        }
    }

    /** What the console must say about a run: mails not sent (retried by the next run), digests por verificar; null: none. */
    static String problem(DigestRunner.Result r) {
        String failed = r.failed() == 0 ? null
                : r.failed() + " correos del resumen " + r.period() + " no se enviaron; se reintentarán";
        String uncertain = r.uncertain() == 0 ? null
                : r.uncertain() + " resúmenes de " + r.period() + " por verificar (un envío interrumpido): márquelos como enviados o reenvíelos";
        return failed == null ? uncertain : uncertain == null ? failed : failed + "; " + uncertain;
    }

    private List<Frequency> due(List<Frequency> candidates, LocalDate day) throws SQLException {
        List<Frequency> out = new ArrayList<>();
        for (Frequency f : candidates) {
            if (!cluster.finished(ClusterJobs.DIGESTS, DigestRunner.periodKey(f, day))) {
                out.add(f);
            }
        }
        return out;
    }

    private static String summary(DigestRunner.Result r) {
        return r.period() + " sent=" + r.sent() + " already=" + r.alreadySent() + " nothingNew=" + r.nothingNew()
                + " failed=" + r.failed() + (r.uncertain() == 0 ? "" : " porVerificar=" + r.uncertain());
    }

    private static void failed(ClusterJobs.Run run, Exception e) {
        if (e instanceof LeaseLostException) {
            LOG.warning(e.getMessage());
            return;  // the instance that took the job over owns its row now
        }
        try {
            run.fail(e);
        } catch (SQLException x) {
            e.addSuppressed(x);
        }
    }
}
