package mx.snt.vinculo.it.integration;

import mx.snt.vinculo.it.Hub;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.enc;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.getBytes;
import static mx.snt.vinculo.it.Hub.send;
import static mx.snt.vinculo.it.Hub.token;
import static mx.snt.vinculo.it.Hub.workspaceId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end on the deployed EAR: a library entry made PUBLIC becomes a record of its SIPOT
 * format (the built-in 900104), is in the Alta export file and in the SIPOT stand-in's journal
 * exactly once, and is a line of the next digest; made private again, it is a Baja: in the Baja
 * file and deleted at the PNT with its idRegistro, once.
 */
class IntegrationIT {

    static final int PNT_PORT = Integer.getInteger("pnt.port", 8089);
    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final String AGREGA = "/sipot-web/spring/mantenimiento/agrega";
    static final String ELIMINA = "/sipot-web/spring/mantenimiento/elimina";

    static WireMockServer pnt;
    static String ana, mario;

    /** The PNT's answer to an agrega: each record of the call (the hub sends several) gets idRegistro 4240000 + its numeroRegistro. */
    static final class PerRecord implements com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2 {
        @Override
        public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"numeroRegistro\"\\s*:\\s*(\\d+)")
                    .matcher(event.getRequest().getBodyAsString());
            StringBuilder registros = new StringBuilder();
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                registros.append(registros.isEmpty() ? "" : ",").append("{\"numeroRegistro\":").append(n)
                        .append(",\"idRegistro\":").append(4_240_000L + n).append('}');
            }
            return okJson("{\"success\":true,\"mensaje\":{\"registros\":[" + registros + "]}}").build();
        }

        @Override
        public String getName() {
            return "per-record";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        pnt = new WireMockServer(options().port(PNT_PORT).extensions(new PerRecord()));
        pnt.start();
        pnt.stubFor(post(urlEqualTo("/sipot-web/spring/generaToken/")).willReturn(okJson("{\"success\":true,\"token\":\"tok-e2e\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                .withTransformers("per-record")));
        pnt.stubFor(post(urlEqualTo("/sipot-web/spring/mantenimiento/actualiza")).willReturn(okJson("{\"success\":true,\"mensaje\":{}}")));
        pnt.stubFor(post(urlEqualTo("/sipot-web/spring/mantenimiento/elimina")).willReturn(okJson("{\"success\":true,\"mensaje\":{}}")));
        ana = token("ana.admin");
        mario = token("mario.personal");
    }

    @AfterAll
    static void stop() {
        if (pnt != null) {
            pnt.stop();
        }
    }

    @Test
    void aPublishedLibraryEntryReachesTheExportTheWebServiceOnceAndTheDigestAndItsWithdrawalToo() throws Exception {
        long jal = workspaceId(mario, "JAL");
        assertThat(send("PUT", "/api/v1/admin/integration/pnt/bodies/" + jal, mario, "{\"enabled\":true}").statusCode())
                .as("only admins turn the switch").isEqualTo(403);
        assertThat(send("PUT", "/api/v1/admin/integration/pnt/bodies/" + jal, ana,
                "{\"enabled\":true,\"email\":\"ut@jal.vinculo.test\"}").statusCode()).isEqualTo(200);

        String title = "Guia publica SIPOT " + System.nanoTime();
        HttpResponse<String> created = send("POST", "/api/v1/library", mario, "{\"workspaceId\":" + jal + ",\"title\":\"" + title
                + "\",\"authors\":\"Mario Pérez\",\"year\":2026,\"type\":\"GUIDE\",\"topics\":[\"TRANSPARENCY\",\"ARCHIVES\"],"
                + "\"keywords\":\"sipot\",\"summary\":\"Cómo publicar\",\"visibility\":\"PUBLIC\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode entry = Hub.JSON.readTree(created.body());

        assertThat(send("POST", "/api/v1/admin/integration/outbox/run", ana, "").statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM pnt_record WHERE title = ? AND load_type = 'ALTA' AND output_kind = 'LIBRARY_ENTRY'"
                + " AND format_id = '900104'", title)).isEqualTo(1);

        // The Alta file of JAL, format 900104, this quarter: the record is in it, once, with its catalog value.
        assertThat(send("POST", "/api/v1/admin/integration/pnt/export", ana, "").statusCode()).isEqualTo(200);
        LocalDate today = Hub.today();
        String prefix = "JAL_900104_" + today.getYear() + "_T" + ((today.getMonthValue() - 1) / 3 + 1);
        assertThat(get("/api/v1/admin/integration/pnt/files", ana).body()).contains(prefix + "_Alta.xls");
        HttpResponse<byte[]> file = getBytes("/api/v1/admin/integration/pnt/files/" + prefix + "_Alta.xls", ana);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(rowsWith(file.body(), "9001044", title)).isEqualTo(1);
        assertThat(rowsWith(file.body(), "9001048", "Guía")).isGreaterThanOrEqualTo(1);
        assertThat(get("/api/v1/admin/integration/pnt/files/" + prefix + "_Alta.xls", mario).statusCode()).isEqualTo(403);
        // The export's run state is in the database, for the consoles of every instance.
        JsonNode progress = Hub.expect(200, get("/api/v1/admin/integration/pnt/progress", ana));
        assertThat(progress.get("running").asBoolean()).isFalse();
        assertThat(progress.get("job").asText()).isEqualTo("pnt.export");
        assertThat(progress.get("done").asInt()).isEqualTo(progress.get("total").asInt()).isPositive();
        assertThat(progress.get("lastResult").asText()).startsWith("files=");
        assertThat(progress.get("owner").asText()).isNotBlank();
        assertThat(get("/api/v1/admin/integration/jobs", ana).body()).contains("\"pnt.export\"").contains("\"digests\"");
        assertThat(get("/api/v1/admin/integration/jobs", mario).statusCode()).isEqualTo(403);

        // The web service: added exactly once, however often delivery and the outbox run.
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> delivered = send("POST", "/api/v1/admin/integration/pnt/deliver", ana, "");
            assertThat(delivered.statusCode()).isEqualTo(200);
            assertThat(delivered.body()).contains("\"configured\":true");
            assertThat(send("POST", "/api/v1/admin/integration/outbox/run", ana, "").statusCode()).isEqualTo(200);
        }
        long recordId = count("SELECT MIN(id) FROM pnt_record WHERE title = ?", title);
        String idRegistro = String.valueOf(4_240_000L + recordId);
        assertThat(count("SELECT COUNT(*) FROM pnt_record WHERE title = ? AND ws_state = 'DELIVERED' AND id_registro = ?", title, idRegistro))
                .as("delivered; the record says: %s", get("/api/v1/admin/integration/pnt/records", ana).body()).isEqualTo(1);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)).withRequestBody(containing(title))
                .withRequestBody(containing("\"idFormato\":900104")));

        // The next digest (today's, run now) has its line, for Mario; a second run sends nothing more.
        HttpResponse<String> digest = send("POST", "/api/v1/admin/integration/digests/run?frequency=DAILY&day=" + today, ana, "");
        assertThat(digest.statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/admin/integration/digests/run?frequency=DAILY&day=" + today, ana, "").statusCode()).isEqualTo(200);
        JsonNode messages = Hub.JSON.readTree(Hub.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/"
                + enc("mario.personal@jal.vinculo.test") + "/messages/INBOX")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        int digests = 0;
        for (JsonNode m : messages) {
            // Quoted-printable may break long lines ("=" at the end): join them before looking.
            String mime = m.path("mimeMessage").asText().replace("=\r\n", "").replace("=\n", "");
            if (mime.contains(title)) {
                digests++;
            }
        }
        assertThat(digests).isEqualTo(1);

        // Made private again: a Baja, in the Baja file and deleted at the PNT with its idRegistro, once.
        String update = "{\"title\":\"" + title + "\",\"authors\":\"Mario Pérez\",\"year\":2026,\"type\":\"GUIDE\","
                + "\"topics\":[\"TRANSPARENCY\",\"ARCHIVES\"],\"keywords\":\"sipot\",\"summary\":\"Cómo publicar\","
                + "\"visibility\":\"NETWORK\",\"version\":" + entry.get("version").asLong() + "}";
        HttpResponse<String> hidden = send("PUT", "/api/v1/library/" + entry.get("id").asLong(), mario, update);
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(send("POST", "/api/v1/admin/integration/outbox/run", ana, "").statusCode()).isEqualTo(200);
            assertThat(send("POST", "/api/v1/admin/integration/pnt/deliver", ana, "").statusCode()).isEqualTo(200);
        }
        assertThat(count("SELECT COUNT(*) FROM pnt_record WHERE title = ? AND load_type = 'BAJA' AND ws_state = 'DELIVERED'"
                + " AND id_registro IS NULL", title)).isEqualTo(1);
        pnt.verify(1, postRequestedFor(urlEqualTo(ELIMINA)).withRequestBody(containing("\"idRegistro\":" + idRegistro)));
        assertThat(send("POST", "/api/v1/admin/integration/pnt/export", ana, "").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> baja = getBytes("/api/v1/admin/integration/pnt/files/" + prefix + "_Baja.xls", ana);
        assertThat(baja.statusCode()).isEqualTo(200);
        assertThat(rowsWith(baja.body(), "9001044", title)).isEqualTo(1);
        HttpResponse<byte[]> alta = getBytes("/api/v1/admin/integration/pnt/files/" + prefix + "_Alta.xls", ana);
        assertThat(alta.statusCode() == 404 || rowsWith(alta.body(), "9001044", title) == 0)
                .as("no longer in the Alta file").isTrue();
    }

    @Test
    void anUncertainRecordIsSettledByAnAdminWithAValidIdRegistro() throws Exception {
        long jal = workspaceId(mario, "JAL");
        String title = "Alta interrumpida " + System.nanoTime();
        assertThat(send("POST", "/api/v1/library", mario, "{\"workspaceId\":" + jal + ",\"title\":\"" + title
                + "\",\"authors\":\"Mario Pérez\",\"year\":2026,\"type\":\"STUDY\",\"topics\":[\"PERSONAL_DATA\"],"
                + "\"keywords\":\"sipot\",\"summary\":\"Texto\",\"visibility\":\"PUBLIC\"}").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/admin/integration/outbox/run", ana, "").statusCode()).isEqualTo(200);
        long id = count("SELECT id FROM pnt_record WHERE title = ?", title);
        // As a crash between the PNT's answer and the commit leaves it (a token no sender holds).
        Hub.update("UPDATE pnt_record SET ws_state = 'UNCERTAIN', ws_op = 'agrega', ws_token = 'it', ws_sent_hash = content_hash,"
                + " id_registro = NULL, delivered_hash = NULL WHERE id = ?", id);
        String path = "/api/v1/admin/integration/pnt/records/" + id;

        HttpResponse<String> bad = send("POST", path + "/at-pnt", ana, "{\"idRegistro\":\"12a\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("solo dígitos");
        assertThat(Hub.string("SELECT ws_state FROM pnt_record WHERE id = ?", id)).isEqualTo("UNCERTAIN");
        assertThat(send("POST", path + "/at-pnt", mario, "{\"idRegistro\":\"5\"}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/admin/integration/pnt/records/999999999/at-pnt", ana, "{\"idRegistro\":\"5\"}")
                .statusCode()).isEqualTo(404);

        HttpResponse<String> ok = send("POST", path + "/at-pnt", ana, "{\"idRegistro\":\"515151\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("DELIVERED");
        assertThat(Hub.string("SELECT id_registro FROM pnt_record WHERE id = ?", id)).isEqualTo("515151");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PntRecord' AND entity_id = ?"
                + " AND action = 'integration.pnt.atPnt' AND from_state = 'UNCERTAIN'", id)).isEqualTo(1);
        HttpResponse<String> again = send("POST", path + "/resend", ana, "");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("no está por verificar");
    }

    /** How many records of the file have this value in the column of this idCampo (row 5 holds the ids). */
    private static int rowsWith(byte[] xls, String idCampo, String value) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            Sheet main = wb.getSheet("Reporte de Formatos");
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(main.getRow(0).getCell(0))).isEqualTo("900104");
            int column = -1;
            for (int c = 0; c < main.getRow(4).getLastCellNum(); c++) {
                if (idCampo.equals(text.formatCellValue(main.getRow(4).getCell(c)))) {
                    column = c;
                }
            }
            assertThat(column).as("column of %s", idCampo).isNotNegative();
            int n = 0;
            for (int r = 7; r <= main.getLastRowNum(); r++) {
                Row row = main.getRow(r);
                if (row != null && row.getCell(column) != null && value.equals(text.formatCellValue(row.getCell(column)))) {
                    n++;
                }
            }
            return n;
        }
    }
}
