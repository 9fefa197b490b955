package mx.snt.vinculo.it.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import mx.snt.vinculo.it.Hub;
import mx.snt.vinculo.publication.PntDelivery;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of Payara in the middle of a large delivery (2,000 records in the suite, 10,000 on demand) to the PNT's web service
 * (a WireMock double that journals every record it keeps): after the restart the timer goes on
 * by itself, the record that was on the wire when the process died waits "por verificar" for
 * an admin (its outcome is unknown: it is never sent blindly a second time; the hub sends up to
 * {@code vinculo.pnt.records-per-call} records per call, so that is exactly the records of one call), the admin settles
 * it from what the PNT holds, and in the end every record is delivered and kept exactly once.
 * The launcher starts Payara again ({@code ./vinculo restart-test-payara}, same run, same
 * configuration).
 */
class CrashDuringDeliveryIT {

    /** 10,000 for the figure ({@code -Dcrash.records=10000}); the suite's run keeps 2,000 to stay short. */
    static final int RECORDS = Integer.getInteger("crash.records", 2_000);
    static final String AGREGA = "/sipot-web/spring/mantenimiento/agrega";

    @Test
    void aDeliveryKilledMidwayDeliversEveryRecordOnceAfterTheRestart() throws Exception {
        Map<Long, Integer> kept = new ConcurrentHashMap<>();  // numeroRegistro (the record's id) -> times kept
        Pattern numero = Pattern.compile("\"numeroRegistro\"\\s*:\\s*(\\d+)");
        var journal = new ResponseDefinitionTransformerV2() {
            @Override
            public ResponseDefinition transform(ServeEvent event) {
                // A call carries up to vinculo.pnt.records-per-call records: each is kept and answered with its idRegistro.
                Matcher m = numero.matcher(event.getRequest().getBodyAsString());
                StringBuilder registros = new StringBuilder();
                while (m.find()) {
                    long n = Long.parseLong(m.group(1));
                    kept.merge(n, 1, Integer::sum);
                    registros.append(registros.isEmpty() ? "" : ",").append("{\"numeroRegistro\":").append(n)
                            .append(",\"idRegistro\":").append(700_000_000L + n).append('}');
                }
                return okJson("{\"success\":true,\"mensaje\":{\"registros\":[" + registros + "]}}").build();
            }

            @Override
            public String getName() {
                return "journal";
            }

            @Override
            public boolean applyGlobally() {
                return false;
            }
        };
        WireMockServer pnt = new WireMockServer(options().port(Integer.getInteger("pnt.port", 8089)).extensions(journal)
                .containerThreads(20));
        pnt.start();
        String ana = Hub.signIn("ana.admin");
        long body = Hub.bodyId(ana, "TAB");
        String marker = "crash-" + System.nanoTime();
        try {
            pnt.stubFor(post(urlEqualTo("/sipot-web/spring/generaToken/")).willReturn(okJson("{\"success\":true,\"token\":\"tok-crash\"}")));
            pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(aResponse().withTransformers("journal")));

            long first = seed(body, marker);
            Hub.expect(200, Hub.send("PUT", "/api/v1/admin/integration/pnt/bodies/" + body, ana,
                    "{\"enabled\":true,\"email\":\"ut@tab.vinculo.test\"}"));

            // The timer delivers; the process dies once a fifth of the records went out.
            Hub.eventually(600, () -> assertThat(ours(kept, first)).isGreaterThanOrEqualTo(RECORDS / 5));
            long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("vinculo.payara.pidfile"))).trim());
            assertThat(new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor()).isZero();
            assertThat(ProcessHandle.of(pid).map(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join()).isPresent()
                    || ProcessHandle.of(pid).isEmpty()).isTrue();
            long atTheKill = ours(kept, first);
            assertThat(atTheKill).as("killed midway").isLessThan(RECORDS);

            Process restart = new ProcessBuilder(System.getProperty("vinculo.launcher"), "restart-test-payara").inheritIO().start();
            assertThat(restart.waitFor(600, TimeUnit.SECONDS)).isTrue();
            assertThat(restart.exitValue()).as("Payara started again").isZero();

            // What was on the wire at the kill stays SENDING for its lease (4 × the call's timeout + 60 s); the test
            // ages it instead of waiting, as the clock would.
            Hub.eventually(600, () -> assertThat(Hub.count("SELECT COUNT(*) FROM pnt_record WHERE id >= ? AND ws_state IN ('PENDING', 'FAILED')", first))
                    .isZero());
            Hub.update("UPDATE pnt_record SET ws_sending_at = ? WHERE id >= ? AND ws_state = 'SENDING'",
                    Timestamp.from(Instant.now().minusSeconds(3600)), first);
            Hub.eventually(120, () -> assertThat(Hub.count("SELECT COUNT(*) FROM pnt_record WHERE id >= ? AND ws_state = 'SENDING'", first))
                    .isZero());

            // The admin settles what is "por verificar" from what the PNT holds, as the console offers.
            long uncertain = Hub.count("SELECT COUNT(*) FROM pnt_record WHERE id >= ? AND ws_state = 'UNCERTAIN'", first);
            assertThat(uncertain).as("at most the records of the call on the wire at the kill")
                    .isLessThanOrEqualTo(PntDelivery.RECORDS_PER_CALL);
            assertThat(Hub.count("SELECT COUNT(DISTINCT ws_token) FROM pnt_record WHERE id >= ? AND ws_state = 'UNCERTAIN'", first))
                    .as("one call: the one on the wire").isLessThanOrEqualTo(1);
            JsonNode page = Hub.expect(200, Hub.get("/api/v1/admin/integration/pnt/records?state=UNCERTAIN&size=100", ana));
            for (JsonNode r : page.get("items")) {
                long id = r.get("id").asLong();
                if (id < first) {
                    continue;
                }
                if (kept.containsKey(id)) {
                    Hub.expect(200, Hub.send("POST", "/api/v1/admin/integration/pnt/records/" + id + "/at-pnt", ana,
                            "{\"idRegistro\":\"" + (700_000_000L + id) + "\"}"));
                } else {
                    Hub.expect(200, Hub.send("POST", "/api/v1/admin/integration/pnt/records/" + id + "/resend", ana, null));
                }
            }
            Hub.eventually(120, () -> assertThat(Hub.count("SELECT COUNT(*) FROM pnt_record WHERE id >= ? AND ws_state = 'DELIVERED'", first))
                    .isEqualTo(RECORDS));
            assertThat(kept.keySet().stream().filter(n -> n >= first).count()).as("every record reached the PNT").isEqualTo(RECORDS);
            assertThat(kept.entrySet().stream().filter(e -> e.getKey() >= first && e.getValue() != 1).toList())
                    .as("no record kept twice").isEmpty();
            assertThat(Hub.count("SELECT COUNT(*) FROM pnt_record WHERE id >= ? AND id_registro = CONCAT('7', LPAD(id, 8, '0'))", first))
                    .as("each with the idRegistro the PNT gave it").isEqualTo(RECORDS);
        } finally {
            Hub.send("PUT", "/api/v1/admin/integration/pnt/bodies/" + body, Hub.token("ana.admin"), "{\"enabled\":false}");
            Hub.update("DELETE FROM pnt_record WHERE record_key LIKE ?", marker + "|%");  // the rest of the suite never sees them
            pnt.stop();
        }
    }

    private static long ours(Map<Long, Integer> kept, long first) {
        return kept.keySet().stream().filter(n -> n >= first).count();
    }

    /** The public records of the body waiting for the web service, as the outbox leaves them; the first id. */
    private static long seed(long body, String marker) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = Hub.db()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pnt_record (record_key, body_id, format_id, period_key,"
                    + " output_kind, output_id, title, campos, content_hash, load_type, public_now, ws_state, ws_attempts,"
                    + " ws_next_at, updated_at, file_pending, alta_loaded)"
                    // Already in a loaded SIPOT file: this test is about the web service, and the export leaves them alone.
                    + " VALUES (?, ?, '900101', '2026-T4', 'ACUERDO', ?, ?, ?, ?, 'ALTA', TRUE, 'PENDING', 0, ?, ?, FALSE, TRUE)")) {
                for (int i = 0; i < RECORDS; i++) {
                    ps.setString(1, marker + "|" + i);
                    ps.setLong(2, body);
                    ps.setLong(3, 9_000_000L + i);
                    ps.setString(4, "Acuerdo de la prueba de caída " + i);
                    ps.setString(5, "{\"101\":\"CRASH-" + i + "\",\"102\":\"Se aprueba el punto " + i + "\"}");
                    ps.setString(6, String.format("%064d", i));
                    ps.setTimestamp(7, now);
                    ps.setTimestamp(8, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return Hub.count("SELECT MIN(id) FROM pnt_record WHERE record_key LIKE ?", marker + "|%");
    }
}
