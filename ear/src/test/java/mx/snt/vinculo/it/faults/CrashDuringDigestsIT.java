package mx.snt.vinculo.it.faults;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of Payara in the middle of a digest run (1,000 members with news in the suite, 5,000 on demand with
 * {@code -Dcrash.digests=5000}): after the restart a new run sends the rest, the digests that were in flight at the
 * kill wait "por verificar" (their outcome is unknown: never sent blindly a second time), the admin settles them from
 * what the mail catcher holds (by Message-ID: found, marked sent; not found, resent), and in the end every member has
 * received exactly one digest, with the Message-ID of their member and period. The seeded members, their ledger rows
 * and the news are removed afterwards, so the rest of the suite never sees them.
 */
class CrashDuringDigestsIT {

    static final int MEMBERS = Integer.getInteger("crash.digests", 1_000);
    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    @Test
    void aDigestRunKilledMidwayMailsEveryMemberOnceAfterTheRestart() throws Exception {
        String ana = Hub.signIn("ana.admin");
        long body = Hub.bodyId(ana, "TAB");
        String marker = "cd" + Long.toString(System.nanoTime(), 36);
        // A day long past: its digest is the seeded members' alone, and the demo's members keep today's to receive
        // (a run of today here gave them today's, and the suite's later digest tests found nothing more to send).
        LocalDate today = Hub.today().minusDays(400);
        String period = "D:" + today;
        long first = seed(body, marker);
        long last = first + MEMBERS - 1;
        long event = news(body, marker, today);
        Timestamp started = Timestamp.from(Instant.now().minusSeconds(5));
        try {
            // The run goes on in Payara while this thread watches the ledger; the process dies once a fifth was sent.
            CompletableFuture<HttpResponse<String>> run = Hub.HTTP.sendAsync(runRequest(ana, today), HttpResponse.BodyHandlers.ofString());
            Hub.eventually(600, () -> assertThat(sent(first, last, period)).isGreaterThanOrEqualTo(MEMBERS / 5));
            long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("vinculo.payara.pidfile"))).trim());
            assertThat(new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor()).isZero();
            assertThat(ProcessHandle.of(pid).map(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join()).isPresent()
                    || ProcessHandle.of(pid).isEmpty()).isTrue();
            long atTheKill = sent(first, last, period);
            assertThat(atTheKill).as("killed midway").isLessThan(MEMBERS);
            assertThat(run.handle((r, e) -> r == null ? -1 : r.statusCode()).get(60, TimeUnit.SECONDS))
                    .as("the run's request died with the process").isNotEqualTo(200);

            Process restart = new ProcessBuilder(System.getProperty("vinculo.launcher"), "restart-test-payara").inheritIO().start();
            assertThat(restart.waitFor(600, TimeUnit.SECONDS)).isTrue();
            assertThat(restart.exitValue()).as("Payara started again").isZero();

            // The dead run's job lease (VINCULO_INTEGRATION_LEASE_SECONDS) and its in-flight rows' lease
            // (VINCULO_DIGEST_SENDING_LEASE_SECONDS) would run out by themselves; the test ages them instead of waiting.
            Timestamp anHourAgo = Timestamp.from(Instant.now().minusSeconds(3600));
            Hub.update("UPDATE integration_job SET locked_until = ? WHERE job_name = 'digests' AND running = TRUE", anHourAgo);
            long inFlight = Hub.update("UPDATE digest_sent SET attempted_at = ? WHERE member_id BETWEEN ? AND ? AND period_key = ?"
                    + " AND state = 'SENDING'", anHourAgo, first, last, period);
            assertThat(inFlight).as("at most the batch on the wire at the kill").isLessThanOrEqualTo(20);

            // The admin asks for the run again: it sends the rest and leaves what was in flight alone.
            String admin = Hub.token("ana.admin");
            JsonNode again = runAgain(admin, today);
            assertThat(again.get("uncertain").asLong()).isEqualTo(inFlight);
            assertThat(again.get("failed").asLong()).isZero();
            assertThat(sent(first, last, period)).isEqualTo(MEMBERS - inFlight);
            JsonNode progress = Hub.expect(200, Hub.get("/api/v1/admin/integration/digests/progress", admin));
            assertThat(progress.get("uncertain").asLong()).isEqualTo(inFlight);
            if (inFlight > 0) {
                assertThat(progress.get("lastError").asText()).contains("por verificar");
            }

            // The admin settles what is "por verificar" from what the mail server holds, by Message-ID.
            JsonNode open = Hub.expect(200, Hub.get("/api/v1/admin/integration/digests/uncertain?size=1000", admin));
            List<String> markSent = new ArrayList<>(), resend = new ArrayList<>();
            int found = 0;
            for (JsonNode u : open.get("items")) {
                long member = u.get("memberId").asLong();
                if (member < first || member > last) {
                    continue;
                }
                found++;
                assertThat(u.get("messageId").asText()).isEqualTo(messageId(member, today));
                String key = "{\"memberId\":" + member + ",\"period\":\"" + u.get("period").asText() + "\"}";
                (messageIds(email(marker, member - first)).contains(u.get("messageId").asText()) ? markSent : resend).add(key);
            }
            assertThat(found).isEqualTo(inFlight);
            if (found > 0) {
                JsonNode settled = Hub.expect(200, Hub.send("POST", "/api/v1/admin/integration/digests/uncertain/settle", admin,
                        "{\"sent\":" + markSent + ",\"resend\":" + resend + "}"));
                assertThat(settled.get("markedSent").asInt()).isEqualTo(markSent.size());
                assertThat(settled.get("resent").asInt()).isEqualTo(resend.size());
            }
            assertThat(Hub.count("SELECT COUNT(*) FROM digest_sent WHERE member_id BETWEEN ? AND ? AND period_key = ? AND state = 'SENT'",
                    first, last, period)).isEqualTo(MEMBERS);
            assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE action = 'integration.digest.markSent'"
                    + " AND entity_id BETWEEN ? AND ? AND occurred_at >= ?", first, last, started)).as("each settlement audited").isEqualTo(markSent.size());

            // Every member received exactly one digest, and it is the one of their member and period.
            Map<Integer, List<String>> wrong = new HashMap<>();
            for (int i = 0; i < MEMBERS; i++) {
                List<String> ids = messageIds(email(marker, i));
                if (!ids.equals(List.of(messageId(first + i, today)))) {
                    wrong.put(i, ids);
                }
            }
            assertThat(wrong).as("members without exactly one digest (" + atTheKill + " sent at the kill, " + inFlight
                    + " por verificar: " + markSent.size() + " found, " + resend.size() + " resent)").isEmpty();
        } finally {
            Hub.update("DELETE FROM digest_sent WHERE member_id BETWEEN ? AND ?", first, last);
            Hub.update("DELETE FROM membership WHERE member_id BETWEEN ? AND ?", first, last);
            Hub.update("DELETE FROM member WHERE id BETWEEN ? AND ? AND username LIKE ?", first, last, marker + ".%");
            Hub.update("DELETE FROM outbox_event WHERE id = ?", event);
            Hub.update("DELETE FROM digest_sent WHERE period_key = ?", period);
        }
    }

    private static HttpRequest runRequest(String token, LocalDate day) {
        return HttpRequest.newBuilder(URI.create(Hub.APP + "/api/v1/admin/integration/digests/run?frequency=DAILY&day=" + day))
                .timeout(Duration.ofMinutes(15)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    /** The run again after the restart (409 while the timer's own run of yesterday holds the job: asked again). */
    private static JsonNode runAgain(String token, LocalDate day) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            HttpResponse<String> r = Hub.HTTP.send(runRequest(token, day), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 409 || System.nanoTime() > until) {
                return Hub.expect(200, r);
            }
            Thread.sleep(1000);
        }
    }

    private static long sent(long first, long last, String period) throws Exception {
        return Hub.count("SELECT COUNT(*) FROM digest_sent WHERE member_id BETWEEN ? AND ? AND period_key = ? AND state = 'SENT'",
                first, last, period);
    }

    private static String email(String marker, long i) {
        return marker + "." + i + "@digest.vinculo.test";
    }

    /** The Message-ID the hub gives a digest (its base address is the test hub's). */
    private static String messageId(long member, LocalDate day) {
        return "<digest." + member + ".D-" + day + "@" + URI.create(Hub.APP).getHost() + ">";
    }

    /** The Message-IDs of the digests in the catcher's inbox of this address (GreenMail's API). */
    private static List<String> messageIds(String address) throws Exception {
        HttpResponse<String> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/" + Hub.enc(address)
                + "/messages/INBOX")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        if (r.statusCode() != 200) {
            return out;
        }
        for (JsonNode m : Hub.JSON.readTree(r.body())) {
            String subject = m.path("subject").asText();
            if (subject.startsWith("Resumen de Vínculo") || subject.startsWith("Vínculo digest")) {
                Matcher id = MESSAGE_ID.matcher(m.path("mimeMessage").asText());
                out.add(id.find() ? id.group(1) : "(sin Message-ID)");
            }
        }
        return out;
    }

    /** MEMBERS members of the body (half reading English), ids above every other; the first id. */
    private static long seed(long body, String marker) throws Exception {
        long first = Hub.count("SELECT COALESCE(MAX(id), 0) FROM member") + 1_000_000;
        try (Connection c = Hub.db()) {
            c.setAutoCommit(false);
            try (PreparedStatement m = c.prepareStatement("INSERT INTO member (id, username, email, first_name, last_name, locale,"
                    + " home_body_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement ms = c.prepareStatement("INSERT INTO membership (member_id, workspace_id) VALUES (?, ?)")) {
                for (int i = 0; i < MEMBERS; i++) {
                    m.setLong(1, first + i);
                    m.setString(2, marker + "." + i);
                    m.setString(3, email(marker, i));
                    m.setString(4, "Persona");
                    m.setString(5, "Prueba de caída " + i);
                    m.setString(6, i % 2 == 0 ? "es-MX" : "en");
                    m.setLong(7, body);
                    m.addBatch();
                    ms.setLong(1, first + i);
                    ms.setLong(2, body);
                    ms.addBatch();
                }
                m.executeBatch();
                ms.executeBatch();
            }
            c.commit();
        }
        return first;
    }

    /**
     * That day's news in the body: a public document, as the outbox records it, already DELIVERED (the digest reads the
     * outbox's history; nothing else must act on it).
     */
    private static long news(long body, String marker, LocalDate day) throws Exception {
        Timestamp now = Timestamp.from(day.atTime(12, 0).atZone(Hub.MEXICO).toInstant());
        try (Connection c = Hub.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (created_at, event_type,"
                + " aggregate_type, aggregate_id, aggregate_version, workspace_id, payload, idempotency_key, status, attempts,"
                + " next_attempt_at) VALUES (?, 'document.published', 'Document', 0, 0, ?, ?, ?, 'DELIVERED', 0, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setTimestamp(1, now);
            ps.setLong(2, body);
            ps.setString(3, "{\"kind\":\"DOCUMENT\",\"title\":\"Lineamientos de la prueba " + marker + "\","
                    + "\"path\":\"/documentos/ver.xhtml?id=0\",\"visibility\":\"PUBLIC\"}");
            ps.setString(4, "crash-digests:" + marker);
            ps.setTimestamp(5, now);
            ps.executeUpdate();
            try (var k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }
}
