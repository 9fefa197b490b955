package mx.snt.vinculo.platform;

import mx.snt.vinculo.common.ConflictException;

/**
 * A job cannot start because a live run holds it, on this instance or another (409). The
 * message names the job, the instance and when it started; its progress is on the console.
 */
public class JobBusyException extends ConflictException {

    public JobBusyException(String job, String owner, String startedAt) {
        super("integration.job.busy." + job, owner, startedAt);
    }
}
