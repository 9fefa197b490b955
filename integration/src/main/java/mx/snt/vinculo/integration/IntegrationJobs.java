package mx.snt.vinculo.integration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.notices.Mailer;
import mx.snt.vinculo.notices.Notices;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.PntDelivery;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.publication.SipotClient;
import mx.snt.vinculo.publication.admin.IntegrationRuns;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the integration's plain beans from configuration and runs them: the routes call it
 * on their timers, admins through "run now" actions. No container transaction: the beans
 * manage their own JDBC transactions and row locks. The PNT export and the digests run once
 * per cluster ({@link ClusterScheduledWork}: a lease in integration_job). The console (in the
 * ejb module) reaches the same beans through {@link IntegrationRuns}.
 */
@Singleton
@jakarta.ejb.LocalBean
@jakarta.ejb.Local(IntegrationRuns.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrationJobs implements IntegrationTasks, IntegrationRuns {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    private OutboxDispatcher dispatcher;
    private PntExporter exporter;
    private PntDelivery delivery;
    private ClusterScheduledWork scheduled;
    private DigestRunner digests;

    @PostConstruct
    void build() {
        Config config = ConfigProvider.getConfig();
        // This module's objects are plain Java built here, outside CDI, so they cannot be given
        // platform.Clocks' bean: this is the one other place that creates the system clock.
        Clock clock = Clock.systemUTC();
        String baseUrl = config.getOptionalValue("vinculo.base-url", String.class).orElse("http://localhost:8080");
        Mailer mailer = Mailer.of(
                config.getOptionalValue("vinculo.mail.host", String.class).orElse("localhost"),
                config.getOptionalValue("vinculo.mail.port", Integer.class).orElse(25),
                config.getOptionalValue("vinculo.mail.user", String.class).orElse(""),
                config.getOptionalValue("vinculo.mail.password", String.class).orElse(""),
                config.getOptionalValue("vinculo.mail.tls", Boolean.class).orElse(false),
                config.getOptionalValue("vinculo.mail.from", String.class).orElse("vinculo@localhost"));
        Descriptors descriptors = new Descriptors(clock);
        int maxAttempts = config.getOptionalValue("vinculo.integration.max-attempts", Integer.class).orElse(6);
        Duration backoff = Duration.ofSeconds(config.getOptionalValue("vinculo.integration.backoff-seconds", Long.class).orElse(30L));
        dispatcher = new OutboxDispatcher(dataSource,
                List.of(new PntRecords(descriptors, baseUrl, clock), new Notices(dataSource, mailer, baseUrl, clock)),
                clock, maxAttempts, backoff);
        exporter = new PntExporter(dataSource, descriptors,
                config.getOptionalValue("vinculo.pnt.export-dir", String.class).filter(s -> !s.isBlank()).map(Path::of).orElse(null),
                clock);
        String pntUrl = config.getOptionalValue("vinculo.pnt.url", String.class).orElse("");
        String pntUser = config.getOptionalValue("vinculo.pnt.user", String.class).orElse("");
        String pntPassword = config.getOptionalValue("vinculo.pnt.password", String.class).orElse("");
        Duration timeout = Duration.ofSeconds(config.getOptionalValue("vinculo.pnt.timeout-seconds", Long.class).orElse(20L));
        // How long a SENDING record belongs to its sender before it counts as interrupted.
        Duration lease = config.getOptionalValue("vinculo.pnt.sending-lease-seconds", Long.class).map(Duration::ofSeconds)
                .orElse(PntDelivery.leaseFor(timeout));
        delivery = pntUrl.isBlank() ? null
                // Each body's own SIPOT account (vinculo.pnt.user.<CODE>, VINCULO_PNT_USER_JAL), else the shared one.
                : new PntDelivery(dataSource, (java.util.function.Function<String, SipotClient>) body -> new SipotClient(pntUrl,
                        config.getOptionalValue("vinculo.pnt.user." + body, String.class).filter(v -> !v.isBlank()).orElse(pntUser),
                        config.getOptionalValue("vinculo.pnt.password." + body, String.class).filter(v -> !v.isBlank()).orElse(pntPassword),
                        timeout), clock, maxAttempts, backoff,
                        lease).recordsPerCall(config.getOptionalValue("vinculo.pnt.records-per-call", Integer.class)
                        .orElse(PntDelivery.RECORDS_PER_CALL));
        // How long a digest being sent belongs to its run; after it, a row left SENDING waits por verificar.
        digests = new DigestRunner(dataSource, mailer, baseUrl, clock,
                Duration.ofSeconds(config.getOptionalValue("vinculo.digest.sending-lease-seconds", Long.class)
                        .orElse(DigestRunner.DEFAULT_LEASE.toSeconds())),
                config.getOptionalValue("vinculo.digest.batch", Integer.class).orElse(DigestRunner.DEFAULT_BATCH));
        ClusterJobs cluster = new ClusterJobs(dataSource, clock, ClusterJobs.instanceName(),
                Duration.ofSeconds(config.getOptionalValue("vinculo.integration.lease-seconds", Long.class).orElse(300L)));
        scheduled = new ClusterScheduledWork(cluster, exporter, digests, clock,
                Duration.ofMillis(config.getOptionalValue("vinculo.pnt.export-millis", Long.class).orElse(900_000L)),
                config.getOptionalValue("vinculo.digest.hour", Integer.class).orElse(7));
    }

    /**
     * How long one tick of the outbox or the web-service timer may keep working through a backlog,
     * in batches of {@link #BATCH}: 50 per five-second poll would take seventeen minutes over
     * 10,000 records; the budget lets a backlog go at the delivery's own pace while a stop of the
     * context (which waits for the running tick) stays quick.
     */
    static final long TICK_BUDGET_NANOS = 10_000_000_000L;
    static final int BATCH = 50;

    @Override
    public int dispatchOutbox() throws Exception {
        long until = System.nanoTime() + TICK_BUDGET_NANOS;
        int total = 0, n;
        do {
            n = dispatcher.dispatch(BATCH);
            total += n;
        } while (n == BATCH && System.nanoTime() < until);
        return total;
    }

    @Override
    public int deliverPnt() throws Exception {
        if (delivery == null) {
            return 0;
        }
        long until = System.nanoTime() + TICK_BUDGET_NANOS;
        int total = 0, n;
        do {
            n = delivery.deliver(BATCH);
            total += n;
        } while (n == BATCH && System.nanoTime() < until);
        return total;
    }

    /** The timer's export: once per slot in the cluster (0 when another instance has it). */
    @Override
    public int exportPnt() throws Exception {
        return scheduled.exportScheduled();
    }

    /** An admin's export now; refused with a message while any instance runs one. */
    @Override
    public int exportPntNow() throws Exception {
        return scheduled.exportNow();
    }

    /** Yesterday's digest (and on Mondays last week's) once the hour has come, on one instance. */
    @Override
    public void digestTick() throws Exception {
        scheduled.digestTick();
    }

    /** Runs the digest of one period now (admin action and tests); refused while any instance sends digests. */
    @Override
    public DigestRunner.Result runDigest(Frequency f, LocalDate day) throws Exception {
        return scheduled.runDigest(f, day);
    }

    @Override
    public List<DigestRunner.Uncertain> uncertainDigests(int limit) throws Exception {
        return digests.uncertain(limit);
    }

    @Override
    public int uncertainDigestCount() throws Exception {
        return digests.uncertainCount();
    }

    @Override
    public int markDigestsSent(String period, java.util.Collection<Long> memberIds, String actor) throws Exception {
        return digests.markSent(period, memberIds, actor);
    }

    @Override
    public DigestRunner.Result resendDigests(String period, java.util.Collection<Long> memberIds) throws Exception {
        return scheduled.resendDigests(period, memberIds);
    }

    @Override
    public boolean webServiceConfigured() {
        return delivery != null;
    }

    @Override
    public PntExporter exporter() {
        return exporter;
    }

    @Override
    public int retryDeadRecords(Long id) throws Exception {
        return delivery == null ? 0 : delivery.retryDead(id);
    }

    @Override
    public int retryDeadEvents(Long id) throws Exception {
        return dispatcher.retryDead(id);
    }
}
