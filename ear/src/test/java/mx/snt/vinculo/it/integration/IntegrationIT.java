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
 * End to end on the deployed EAR: a document made PUBLIC (the public output that exists
 * today; it uses the default DOCUMENT descriptor) becomes a SIPOT record, is in the export
 * file and in the SIPOT stand-in's journal exactly once, and is a line of the next digest.
 */
class IntegrationIT {

    static final int PNT_PORT = Integer.getInteger("pnt.port", 8089);
    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final String AGREGA = "/sipot-web/spring/mantenimiento/agrega";

    static WireMockServer pnt;
    static String ana, mario;

    @BeforeAll
    static void start() throws Exception {
        pnt = new WireMockServer(options().port(PNT_PORT));
        pnt.start();
        pnt.stubFor(post(urlEqualTo("/sipot-web/spring/generaToken/")).willReturn(okJson("{\"success\":true,\"token\":\"tok-e2e\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(okJson(
                "{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":1,\"idRegistro\":424242}]}}")));
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
    void aPublishedDocumentReachesTheExportTheWebServiceOnceAndTheDigest() throws Exception {
        long jal = workspaceId(mario, "JAL");
        assertThat(send("PUT", "/api/v1/admin/integration/pnt/bodies/" + jal, mario, "{\"enabled\":true}").statusCode())
                .as("only admins turn the switch").isEqualTo(403);
        assertThat(send("PUT", "/api/v1/admin/integration/pnt/bodies/" + jal, ana,
                "{\"enabled\":true,\"email\":\"ut@jal.vinculo.test\"}").statusCode()).isEqualTo(200);

        String title = "Informe publico SIPOT " + System.nanoTime();
        HttpResponse<String> created = send("POST", "/api/v1/documents", mario, "{\"workspaceId\":" + jal
                + ",\"title\":\"" + title + "\",\"body\":\"Texto del informe\",\"visibility\":\"PUBLIC\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        assertThat(send("POST", "/api/v1/admin/integration/outbox/run", ana, "").statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM pnt_record WHERE title = ? AND load_type = 'ALTA' AND output_kind = 'DOCUMENT'", title))
                .isEqualTo(1);

        // The export file of JAL, format 35573, this quarter: the record is in it, once.
        assertThat(send("POST", "/api/v1/admin/integration/pnt/export", ana, "").statusCode()).isEqualTo(200);
        LocalDate today = Hub.today();
        String name = "JAL_35573_" + today.getYear() + "_T" + ((today.getMonthValue() - 1) / 3 + 1) + ".xls";
        assertThat(get("/api/v1/admin/integration/pnt/files", ana).body()).contains(name);
        HttpResponse<byte[]> file = getBytes("/api/v1/admin/integration/pnt/files/" + name, ana);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(rowsWithTitle(file.body(), title)).isEqualTo(1);
        assertThat(get("/api/v1/admin/integration/pnt/files/" + name, mario).statusCode()).isEqualTo(403);
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
        assertThat(count("SELECT COUNT(*) FROM pnt_record WHERE title = ? AND ws_state = 'DELIVERED'", title))
                .as("delivered; the record says: %s", get("/api/v1/admin/integration/pnt/records", ana).body()).isEqualTo(1);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)).withRequestBody(containing(title)));
        assertThat(count("SELECT COUNT(*) FROM pnt_record WHERE title = ? AND ws_state = 'DELIVERED' AND id_registro = '424242'", title))
                .isEqualTo(1);

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
    }

    private static int rowsWithTitle(byte[] xls, String title) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            Sheet main = wb.getSheet("Reporte de Formatos");
            assertThat(new DataFormatter().formatCellValue(main.getRow(0).getCell(0))).isEqualTo("35573");
            int n = 0;
            for (int r = 7; r <= main.getLastRowNum(); r++) {
                Row row = main.getRow(r);
                if (row != null && row.getCell(0) != null && title.equals(row.getCell(0).getStringCellValue())) {
                    n++;
                }
            }
            return n;
        }
    }
}
