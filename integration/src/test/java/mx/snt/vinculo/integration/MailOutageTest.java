package mx.snt.vinculo.integration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.notices.Mailer;
import mx.snt.vinculo.notices.Notices;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.PntExporter;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server down for several minutes (a real SMTP server stopped, its port closed) while
 * notices and the day's digests are due: nothing is lost, nothing is marked sent that was not,
 * and when the server is back everything goes out once. The dispatcher and the scheduled work
 * are built with the product's defaults (six attempts, 30 s backoff doubling, digests retried
 * on every one-minute tick), on MariaDB as in production, with the test moving the clock.
 */
class MailOutageTest {

    static final Instant SATURDAY_NOON = Instant.parse("2026-11-28T18:00:00Z");  // 12:00 in Mexico City
    static final Duration TICK = Duration.ofMinutes(1);

    @Test
    void noticesAndDigestsWaitForTheMailServerAndGoOutOnceWhenItReturns() throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (TestDb db = TestDb.mariaDb()) {
            MutableClock clock = new MutableClock(SATURDAY_NOON);
            long jal = db.workspace("BODY", "JAL", "ITEI");
            long cvpdcs = db.workspace("COMMISSION", "CVPDCS", "Comisión de Vinculación");
            String[] people = {"mario.personal", "sofia.secretaria", "carlos.comisionado"};
            for (String username : people) {
                long m = db.member(username, username + "@itei.mx", "es-MX", jal);
                db.membership(m, jal);
                db.membership(m, cvpdcs);
            }
            // Yesterday's news: due in today's daily digest, for everyone.
            db.event("document.published", "Document", 1, 0, jal,
                    "{\"kind\":\"DOCUMENT\",\"title\":\"Lineamientos 2027\",\"path\":\"/documentos/ver.xhtml?id=1\",\"visibility\":\"PUBLIC\"}",
                    SATURDAY_NOON.minus(Duration.ofHours(20)));

            Mailer mailer = Mailer.of("127.0.0.1", port, "", "", false, "vinculo@snt.org.mx");
            OutboxDispatcher dispatcher = new OutboxDispatcher(db.ds,
                    List.of(new Notices(db.ds, mailer, "https://vinculo.example", clock)), clock, 6, Duration.ofSeconds(30));
            ClusterJobs cluster = new ClusterJobs(db.ds, clock, "instancia-a", Duration.ofMinutes(5));
            ClusterScheduledWork work = new ClusterScheduledWork(cluster, new PntExporter(db.ds, new Descriptors(clock), null, clock),
                    new DigestRunner(db.ds, mailer, "https://vinculo.example", clock), clock, Duration.ofMinutes(15), 7);

            // While the server is up, a first convocation goes out at once.
            convocation(db, 10, "Primera sesión ordinaria", cvpdcs);
            dispatcher.dispatch(10);
            assertThat(mail.getReceivedMessages()).hasSize(3);

            // The server goes down; a second convocation and the digests fall due.
            mail.stop();
            convocation(db, 11, "Segunda sesión ordinaria", cvpdcs);
            for (int minute = 0; minute < 8; minute++) {
                tick(dispatcher, work);
                clock.advance(TICK);
            }
            assertThat(db.string("SELECT status FROM outbox_event WHERE aggregate_id = 11"))
                    .as("waiting for another attempt, not given up").isEqualTo("FAILED");
            assertThat(db.count("SELECT attempts FROM outbox_event WHERE aggregate_id = 11")).isBetween(2L, 5L);
            assertThat(db.count("SELECT COUNT(*) FROM notice_sent")).as("only the first convocation's three").isEqualTo(3);
            assertThat(db.count("SELECT COUNT(*) FROM digest_sent")).as("no digest marked sent").isZero();
            ClusterJobs.State digests = cluster.state(ClusterJobs.DIGESTS);
            assertThat(digests.lastError()).as("the console says why and that they will be retried")
                    .contains("no se enviaron").contains("se reintentarán");
            assertThat(cluster.finished(ClusterJobs.DIGESTS, "D:2026-11-27")).isFalse();

            // Back after eight minutes, on the same address: the next ticks send everything, once.
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            for (int minute = 0; minute < 10 && !allOut(db); minute++) {
                tick(dispatcher, work);
                clock.advance(TICK);
            }
            assertThat(allOut(db)).as("everything delivered within ten minutes of the server's return").isTrue();
            for (int minute = 0; minute < 5; minute++) {  // and later ticks send nothing again
                tick(dispatcher, work);
                clock.advance(TICK);
            }
            Map<String, Long> bySubject = Arrays.stream(mail.getReceivedMessages())
                    .collect(Collectors.groupingBy(subjectAndRecipient(), Collectors.counting()));
            for (String username : people) {
                String to = username + "@itei.mx";
                assertThat(bySubject).containsEntry("Convocatoria: Segunda sesión ordinaria → " + to, 1L)
                        .containsEntry("Resumen de Vínculo 27/11/2026 → " + to, 1L);
            }
            assertThat(bySubject).hasSize(6).doesNotContainKey("Convocatoria: Primera sesión ordinaria → mario.personal@itei.mx");
            assertThat(db.string("SELECT status FROM outbox_event WHERE aggregate_id = 11")).isEqualTo("DELIVERED");
            assertThat(cluster.finished(ClusterJobs.DIGESTS, "D:2026-11-27")).isTrue();
            assertThat(cluster.state(ClusterJobs.DIGESTS).lastError()).isNull();
        } finally {
            mail.stop();
        }
    }

    private static void tick(OutboxDispatcher dispatcher, ClusterScheduledWork work) throws Exception {
        dispatcher.dispatch(10);
        work.digestTick();
    }

    private static boolean allOut(TestDb db) throws Exception {
        return db.count("SELECT COUNT(*) FROM outbox_event WHERE status <> 'DELIVERED'") == 0
                && db.count("SELECT COUNT(*) FROM digest_sent") == 3;
    }

    private static void convocation(TestDb db, long sessionId, String title, long workspace) throws Exception {
        db.event("session.convened", "Session", sessionId, 1, workspace, "{\"kind\":\"SESSION\",\"title\":\"" + title + "\","
                + "\"path\":\"/s/" + sessionId + "\",\"visibility\":\"PRIVATE\",\"notice\":\"CONVOCATION\","
                + "\"recipients\":[\"mario.personal\",\"sofia.secretaria\",\"carlos.comisionado\"],"
                + "\"startsAt\":\"2026-12-03T17:00:00Z\",\"place\":\"Sala de plenos del ITEI\",\"agenda\":[]}", SATURDAY_NOON);
    }

    private static Function<MimeMessage, String> subjectAndRecipient() {
        return m -> {
            try {
                return m.getSubject() + " → " + m.getAllRecipients()[0];
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
