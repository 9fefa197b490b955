package mx.snt.vinculo.integration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.notices.Mailer;
import mx.snt.vinculo.notices.Notices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Digests and notices against GreenMail: the right people, the right content, once. */
class DigestAndNoticeTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    static final Instant NOON = Instant.parse("2026-11-27T18:00:00Z");  // 12:00 in Mexico City

    GreenMail mail;
    TestDb db;
    Mailer mailer;
    long jal, nl, cvpdcs, ana, mario, pedro, lucia;

    @BeforeEach
    void setUp() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        mailer = Mailer.of("127.0.0.1", mail.getSmtp().getPort(), "", "", false, "vinculo@snt.org.mx");
        db = new TestDb();
        jal = db.workspace("BODY", "JAL", "ITEI");
        nl = db.workspace("BODY", "NL", "COTAI");
        cvpdcs = db.workspace("COMMISSION", "CVPDCS", "Comisión de Vinculación");
        mario = db.member("mario.personal", "mario@itei.mx", "es-MX", jal);
        db.membership(mario, jal);
        ana = db.member("ana.admin", "ana@inai.mx", "en", jal);
        db.membership(ana, jal);
        db.membership(ana, cvpdcs);
        pedro = db.member("pedro.personal", "pedro@cotai.mx", null, nl);
        db.membership(pedro, nl);
        lucia = db.member("lucia.juridico", "lucia@inaip.mx", null, null);
    }

    @AfterEach
    void tearDown() {
        mail.stop();
    }

    DigestRunner runner(Mailer m) {
        return new DigestRunner(db.ds, m, "https://vinculo.example", Clock.fixed(NOON, ZoneOffset.UTC));
    }

    void news() throws Exception {
        db.event("document.published", "Document", 1, 0, jal, "{\"kind\":\"DOCUMENT\",\"title\":\"Lineamientos 2027\",\"path\":\"/documentos/ver.xhtml?id=1\",\"visibility\":\"PUBLIC\"}", NOON.minusSeconds(3600));
        db.event("session.convened", "Session", 2, 1, cvpdcs, "{\"kind\":\"SESSION\",\"title\":\"Tercera sesión ordinaria\",\"path\":\"/sesiones/ver.xhtml?id=2\",\"visibility\":\"PRIVATE\"}", NOON);
        db.event("agreement.stateChanged", "Agreement", 3, 2, nl, "{\"kind\":\"AGREEMENT\",\"title\":\"Convenio COTAI\",\"path\":\"/convenios/ver.xhtml?id=3\",\"visibility\":\"PRIVATE\"}", NOON);
        db.event("review.requested", "Agreement", 4, 1, jal, "{\"kind\":\"AGREEMENT\",\"title\":\"Solo aviso\",\"path\":\"/c/4\",\"visibility\":\"PRIVATE\",\"notice\":\"REVIEW_REQUESTED\",\"recipients\":[\"ana.admin\"]}", NOON);
        // The day before: not in this digest.
        db.event("document.published", "Document", 5, 0, jal, "{\"kind\":\"DOCUMENT\",\"title\":\"Viejo\",\"path\":\"/d/5\",\"visibility\":\"PUBLIC\"}", NOON.minus(Duration.ofDays(1)));
    }

    MimeMessage to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    @Test
    void theRightPeopleGetTheRightDigestOnceAndASecondRunSendsNothing() throws Exception {
        news();
        DigestRunner.Result r = runner(mailer).run(Frequency.DAILY, DAY);
        assertThat(r.sent()).isEqualTo(3);
        assertThat(mail.getReceivedMessages()).hasSize(3);

        String marioBody = plainText(to("mario@itei.mx").getContent());
        assertThat(to("mario@itei.mx").getSubject()).isEqualTo("Resumen de Vínculo 27/11/2026");
        assertThat(marioBody).contains("Lineamientos 2027").contains("https://vinculo.example/documentos/ver.xhtml?id=1")
                .contains("/preferencias/index.xhtml")
                .doesNotContain("Tercera sesi").doesNotContain("Convenio COTAI").doesNotContain("Solo aviso").doesNotContain("Viejo");
        // Ana follows her body and her commission (defaults) and reads English; newest first.
        MimeMessage anaMail = to("ana@inai.mx");
        assertThat(anaMail.getSubject()).startsWith("Vínculo digest");
        String anaBody = GreenMailUtil.getBody(anaMail);
        assertThat(plainText(anaMail.getContent())).contains("Session Tercera sesión ordinaria: convened").contains("Document Lineamientos 2027: published");
        assertThat(anaBody).contains("Lineamientos 2027");
        assertThat(anaBody).contains("text/html").contains("text/plain");
        assertThat(anaMail.getContentType()).startsWith("multipart/alternative");
        // Pedro sees his own body's private item; Lucía follows nothing with news: no email.
        assertThat(GreenMailUtil.getBody(to("pedro@cotai.mx"))).contains("Convenio COTAI").doesNotContain("Lineamientos");
        assertThat(to("lucia@inaip.mx")).isNull();

        DigestRunner.Result again = runner(mailer).run(Frequency.DAILY, DAY);
        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(3);
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(db.count("SELECT COUNT(*) FROM digest_sent WHERE period_key = 'D:2026-11-27'")).isEqualTo(3);
    }

    @Test
    void choicesAreRespected() throws Exception {
        news();
        db.insert("INSERT INTO digest_preference (member_id, frequency) VALUES (?, 'NONE')", mario);
        db.insert("INSERT INTO digest_preference (member_id, frequency) VALUES (?, 'WEEKLY')", pedro);
        db.insert("INSERT INTO digest_follow (member_id, workspace_id) VALUES (?, ?)", pedro, jal);
        assertThat(runner(mailer).run(Frequency.DAILY, DAY).sent()).isEqualTo(1);  // only Ana
        DigestRunner.Result weekly = runner(mailer).run(Frequency.WEEKLY, DAY);
        assertThat(weekly.period()).isEqualTo("W:2026-W48");
        assertThat(weekly.sent()).isEqualTo(1);
        String pedroBody = GreenMailUtil.getBody(to("pedro@cotai.mx"));
        assertThat(pedroBody).contains("Lineamientos 2027").contains("Viejo").doesNotContain("Convenio COTAI");
        assertThat(to("mario@itei.mx")).isNull();
    }

    @Test
    void aRunInterruptedMidSendLeavesThatOneDigestPorVerificarAndTheNextRunSendsTheRest() throws Exception {
        news();
        AtomicInteger sends = new AtomicInteger();
        Mailer.Connection real = mailer.connection();
        Mailer crashing = new Mailer(jakarta.mail.Session.getInstance(new java.util.Properties()), "vinculo@snt.org.mx") {
            @Override
            public Connection connection() {
                return new Connection() {
                    @Override
                    public void send(Prepared body, String to, String messageId) throws MessagingException {
                        if (sends.incrementAndGet() > 1) {
                            throw new IllegalStateException("el servidor se cayó");
                        }
                        real.send(body, to, messageId);
                    }
                };
            }
        };
        assertThatThrownBy(() -> runner(crashing).run(Frequency.DAILY, DAY)).hasMessageContaining("se cayó");
        real.close();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        // The first was accepted; the one in hand when it broke may have gone or not; the third never left.
        assertThat(db.count("SELECT COUNT(*) FROM digest_sent WHERE state = 'SENT'")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM digest_sent WHERE state = 'UNCERTAIN'")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM digest_sent")).isEqualTo(2);

        DigestRunner.Result next = runner(mailer).run(Frequency.DAILY, DAY);
        assertThat(next.sent()).isEqualTo(1);
        assertThat(next.alreadySent()).isEqualTo(1);
        assertThat(next.uncertain()).as("never sent blindly again").isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(2);

        // The admin finds it was not delivered and resends it: the same Message-ID it was given the first time.
        List<DigestRunner.Uncertain> open = runner(mailer).uncertain(10);
        assertThat(open).hasSize(1);
        DigestRunner.Uncertain u = open.get(0);
        assertThat(u.messageId()).isEqualTo("<digest." + u.memberId() + ".D-2026-11-27@vinculo.example>");
        assertThat(runner(mailer).resend(u.period(), List.of(u.memberId()), mx.snt.vinculo.platform.ProgressListener.NONE).sent())
                .isEqualTo(1);
        assertThat(runner(mailer).uncertain(10)).isEmpty();
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString() + " " + m.getMessageID();
            } catch (MessagingException e) {
                return "";
            }
        }).distinct().count()).isEqualTo(3);
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return u.messageId().equals(m.getMessageID());
            } catch (MessagingException e) {
                return false;
            }
        }).count()).isEqualTo(1);
        // A second resend or a mark of a digest already sent changes nothing.
        assertThat(runner(mailer).resend(u.period(), List.of(u.memberId()), mx.snt.vinculo.platform.ProgressListener.NONE).sent())
                .isZero();
        assertThat(runner(mailer).markSent(u.period(), List.of(u.memberId()), "ana.admin")).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aRunKilledAfterItsClaimLeavesTheBatchPorVerificarUntilAnAdminMarksIt() throws Exception {
        news();
        // What a kill -9 leaves: rows SENDING from a run that no longer exists, attempted longer ago than the lease.
        db.insert("INSERT INTO digest_sent (member_id, period_key, items, sent_at, state, message_id, attempted_at)"
                + " VALUES (?, 'D:2026-11-27', 1, ?, 'SENDING', NULL, ?)", mario, java.sql.Timestamp.from(NOON.minusSeconds(3600)),
                java.sql.Timestamp.from(NOON.minusSeconds(3600)));
        db.insert("INSERT INTO digest_sent (member_id, period_key, items, sent_at, state, message_id, attempted_at)"
                + " VALUES (?, 'D:2026-11-27', 1, ?, 'SENDING', NULL, ?)", ana, java.sql.Timestamp.from(NOON.minusSeconds(30)),
                java.sql.Timestamp.from(NOON.minusSeconds(30)));
        DigestRunner.Result r = runner(mailer).run(Frequency.DAILY, DAY);
        assertThat(r.sent()).as("only Pedro: Mario waits por verificar, Ana is still some run's").isEqualTo(1);
        assertThat(r.uncertain()).isEqualTo(1);
        assertThat(r.alreadySent()).isEqualTo(1);
        assertThat(runner(mailer).uncertain(10)).extracting(DigestRunner.Uncertain::memberId).containsExactly(mario);
        assertThat(runner(mailer).markSent("D:2026-11-27", List.of(mario, ana), "ana.admin")).as("Ana's is not por verificar")
                .isEqualTo(1);
        assertThat(db.string("SELECT CONCAT(state, ' ', settled_by) FROM digest_sent WHERE member_id = " + mario)).isEqualTo("SENT ana.admin");
        assertThat(runner(mailer).uncertainCount()).isZero();
        assertThat(runner(mailer).run(Frequency.DAILY, DAY).sent()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void periodKeysGoBackToTheirFrequencyAndDay() {
        assertThat(DigestRunner.dayOf("D:2026-11-27")).isEqualTo(DAY);
        assertThat(DigestRunner.dayOf("W:2026-W48")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(DigestRunner.periodKey(Frequency.WEEKLY, DigestRunner.dayOf("W:2026-W01"))).isEqualTo("W:2026-W01");
        assertThat(DigestRunner.frequencyOf("W:2026-W48")).isEqualTo(Frequency.WEEKLY);
        assertThat(DigestRunner.dayOf("X:1")).isNull();
        assertThat(DigestRunner.dayOf("W:2026-W60")).isNull();
    }

    @Test
    void noticesGoToTheirRecipientsOnceWithTheIcsAndCanBeTurnedOff() throws Exception {
        Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);
        OutboxDispatcher d = new OutboxDispatcher(db.ds, List.of(new Notices(db.ds, mailer, "https://vinculo.example", clock)),
                clock, 3, Duration.ofMinutes(1));
        db.insert("INSERT INTO notice_preference (member_id, notice, enabled) VALUES (?, 'CONVOCATION', FALSE)", pedro);
        db.event("session.convened", "Session", 2, 1, cvpdcs, "{\"kind\":\"SESSION\",\"title\":\"Tercera sesión\",\"path\":\"/s/2\","
                + "\"visibility\":\"PRIVATE\",\"notice\":\"CONVOCATION\",\"recipients\":[\"ana.admin\",\"mario.personal\",\"pedro.personal\"],"
                + "\"startsAt\":\"2026-12-03T17:00:00Z\",\"place\":\"Sala de plenos del ITEI\","
                + "\"agenda\":[{\"position\":1,\"title\":\"Lista de asistencia\",\"presenter\":\"\"},"
                + "{\"position\":2,\"title\":\"Programa anual de trabajo\",\"presenter\":\"Sofía Secretaria\"}],"
                + "\"ics\":\"BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nEND:VCALENDAR\\r\\n\"}", NOON);
        assertThat(d.dispatch(10)).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(to("pedro@cotai.mx")).isNull();
        String body = GreenMailUtil.getWholeMessage(to("mario@itei.mx"));
        assertThat(to("mario@itei.mx").getSubject()).isEqualTo("Convocatoria: Tercera sesión");
        assertThat(body).contains("convocatoria.ics").contains("text/calendar");
        // When (Mexico City time: 17:00 UTC is 11:00), where, and the order of the day, in the mail itself.
        String text = plainText(to("mario@itei.mx").getContent());
        assertThat(text).contains("11:00").contains("Lugar: Sala de plenos del ITEI").contains("Orden del día:")
                .contains("2. Programa anual de trabajo — Sofía Secretaria");
        assertThat(to("ana@inai.mx").getSubject()).startsWith("Convocation");
        // A retry of the same event mails nobody again.
        db.insert("UPDATE outbox_event SET status = 'PENDING'");
        d.dispatch(10);
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    Notices notices() {
        return new Notices(db.ds, mailer, "https://vinculo.example", Clock.fixed(NOON, ZoneOffset.UTC));
    }

    void dispatch() throws Exception {
        Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);
        new OutboxDispatcher(db.ds, List.of(notices()), clock, 3, Duration.ofMinutes(1)).dispatch(10);
    }

    @Test
    void theAuthorHearsOfASendBackWithTheCommentByTheReviewersNameAndCanTurnItOff() throws Exception {
        db.insert("UPDATE member SET first_name = 'Mario', last_name = 'Pérez' WHERE id = ?", mario);
        db.event("agreement.sentBack", "Agreement", 3, 4, jal, "{\"kind\":\"AGREEMENT\",\"id\":3,\"title\":\"Convenio ITEI–UdG\","
                + "\"path\":\"/convenios/ver.xhtml?id=3\",\"visibility\":\"PRIVATE\",\"notice\":\"AGREEMENT_SENT_BACK\","
                + "\"recipients\":[\"mario.personal\"],\"actor\":\"Lucía Hernández\",\"from\":\"LEGAL_REVIEW\",\"to\":\"DRAFT\","
                + "\"comment\":\"La cláusula de datos personales debe citar la LGPDPPSO.\"}", NOON);
        dispatch();
        MimeMessage m = to("mario@itei.mx");
        assertThat(m.getSubject()).isEqualTo("Convenio devuelto: Convenio ITEI–UdG");
        String text = plainText(m.getContent());
        assertThat(text).startsWith("Mario Pérez:").contains("Lucía Hernández le devolvió el siguiente convenio")
                .contains("Comentario de la revisión:\nLa cláusula de datos personales debe citar la LGPDPPSO.")
                .contains("https://vinculo.example/convenios/ver.xhtml?id=3").doesNotContain("mario.personal");
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        assertThat(GreenMailUtil.getBody(m)).contains("text/html");
        // The digest does not repeat an immediate notice.
        assertThat(runner(mailer).run(Frequency.DAILY, DAY).sent()).isZero();

        // Turned off: the next one is not mailed.
        db.insert("INSERT INTO notice_preference (member_id, notice, enabled) VALUES (?, 'AGREEMENT_SENT_BACK', FALSE)", mario);
        db.event("agreement.sentBack", "Agreement", 3, 6, jal, "{\"kind\":\"AGREEMENT\",\"id\":3,\"title\":\"Convenio ITEI–UdG\","
                + "\"path\":\"/convenios/ver.xhtml?id=3\",\"visibility\":\"PRIVATE\",\"notice\":\"AGREEMENT_SENT_BACK\","
                + "\"recipients\":[\"mario.personal\"],\"actor\":\"Lucía Hernández\",\"comment\":\"Otra vez\"}", NOON);
        dispatch();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theAuthorOfAProposalHearsTheDecisionWithTheAnswerInTheirLanguage() throws Exception {
        db.insert("UPDATE member SET first_name = 'Ana', last_name = 'Admin' WHERE id = ?", ana);
        db.event("proposal.decided", "Proposal", 5, 3, cvpdcs, "{\"kind\":\"PROPOSAL\",\"id\":5,\"title\":\"Archivo digital\","
                + "\"path\":\"/propuestas/ver.xhtml?id=5\",\"visibility\":\"NETWORK\",\"state\":\"REJECTED\",\"notice\":\"PROPOSAL_DECIDED\","
                + "\"recipients\":[\"ana.admin\"],\"actor\":\"Sofía Secretaria\",\"answer\":\"Ya existe un programa igual.\"}", NOON);
        dispatch();
        MimeMessage m = to("ana@inai.mx");
        assertThat(m.getSubject()).isEqualTo("Proposal not accepted: Archivo digital");
        assertThat(plainText(m.getContent())).startsWith("Dear Ana Admin,").contains("Answer of the commission:\nYa existe un programa igual.")
                .contains("https://vinculo.example/propuestas/ver.xhtml?id=5");
    }

    @Test
    void anUpdatedConvocationSaysWhatChangedWithTheIcs() throws Exception {
        db.event("session.convocationUpdated", "Session", 2, 5, cvpdcs, "{\"kind\":\"SESSION\",\"id\":2,\"title\":\"Tercera sesión\","
                + "\"path\":\"/sesiones/ver.xhtml?id=2\",\"visibility\":\"PRIVATE\",\"notice\":\"CONVOCATION\",\"recipients\":[\"mario.personal\"],"
                + "\"workspaceName\":\"Comisión de Vinculación\",\"sessionLabel\":\"SO 03/2026\",\"startsAt\":\"2026-12-03T18:00:00Z\","
                + "\"durationMinutes\":90,\"place\":\"Sala 2\",\"remoteUrl\":\"https://meet.example/cvpdcs\",\"state\":\"CONVENED\","
                + "\"changes\":[{\"what\":\"WHEN\",\"before\":\"2026-12-03T17:00:00Z\",\"after\":\"2026-12-03T18:00:00Z\"},"
                + "{\"what\":\"PLACE\",\"before\":\"Sala 1\",\"after\":\"Sala 2\"},{\"what\":\"ITEM_ADDED\",\"after\":\"3. Asuntos generales\"}],"
                + "\"agenda\":[{\"position\":1,\"title\":\"Programa anual\",\"presenter\":\"\",\"documents\":[{\"name\":\"programa.pdf\","
                + "\"path\":\"/sesiones/archivo/2/77\"}]}],\"ics\":\"BEGIN:VCALENDAR\\r\\nEND:VCALENDAR\\r\\n\"}", NOON);
        dispatch();
        MimeMessage m = to("mario@itei.mx");
        assertThat(m.getSubject()).isEqualTo("Convocatoria actualizada: Tercera sesión");
        assertThat(plainText(m.getContent())).contains("Qué cambió:")
                .contains("- Fecha y hora: 03/12/2026 11:00 → 03/12/2026 12:00")
                .contains("- Lugar: Sala 1 → Sala 2").contains("- Punto agregado: 3. Asuntos generales")
                .contains("Órgano: Comisión de Vinculación").contains("Sesión: SO 03/2026")
                .contains("Reunión a distancia: https://meet.example/cvpdcs")
                .contains("Documento: programa.pdf https://vinculo.example/sesiones/archivo/2/77");
        assertThat(GreenMailUtil.getWholeMessage(m)).contains("convocatoria.ics");
    }

    /** The text/plain part of a message's content, however deep in its multiparts. */
    static String plainText(Object content) throws Exception {
        if (content instanceof String text) {
            return text.replace("\r\n", "\n");
        }
        if (content instanceof jakarta.mail.Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                jakarta.mail.BodyPart part = multi.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    String found = plainText(part.getContent());
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
