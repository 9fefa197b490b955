package mx.snt.vinculo.publication.admin;

import mx.snt.vinculo.platform.ClusterJobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * A long job's run state, the same on every instance: running (on which instance, since
 * when, done of total); stale when its instance stopped renewing the lease (it died; another
 * takes it over); the last run's end, result and error.
 */
public record JobProgress(boolean running, int done, int total, String job, boolean stale, String owner, Instant startedAt,
                          Instant finishedAt, String lastResult, String lastError, Instant lastSuccessAt) implements Serializable {

    public static JobProgress of(String job, ClusterJobs.State s) {
        return s == null ? new JobProgress(false, 0, 0, job, false, null, null, null, null, null, null)
                : new JobProgress(s.running(), s.done(), s.total(), job, s.stale(), s.owner(), s.startedAt(), s.finishedAt(),
                s.lastResult(), s.lastError(), s.lastSuccessAt());
    }
}
