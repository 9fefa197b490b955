package mx.snt.vinculo.integration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import mx.snt.vinculo.delivery.EventHandler;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.notices.Mailer;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.platform.JobBusyException;
import mx.snt.vinculo.platform.LeaseLostException;
import mx.snt.vinculo.platform.ProgressListener;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.PntRecords;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances on one database: two Camel contexts run the outbox route at the same time
 * and no event is handled twice (row locks with SKIP LOCKED); two digest runs at the same
 * time mail each member once (the ledger). Scheduled jobs fire once per cluster: on one
 * MariaDB database, two Camel contexts firing the export timer export a slot once, and every
 * instance reads its progress; a lease left by a dead instance is taken over once it expires;
 * a digest period one instance finished is not run again by another.
 */
class TwoInstancesTest {

    static final int EVENTS = 40;

    @Test
    void twoCamelContextsNeverHandleAnEventTwice() throws Exception {
        TestDb db = new TestDb();
        long body = db.workspace("BODY", "JAL", "ITEI");
        Instant at = Instant.parse("2026-11-10T18:00:00Z");
        for (int i = 1; i <= EVENTS; i++) {
            db.event("library.published", "LibraryEntry", i, 0, body, "{\"kind\":\"LIBRARY_ENTRY\",\"id\":" + i
                    + ",\"title\":\"Entrada " + i + "\",\"path\":\"/a/" + i + "\",\"visibility\":\"PUBLIC\",\"occurredAt\":\"2026-11-10T18:00:00Z\","
                    + "\"pnt\":{\"summary\":\"Resumen " + i + "\",\"date\":\"2026-11-03\"}}", at);
        }
        AtomicInteger handledA = new AtomicInteger(), handledB = new AtomicInteger();
        CountDownLatch drained = new CountDownLatch(EVENTS);
        DefaultCamelContext a = instance(db, handledA, drained), b = instance(db, handledB, drained);
        NotifyBuilder ranA = new NotifyBuilder(a).fromRoute(IntegrationRoutes.OUTBOX).whenDone(5).create();
        NotifyBuilder ranB = new NotifyBuilder(b).fromRoute(IntegrationRoutes.OUTBOX).whenDone(5).create();
        a.start();
        b.start();
        try {
            assertThat(drained.await(60, TimeUnit.SECONDS)).as("every event handled").isTrue();
            assertThat(ranA.matches(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ranB.matches(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            a.stop();
            b.stop();
        }
        assertThat(handledA.get() + handledB.get()).isEqualTo(EVENTS);
        assertThat(db.count("SELECT COUNT(*) FROM outbox_event WHERE status = 'DELIVERED' AND attempts = 1")).isEqualTo(EVENTS);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record")).isEqualTo(EVENTS);
        System.out.println("Instancia A: " + handledA.get() + ", instancia B: " + handledB.get());
    }

    private static DefaultCamelContext instance(TestDb db, AtomicInteger handled, CountDownLatch drained) throws Exception {
        Clock clock = Clock.systemUTC();
        PntRecords records = new PntRecords(new Descriptors(clock), "https://vinculo.example", clock);
        EventHandler counting = (Connection c, EventHandler.Event e) -> {
            records.handle(c, e);
            handled.incrementAndGet();
            drained.countDown();
        };
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.ds, List.of(counting), clock, 3, Duration.ofMinutes(1));
        IntegrationTasks tasks = new IntegrationTasks() {
            @Override
            public int dispatchOutbox() throws Exception {
                return dispatcher.dispatch(1);
            }

            @Override
            public int deliverPnt() {
                return 0;
            }

            @Override
            public int exportPnt() {
                return 0;
            }

            @Override
            public void digestTick() {
            }
        };
        DefaultCamelContext ctx = new DefaultCamelContext();
        ctx.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("timer:outbox?period=1").routeId(IntegrationRoutes.OUTBOX).bean(tasks, "dispatchOutbox");
            }
        });
        return ctx;
    }

    @Test
    void twoDigestRunsAtOnceMailEachMemberOnce() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            TestDb db = new TestDb();
            long jal = db.workspace("BODY", "JAL", "ITEI");
            for (int i = 0; i < 12; i++) {
                long m = db.member("persona" + i, "persona" + i + "@itei.mx", null, jal);
                db.membership(m, jal);
            }
            Instant noon = Instant.parse("2026-11-27T18:00:00Z");
            db.event("document.published", "Document", 1, 0, jal, "{\"kind\":\"DOCUMENT\",\"title\":\"Aviso\",\"path\":\"/d/1\",\"visibility\":\"PUBLIC\"}", noon);
            Mailer mailer = Mailer.of("127.0.0.1", mail.getSmtp().getPort(), "", "", false, "vinculo@snt.org.mx");
            Callable<DigestRunner.Result> run = () -> new DigestRunner(db.ds, mailer, "https://v", Clock.fixed(noon, ZoneOffset.UTC))
                    .run(Frequency.DAILY, LocalDate.of(2026, 11, 27));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<DigestRunner.Result> one = pool.submit(run), two = pool.submit(run);
            int sent = one.get(30, TimeUnit.SECONDS).sent() + two.get(30, TimeUnit.SECONDS).sent();
            pool.shutdown();
            assertThat(sent).isEqualTo(12);
            assertThat(mail.getReceivedMessages()).hasSize(12);
        } finally {
            mail.stop();
        }
    }

    // ---- scheduled jobs once per cluster ----

    static final Duration EXPORT_PERIOD = Duration.ofMinutes(15), LEASE = Duration.ofMinutes(5);

    @Test
    void twoCamelContextsExportASlotOnceAndBothSeeItsProgress() throws Exception {
        try (TestDb db = TestDb.mariaDb()) {
            long files = seedRecords(db);
            Clock clock = Clock.fixed(Instant.parse("2026-11-28T18:05:00Z"), ZoneOffset.UTC);
            ClusterJobs observer = new ClusterJobs(db.ds, clock, "consola", LEASE);
            AtomicInteger exports = new AtomicInteger();
            List<ClusterJobs.State> seen = new CopyOnWriteArrayList<>();
            DefaultCamelContext a = exportInstance(new ClusterScheduledWork(new ClusterJobs(db.ds, clock, "instancia-A", LEASE),
                    countingExporter(db, exports, observer, seen, clock), null, clock, EXPORT_PERIOD, 7));
            DefaultCamelContext b = exportInstance(new ClusterScheduledWork(new ClusterJobs(db.ds, clock, "instancia-B", LEASE),
                    countingExporter(db, exports, observer, seen, clock), null, clock, EXPORT_PERIOD, 7));
            NotifyBuilder firedA = new NotifyBuilder(a).fromRoute(IntegrationRoutes.PNT_EXPORT).whenDone(20).create();
            NotifyBuilder firedB = new NotifyBuilder(b).fromRoute(IntegrationRoutes.PNT_EXPORT).whenDone(20).create();
            a.start();
            b.start();
            try {
                assertThat(firedA.matches(30, TimeUnit.SECONDS)).as("instance A's timer fired 20 times").isTrue();
                assertThat(firedB.matches(30, TimeUnit.SECONDS)).as("instance B's timer fired 20 times").isTrue();
            } finally {
                a.stop();
                b.stop();
            }
            assertThat(exports.get()).as("one export for the slot in the whole cluster").isEqualTo(1);
            ClusterJobs.State done = observer.state(ClusterJobs.PNT_EXPORT);
            assertThat(done.running()).isFalse();
            assertThat(done.owner()).isIn("instancia-A", "instancia-B");
            assertThat(done.slot()).isEqualTo(ClusterJobs.slot(clock.instant(), EXPORT_PERIOD));
            assertThat(done.done()).isEqualTo((int) files);
            assertThat(done.total()).isEqualTo((int) files);
            assertThat(done.lastResult()).isEqualTo("files=" + files);
            assertThat(done.lastError()).isNull();
            assertThat(done.lastSuccessAt()).isEqualTo(clock.instant());
            assertThat(db.count("SELECT COUNT(*) FROM pnt_export_file")).isEqualTo(files);
            // Read from another "instance" while the export ran: running, on the winner, file by file.
            assertThat(seen).hasSize((int) files + 1);
            assertThat(seen).allSatisfy(s -> {
                assertThat(s.running()).isTrue();
                assertThat(s.stale()).isFalse();
                assertThat(s.owner()).isEqualTo(done.owner());
                assertThat(s.total()).isEqualTo((int) files);
            });
            assertThat(seen).extracting(ClusterJobs.State::done).containsExactly(
                    java.util.stream.IntStream.rangeClosed(0, (int) files).boxed().toArray(Integer[]::new));
        }
    }

    @Test
    void aLeaseLeftByADeadInstanceIsTakenOverOnceItExpires() throws Exception {
        try (TestDb db = TestDb.mariaDb()) {
            deadInstance(db);
        }
    }

    /** The same on the embedded database (H2, MySQL mode) a single demo hub runs on. */
    @Test
    void aLeaseLeftByADeadInstanceIsTakenOverOnTheEmbeddedDatabaseToo() throws Exception {
        try (TestDb db = new TestDb()) {
            deadInstance(db);
        }
    }

    private static void deadInstance(TestDb db) throws Exception {
        long files = seedRecords(db);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T18:01:00Z"));
        ClusterJobs a = new ClusterJobs(db.ds, clock, "instancia-A", LEASE);
        ClusterScheduledWork workA = new ClusterScheduledWork(a, new PntExporter(db.ds, new Descriptors(clock), null, clock), null, clock, EXPORT_PERIOD, 7);
        ClusterScheduledWork workB = new ClusterScheduledWork(new ClusterJobs(db.ds, clock, "instancia-B", LEASE),
                new PntExporter(db.ds, new Descriptors(clock), null, clock), null, clock, EXPORT_PERIOD, 7);
        String slot = ClusterJobs.slot(clock.instant(), EXPORT_PERIOD);

        // Instance A claims the slot, reports one file, and dies.
        ClusterJobs.Run dead = (ClusterJobs.Run) a.claim(ClusterJobs.PNT_EXPORT, slot);
        dead.progress(1, (int) files);

        // Within the lease: B's timer skips, B's admin is told who runs it.
        clock.advance(Duration.ofMinutes(4));
        assertThat(workB.exportScheduled()).isZero();
        assertThatThrownBy(workB::exportNow).isInstanceOfSatisfying(JobBusyException.class, e -> {
            assertThat(e.key()).isEqualTo("integration.job.busy.pnt.export");
            assertThat(e.args()[0]).isEqualTo("instancia-A");
        });
        ClusterJobs.State stuck = workB.cluster().state(ClusterJobs.PNT_EXPORT);
        assertThat(stuck.running()).isTrue();
        assertThat(stuck.stale()).isFalse();
        assertThat(stuck.done()).isEqualTo(1);

        // The lease expires: the console says the run stalled; B's next tick in the same slot takes it over.
        clock.advance(Duration.ofMinutes(2));
        assertThat(workB.cluster().state(ClusterJobs.PNT_EXPORT).stale()).isTrue();
        assertThat(workB.exportScheduled()).isEqualTo(files);
        ClusterJobs.State taken = workB.cluster().state(ClusterJobs.PNT_EXPORT);
        assertThat(taken.running()).isFalse();
        assertThat(taken.owner()).isEqualTo("instancia-B");
        assertThat(taken.done()).isEqualTo((int) files);
        assertThat(taken.lastResult()).isEqualTo("files=" + files);
        assertThat(taken.lastError()).isNull();
        assertThatThrownBy(() -> dead.progress(2, (int) files)).isInstanceOf(LeaseLostException.class);

        // The slot is done for everyone; the next slot runs again (here on A).
        assertThat(workA.exportScheduled()).isZero();
        assertThat(a.claim(ClusterJobs.PNT_EXPORT, slot)).isInstanceOf(ClusterJobs.Done.class);
        clock.advance(EXPORT_PERIOD);
        assertThat(workA.exportScheduled()).isEqualTo(files);
        assertThat(a.state(ClusterJobs.PNT_EXPORT).owner()).isEqualTo("instancia-A");
        // An admin's run is not bound to a slot.
        assertThat(workB.exportNow()).isEqualTo(files);
    }

    @Test
    void aDigestPeriodOneInstanceFinishedIsNotRunAgainByAnother() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (TestDb db = TestDb.mariaDb()) {
            long jal = db.workspace("BODY", "JAL", "ITEI");
            for (int i = 0; i < 3; i++) {
                db.membership(db.member("persona" + i, "persona" + i + "@itei.mx", null, jal), jal);
            }
            db.event("document.published", "Document", 1, 0, jal,
                    "{\"kind\":\"DOCUMENT\",\"title\":\"Aviso\",\"path\":\"/d/1\",\"visibility\":\"PUBLIC\"}",
                    Instant.parse("2026-11-27T18:00:00Z"));
            // Saturday 2026-11-28, 09:00 in Mexico City: yesterday's daily digest is due.
            Clock clock = Clock.fixed(Instant.parse("2026-11-28T15:00:00Z"), ZoneOffset.UTC);
            Mailer mailer = Mailer.of("127.0.0.1", mail.getSmtp().getPort(), "", "", false, "vinculo@snt.org.mx");
            ClusterScheduledWork a = new ClusterScheduledWork(new ClusterJobs(db.ds, clock, "instancia-A", LEASE), null,
                    new DigestRunner(db.ds, mailer, "https://v", clock), clock, EXPORT_PERIOD, 7);
            ClusterScheduledWork b = new ClusterScheduledWork(new ClusterJobs(db.ds, clock, "instancia-B", LEASE), null,
                    new DigestRunner(db.ds, mailer, "https://v", clock), clock, EXPORT_PERIOD, 7);

            a.digestTick();
            ClusterJobs.State after = a.cluster().state(ClusterJobs.DIGESTS);
            assertThat(after.owner()).isEqualTo("instancia-A");
            assertThat(after.running()).isFalse();
            assertThat(after.lastResult()).isEqualTo("D:2026-11-27 sent=3 already=0 nothingNew=0 failed=0");
            assertThat(after.done()).isEqualTo(3);
            assertThat(after.total()).isEqualTo(3);
            assertThat(db.count("SELECT COUNT(*) FROM job_run WHERE job = 'digests' AND period_key = 'D:2026-11-27'")).isEqualTo(1);

            b.digestTick();
            a.digestTick();
            assertThat(b.cluster().state(ClusterJobs.DIGESTS)).as("nobody claimed the job again").isEqualTo(after);
            assertThat(mail.getReceivedMessages()).hasSize(3);
        } finally {
            mail.stop();
        }
    }

    /** Several bodies and quarters of SIPOT records, as the outbox makes them; how many export files they give. */
    private static long seedRecords(TestDb db) throws Exception {
        Instant at = Instant.now().minusSeconds(60);
        int id = 0;
        for (String[] body : new String[][]{{"JAL", "ITEI"}, {"NL", "COTAI"}}) {
            long ws = db.workspace("BODY", body[0], body[1]);
            for (String date : new String[]{"2026-11-03", "2026-05-04"}) {
                for (int k = 0; k < 2; k++) {
                    id++;
                    db.event("library.published", "LibraryEntry", id, 0, ws, "{\"kind\":\"LIBRARY_ENTRY\",\"id\":" + id
                            + ",\"title\":\"Entrada " + id + "\",\"path\":\"/a/" + id + "\",\"visibility\":\"PUBLIC\","
                            + "\"occurredAt\":\"" + date + "T18:00:00Z\",\"pnt\":{\"summary\":\"Resumen " + id + "\",\"date\":\"" + date + "\"}}", at);
                }
            }
        }
        Clock clock = Clock.systemUTC();
        new OutboxDispatcher(db.ds, List.of(new PntRecords(new Descriptors(clock), "https://vinculo.example", clock)), clock, 3,
                Duration.ofMinutes(1)).dispatch(100);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record")).isEqualTo(id);
        long files = db.count("SELECT COUNT(*) FROM (SELECT DISTINCT body_id, format_id, period_key FROM pnt_record) g");
        assertThat(files).isGreaterThan(1);
        return files;
    }

    /** An exporter that counts its runs and, after each file, reads the job's row as another instance would. */
    private static PntExporter countingExporter(TestDb db, AtomicInteger exports, ClusterJobs observer, List<ClusterJobs.State> seen,
                                                Clock clock) {
        return new PntExporter(db.ds, new Descriptors(clock), null, clock) {
            @Override
            public synchronized int exportAll(ProgressListener progress) throws java.sql.SQLException, java.io.IOException {
                exports.incrementAndGet();
                return super.exportAll((done, total) -> {
                    progress.progress(done, total);
                    seen.add(observer.state(ClusterJobs.PNT_EXPORT));
                });
            }
        };
    }

    /** A Camel context whose export timer fires every millisecond, as every instance's would every 15 minutes. */
    private static DefaultCamelContext exportInstance(ClusterScheduledWork work) throws Exception {
        IntegrationTasks tasks = new IntegrationTasks() {
            @Override
            public int dispatchOutbox() {
                return 0;
            }

            @Override
            public int deliverPnt() {
                return 0;
            }

            @Override
            public int exportPnt() throws Exception {
                return work.exportScheduled();
            }

            @Override
            public void digestTick() {
            }
        };
        DefaultCamelContext ctx = new DefaultCamelContext();
        ctx.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("timer:pntexport?period=1").routeId(IntegrationRoutes.PNT_EXPORT).bean(tasks, "exportPnt");
            }
        });
        return ctx;
    }
}
