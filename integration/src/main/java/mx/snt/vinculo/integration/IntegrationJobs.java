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
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.PntDelivery;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.publication.SipotClient;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the integration's plain beans from configuration and runs them: the routes call it
 * on their timers, admins through "run now" actions. No container transaction: the beans
 * manage their own JDBC transactions and row locks.
 */
@Singleton
@jakarta.ejb.LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrationJobs implements IntegrationTasks {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    private OutboxDispatcher dispatcher;
    private PntExporter exporter;
    private PntDelivery delivery;
    private DigestRunner digests;
    private int digestHour;
    private final Set<String> finishedDigests = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void build() {
        Config config = ConfigProvider.getConfig();
        Clock clock = Clock.systemUTC();
        String baseUrl = config.getOptionalValue("vinculo.base-url", String.class).orElse("http://localhost:8080");
        Mailer mailer = Mailer.of(
                config.getOptionalValue("vinculo.mail.host", String.class).orElse("localhost"),
                config.getOptionalValue("vinculo.mail.port", Integer.class).orElse(25),
                config.getOptionalValue("vinculo.mail.user", String.class).orElse(""),
                config.getOptionalValue("vinculo.mail.password", String.class).orElse(""),
                config.getOptionalValue("vinculo.mail.tls", Boolean.class).orElse(false),
                config.getOptionalValue("vinculo.mail.from", String.class).orElse("vinculo@localhost"));
        Descriptors descriptors = new Descriptors();
        int maxAttempts = config.getOptionalValue("vinculo.integration.max-attempts", Integer.class).orElse(6);
        Duration backoff = Duration.ofSeconds(config.getOptionalValue("vinculo.integration.backoff-seconds", Long.class).orElse(30L));
        dispatcher = new OutboxDispatcher(dataSource,
                List.of(new PntRecords(descriptors, baseUrl, clock), new Notices(dataSource, mailer, baseUrl, clock)),
                clock, maxAttempts, backoff);
        exporter = new PntExporter(dataSource, descriptors,
                config.getOptionalValue("vinculo.pnt.export-dir", String.class).filter(s -> !s.isBlank()).map(Path::of).orElse(null));
        String pntUrl = config.getOptionalValue("vinculo.pnt.url", String.class).orElse("");
        String pntUser = config.getOptionalValue("vinculo.pnt.user", String.class).orElse("");
        String pntPassword = config.getOptionalValue("vinculo.pnt.password", String.class).orElse("");
        Duration timeout = Duration.ofSeconds(config.getOptionalValue("vinculo.pnt.timeout-seconds", Long.class).orElse(20L));
        // How long a SENDING record belongs to its sender before it counts as interrupted.
        Duration lease = config.getOptionalValue("vinculo.pnt.sending-lease-seconds", Long.class).map(Duration::ofSeconds)
                .orElse(PntDelivery.leaseFor(timeout));
        delivery = pntUrl.isBlank() ? null
                : new PntDelivery(dataSource, () -> new SipotClient(pntUrl, pntUser, pntPassword, timeout), clock, maxAttempts, backoff,
                        lease);
        digests = new DigestRunner(dataSource, mailer, baseUrl, clock);
        digestHour = config.getOptionalValue("vinculo.digest.hour", Integer.class).orElse(7);
    }

    @Override
    public int dispatchOutbox() throws Exception {
        return dispatcher.dispatch(50);
    }

    @Override
    public int deliverPnt() throws Exception {
        return delivery == null ? 0 : delivery.deliver(50);
    }

    @Override
    public int exportPnt() throws Exception {
        return exporter.exportAll();
    }

    /**
     * At or after the configured hour (Mexico City): yesterday's daily digest, and on Mondays
     * last week's. Each run is idempotent (the ledger); a period is left alone once a run
     * finished it without failures.
     */
    @Override
    public void digestTick() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(DigestRunner.MEXICO);
        if (now.getHour() < digestHour) {
            return;
        }
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        runIfDue(Frequency.DAILY, yesterday);
        if (now.getDayOfWeek() == DayOfWeek.MONDAY) {
            runIfDue(Frequency.WEEKLY, yesterday);
        }
    }

    private void runIfDue(Frequency f, LocalDate day) throws Exception {
        String key = DigestRunner.periodKey(f, day);
        if (finishedDigests.contains(key)) {
            return;
        }
        if (digests.run(f, day).failed() == 0) {
            finishedDigests.add(key);
        }
    }

    /** Runs the digest of one period now (admin action and tests). */
    public DigestRunner.Result runDigest(Frequency f, LocalDate day) throws Exception {
        return digests.run(f, day);
    }

    public boolean webServiceConfigured() {
        return delivery != null;
    }

    public PntExporter exporter() {
        return exporter;
    }

    public int retryDeadRecords(Long id) throws Exception {
        return delivery == null ? 0 : delivery.retryDead(id);
    }

    public int retryDeadEvents(Long id) throws Exception {
        return dispatcher.retryDead(id);
    }

    public void setWebService(long bodyId, boolean enabled, String email) throws Exception {
        new PntDelivery(dataSource, () -> null, Clock.systemUTC(), 1, Duration.ZERO).setEnabled(bodyId, enabled, email);
    }
}
