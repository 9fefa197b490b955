package mx.snt.vinculo.publication.admin;

import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.publication.PntExporter;

import java.time.LocalDate;

/**
 * What the console asks of the integration module: the runs its Camel routes also make, on the
 * same configured beans (outbox dispatcher, SIPOT export and delivery, digest runner) and
 * through the same once-per-cluster claims. Defined here so that the console needs no Camel;
 * implemented by the integration module's {@code IntegrationJobs} and looked up by its portable
 * name ({@link #LOOKUP}).
 */
public interface IntegrationRuns {

    /** The integration module's bean (integration.jar), as the console looks it up. */
    String LOOKUP = "java:app/integration/IntegrationJobs!mx.snt.vinculo.publication.admin.IntegrationRuns";

    /** Handles one batch of due outbox events; how many. */
    int dispatchOutbox() throws Exception;

    /** Regenerates the SIPOT export files now; refused while any instance runs an export. */
    int exportPntNow() throws Exception;

    /** Sends one batch of due SIPOT records through the web service; how many (0 when it is not configured). */
    int deliverPnt() throws Exception;

    /** Puts dead records (one, or all when null) back in the queue. */
    int retryDeadRecords(Long id) throws Exception;

    /** Puts dead outbox events (one, or all when null) back in the queue. */
    int retryDeadEvents(Long id) throws Exception;

    /** Runs the digest of one period now; refused while any instance sends digests. */
    DigestRunner.Result runDigest(Frequency frequency, LocalDate day) throws Exception;

    /** The digests waiting por verificar (an interrupted send), oldest first, at most {@code limit}. */
    java.util.List<DigestRunner.Uncertain> uncertainDigests(int limit) throws Exception;

    /** How many digests wait por verificar. */
    int uncertainDigestCount() throws Exception;

    /** Digests por verificar found delivered: marked sent by {@code actor}; how many. */
    int markDigestsSent(String period, java.util.Collection<Long> memberIds, String actor) throws Exception;

    /** Digests por verificar found not delivered: sent again (same Message-ID); refused while any instance sends digests. */
    DigestRunner.Result resendDigests(String period, java.util.Collection<Long> memberIds) throws Exception;

    /** Whether the PNT web service is configured (vinculo.pnt.url). */
    boolean webServiceConfigured();

    /** The configured export (its directory of files). */
    PntExporter exporter();
}
