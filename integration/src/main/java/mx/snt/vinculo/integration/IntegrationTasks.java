package mx.snt.vinculo.integration;

/**
 * What the routes trigger. The routes only wire timers to these calls; the logic is in the
 * plain beans behind them (outbox dispatcher, PNT export and delivery, digest runner).
 */
public interface IntegrationTasks {

    /** Handles due outbox events (PNT records, notices); how many. */
    int dispatchOutbox() throws Exception;

    /** Sends due SIPOT records through the web service; how many. */
    int deliverPnt() throws Exception;

    /** Regenerates the SIPOT export files; how many. */
    int exportPnt() throws Exception;

    /** Sends the digests that are due at this moment (no-op before the configured hour). */
    void digestTick() throws Exception;
}
