package mx.snt.vinculo.publication.admin;

import mx.snt.vinculo.platform.ClusterJobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * A long job's run state, the same on every instance: running (on which instance, since
 * when, done of total); stale when its instance stopped renewing the lease (it died; another
 * takes it over); the last run's end, result and error; and, for the digests, how many wait
 * "por verificar" (an interrupted send an admin must settle; 0 for the other jobs).
 */
public record JobProgress(boolean running, int done, int total, String job, boolean stale, String owner, Instant startedAt,
                          Instant finishedAt, String lastResult, String lastError, Instant lastSuccessAt, int uncertain)
        implements Serializable {

    public static JobProgress of(String job, ClusterJobs.State s) {
        return s == null ? new JobProgress(false, 0, 0, job, false, null, null, null, null, null, null, 0)
                : new JobProgress(s.running(), s.done(), s.total(), job, s.stale(), s.owner(), s.startedAt(), s.finishedAt(),
                s.lastResult(), s.lastError(), s.lastSuccessAt(), 0);
    }

    public JobProgress withUncertain(int n) {
        return new JobProgress(running, done, total, job, stale, owner, startedAt, finishedAt, lastResult, lastError,
                lastSuccessAt, n);
    }
}
