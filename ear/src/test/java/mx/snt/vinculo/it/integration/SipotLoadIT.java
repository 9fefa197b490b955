package mx.snt.vinculo.it.integration;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.getBytes;
import static mx.snt.vinculo.it.Hub.send;
import static mx.snt.vinculo.it.Hub.token;
import static mx.snt.vinculo.it.Hub.workspaceId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SIPOT export files on the deployed EAR, for a body that loads them by hand (NL, web service
 * off): until an admin marks the Alta file loaded into SIPOT, a withdrawn entry leaves the pending
 * Alta (no Baja) and a changed one stays in it with its new content (no Cambio); once marked, the
 * file is kept as loaded, withdrawals are Baja, changes Cambio and new entries go to the next Alta
 * file. The mark is admin only, audited, refused a second time (422) and 404 for no file; the
 * console's button marks a file after a confirmation, without reloading the page.
 */
class SipotLoadIT {

    static String ana, mario, pedro;
    static long nl;

    @BeforeAll
    static void signIn() throws Exception {
        ana = token("ana.admin");
        mario = token("mario.personal");
        pedro = token("pedro.personal");
        nl = workspaceId(pedro, "NL");
        // NL loads its files by hand: no web service, so only the files decide.
        assertThat(send("PUT", "/api/v1/admin/integration/pnt/bodies/" + nl, ana, "{\"enabled\":false}").statusCode()).isEqualTo(200);
    }

    @Test
    void beforeTheAltaIsLoadedWithdrawalsAndChangesStayOutOfBajaAndCambioAndAfterwardsTheyGoThere() throws Exception {
        String w = Hub.word();
        String a = "Retirada antes de cargar " + w, b = "Cambiada antes de cargar " + w, c = "Retirada tras cargar " + w;
        JsonNode ea = entry(a), eb = entry(b), ec = entry(c);
        outboxAndExport();
        JsonNode alta = pending("Alta");
        assertThat(rows(alta, a)).isEqualTo(1);
        assertThat(rows(alta, b)).isEqualTo(1);

        // Nothing loaded yet: a is withdrawn, b changes.
        withdraw(ea, a);
        String b2 = b + " corregida";
        JsonNode eb2 = update(eb, b2, "PUBLIC");
        outboxAndExport();
        alta = pending("Alta");
        assertThat(rows(alta, a)).as("out of the pending Alta").isZero();
        assertThat(rows(alta, b)).isZero();
        assertThat(rows(alta, b2)).as("still in the Alta, with its new content").isEqualTo(1);
        assertThat(rows(alta, c)).isEqualTo(1);
        assertThat(inAnyFile(a)).as("no Baja for what SIPOT never received").isZero();
        assertThat(inAnyFile(b2)).as("and no Cambio").isEqualTo(1);

        // The admin loads the Alta file into SIPOT and marks it.
        long id = alta.get("id").asLong();
        String path = "/api/v1/admin/integration/pnt/exports/" + id + "/loaded";
        assertThat(send("POST", path, mario, null).statusCode()).as("admins only").isEqualTo(403);
        JsonNode marked = Hub.expect(200, send("POST", path, ana, null));
        assertThat(marked.get("loadedAt").asText()).isNotBlank();
        assertThat(marked.get("loadedBy").asText()).isIn("Ana Martínez Ruiz", "ana.admin");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'PntExportFile' AND entity_id = ?"
                + " AND action = 'integration.pnt.loaded'", id)).isEqualTo(1);
        HttpResponse<String> again = send("POST", path, ana, null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(again.body()).contains("ya se marcó como cargado en SIPOT el "
                + LocalDate.now(Hub.MEXICO).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        HttpResponse<String> english = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + path))
                .header("Authorization", "Bearer " + ana).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("was already marked as loaded into SIPOT");
        HttpResponse<String> none = send("POST", "/api/v1/admin/integration/pnt/exports/999999999/loaded", ana, null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        // From now on: c withdrawn is a Baja, b changed again a Cambio, a new entry goes to the next Alta file.
        withdraw(ec, c);
        String b3 = b + " corregida otra vez";
        update(eb2, b3, "PUBLIC");
        String d = "Nueva tras cargar " + w;
        entry(d);
        outboxAndExport();
        assertThat(rows(pending("Baja"), c)).isEqualTo(1);
        assertThat(rows(pending("Cambio"), b3)).isEqualTo(1);
        JsonNode next = pending("Alta");
        assertThat(next.get("id").asLong()).isNotEqualTo(id);
        assertThat(rows(next, d)).isEqualTo(1);
        assertThat(rows(next, c)).isZero();
        JsonNode loaded = file(id);
        assertThat(loaded.get("name").asText()).isEqualTo(alta.get("name").asText());
        assertThat(rows(loaded, b2)).as("the loaded file is kept as it was loaded").isEqualTo(1);
        assertThat(rows(loaded, c)).isEqualTo(1);
    }

    @Test
    void anAdminMarksAFileLoadedFromTheConsoleAfterConfirming() throws Exception {
        String title = "Para marcar en la consola " + Hub.word();
        entry(title);
        outboxAndExport();
        JsonNode alta = pending("Alta");
        String name = alta.get("name").asText();
        try (Browser b = new Browser()) {
            b.signIn("/admin/integracion.xhtml", "ana.admin");
            By row = By.xpath("//tbody[@id='console:files_data']/tr[td[1][normalize-space()='" + name + "']]");
            WebElement button = b.find(row).findElement(By.xpath(".//button[contains(@id,'mark-loaded')]"));
            assertThat(button.getText()).isEqualTo("Marcar como cargado en SIPOT");
            assertThat(b.text()).contains("un registro retirado antes de cargar su Alta sale del archivo de Alta");
            Object marker = ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("return window.sinRecargar = true");
            button.click();
            WebElement dialog = b.find(By.cssSelector(".ui-confirm-dialog"));
            assertThat(dialog.getText()).contains("¿Ya cargó este archivo en SIPOT?").contains(name);
            b.find(By.id("console:confirm-yes")).click();
            b.waitForText("Se marcó " + name + " como cargado en SIPOT");
            String today = LocalDate.now(Hub.MEXICO).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            b.wait.until(d -> d.findElement(row).getText().contains("Cargado en SIPOT el " + today + " por Ana Martínez Ruiz"));
            assertThat(b.find(row).findElements(By.xpath(".//button[contains(@id,'mark-loaded')]"))).isEmpty();
            assertThat(((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("return window.sinRecargar === true"))
                    .as("Ajax: the page was not reloaded (%s)", marker).isEqualTo(Boolean.TRUE);
        }
        assertThat(count("SELECT COUNT(*) FROM pnt_export_file WHERE file_name = ? AND loaded_at IS NOT NULL", name)).isEqualTo(1);
    }

    private static JsonNode entry(String title) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/library", pedro, "{\"workspaceId\":" + nl + ",\"title\":\"" + title
                + "\",\"authors\":\"Pedro Garza\",\"year\":2026,\"type\":\"GUIDE\",\"topics\":[\"TRANSPARENCY\"],"
                + "\"keywords\":\"sipot\",\"summary\":\"Carga a SIPOT\",\"visibility\":\"PUBLIC\"}");
        return Hub.expect(201, created);
    }

    private static JsonNode update(JsonNode entry, String title, String visibility) throws Exception {
        return Hub.expect(200, send("PUT", "/api/v1/library/" + entry.get("id").asLong(), pedro, "{\"title\":\"" + title
                + "\",\"authors\":\"Pedro Garza\",\"year\":2026,\"type\":\"GUIDE\",\"topics\":[\"TRANSPARENCY\"],"
                + "\"keywords\":\"sipot\",\"summary\":\"Carga a SIPOT\",\"visibility\":\"" + visibility + "\",\"version\":"
                + entry.get("version").asLong() + "}"));
    }

    private static void withdraw(JsonNode entry, String title) throws Exception {
        update(entry, title, "NETWORK");
    }

    /** The outbox handled and the files brought up to date (an export the timer started meanwhile is waited for). */
    private static void outboxAndExport() throws Exception {
        assertThat(send("POST", "/api/v1/admin/integration/outbox/run", ana, "").statusCode()).isEqualTo(200);
        for (int i = 0; ; i++) {
            HttpResponse<String> r = send("POST", "/api/v1/admin/integration/pnt/export", ana, "");
            if (r.statusCode() == 200) {
                return;
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
            assertThat(i).as("the export stays busy").isLessThan(30);
            Thread.sleep(1000);
        }
    }

    private static String prefix() {
        LocalDate today = Hub.today();
        return "NL_900104_" + today.getYear() + "_T" + ((today.getMonthValue() - 1) / 3 + 1) + "_";
    }

    /** NL's pending (not loaded) file of this load type, this quarter. */
    private static JsonNode pending(String type) throws Exception {
        for (JsonNode f : Hub.expect(200, get("/api/v1/admin/integration/pnt/files", ana))) {
            String name = f.get("name").asText();
            if (name.startsWith(prefix() + type) && (f.path("loadedAt").isMissingNode() || f.path("loadedAt").isNull())) {
                return f;
            }
        }
        throw new AssertionError("No pending " + type + " file of " + prefix() + ": "
                + get("/api/v1/admin/integration/pnt/files", ana).body());
    }

    private static JsonNode file(long id) throws Exception {
        for (JsonNode f : Hub.expect(200, get("/api/v1/admin/integration/pnt/files", ana))) {
            if (f.get("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("No file " + id);
    }

    /** In how many of NL's files of this quarter the title is. */
    private static int inAnyFile(String title) throws Exception {
        int n = 0;
        for (JsonNode f : Hub.expect(200, get("/api/v1/admin/integration/pnt/files", ana))) {
            if (f.get("name").asText().startsWith(prefix())) {
                n += rows(f, title);
            }
        }
        return n;
    }

    /** How many rows of the file carry this title (idCampo 9001044, row 5 holds the ids). */
    private static int rows(JsonNode file, String title) throws Exception {
        HttpResponse<byte[]> xls = getBytes("/api/v1/admin/integration/pnt/files/" + file.get("name").asText(), ana);
        assertThat(xls.statusCode()).isEqualTo(200);
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls.body()))) {
            Sheet main = wb.getSheet("Reporte de Formatos");
            DataFormatter text = new DataFormatter();
            int column = -1;
            for (int c = 0; c < main.getRow(4).getLastCellNum(); c++) {
                if ("9001044".equals(text.formatCellValue(main.getRow(4).getCell(c)))) {
                    column = c;
                }
            }
            assertThat(column).isNotNegative();
            int n = 0;
            for (int r = 7; r <= main.getLastRowNum(); r++) {
                Row row = main.getRow(r);
                if (row != null && row.getCell(column) != null && title.equals(text.formatCellValue(row.getCell(column)))) {
                    n++;
                }
            }
            return n;
        }
    }
}
