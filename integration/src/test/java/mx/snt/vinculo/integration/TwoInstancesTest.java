package mx.snt.vinculo.integration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import mx.snt.vinculo.delivery.EventHandler;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.notices.Mailer;
import mx.snt.vinculo.publication.Descriptors;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: two Camel contexts run the outbox route at the same time
 * and no event is handled twice (row locks with SKIP LOCKED); two digest runs at the same
 * time mail each member once (the ledger).
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
        PntRecords records = new PntRecords(new Descriptors(), "https://vinculo.example", clock);
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
}
