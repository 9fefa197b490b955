package mx.snt.vinculo.it.sessions;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the Keycloak login in real browsers: the secretary convenes, records attendance,
 * starts, opens a vote; a commissioner's browser casts a vote and both pages see the count
 * change without reloading; the secretary closes the vote and the session and downloads the
 * acta, whose text is checked.
 */
class SessionsBrowserIT {

    @Test
    void aSessionPlannedPublicOnTheFormIsFollowedByAnyone() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        long ws = Hub.workspaceId(sofia, "CVPDCS");
        try (Browser chair = new Browser()) {
            chair.signIn("/sesiones/nueva.xhtml", "sofia.secretaria");
            new Select(chair.find(By.id("plan:workspace"))).selectByValue(String.valueOf(ws));
            chair.find(By.id("plan:title")).sendKeys("Sesión pública desde el formulario");
            chair.typeDate("plan:date", Hub.today().plusDays(14));
            chair.typeInto("plan:time", "12:00");
            chair.find(By.id("plan:place")).sendKeys("Auditorio");
            assertThat(chair.find(By.id("plan:public")).isSelected()).as("private unless chosen").isFalse();
            chair.find(By.id("plan:public")).click();
            chair.clickAndReload(By.id("plan:save"));
            long id = Long.parseLong(chair.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(Hub.json(Hub.get("/api/v1/sessions/" + id, sofia)).get("visibility").asText()).isEqualTo("PUBLIC");
            // Anyone follows it: its live page answers signed out.
            assertThat(Hub.get("/en-vivo/" + id, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void secretaryRunsASessionWhileACommissionerVotesLive() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        Hub.signIn("elena.comisionada");
        String carlos = Hub.signIn("carlos.comisionado");
        long ws = Hub.workspaceId(sofia, "CVPDCS");

        try (Browser chair = new Browser(); Browser member = new Browser()) {
            // Plan it through the pages: the form, then the agenda editor.
            chair.signIn("/sesiones/index.xhtml", "sofia.secretaria");
            chair.clickAndReload(By.id("new-session"));
            new Select(chair.find(By.id("plan:workspace"))).selectByValue(String.valueOf(ws));
            new Select(chair.find(By.id("plan:kind"))).selectByValue("EXTRAORDINARY");
            chair.find(By.id("plan:title")).sendKeys("Sesión en vivo");
            chair.typeDate("plan:date", Hub.today().plusDays(12));
            chair.typeInto("plan:time", "10:30");
            chair.find(By.id("plan:place")).sendKeys("Sala virtual");
            chair.clickAndReload(By.id("plan:save"));
            assertThat(chair.find(By.id("session-title")).getText()).isEqualTo("Sesión en vivo");
            assertThat(chair.text()).contains("Sesión planeada.");
            String url = chair.driver.getCurrentUrl();
            long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            String page = "/sesiones/ver.xhtml?id=" + id;
            new Select(chair.find(By.id("item:kind"))).selectByValue("PROPOSAL");
            chair.find(By.id("item:title")).sendKeys("Acuerdo de difusión conjunta");
            chair.clickAndReload(By.id("item:save"));
            assertThat(chair.find(By.id("agenda")).getText()).contains("Acuerdo de difusión conjunta");
            JsonNode s = Hub.json(Hub.get("/api/v1/sessions/" + id, sofia));
            assertThat(s.get("kind").asText()).isEqualTo("EXTRAORDINARY");
            assertThat(s.get("items")).hasSize(1);

            // Documents for the item: a text file is refused by content, a PDF is attached.
            java.nio.file.Path txt = java.nio.file.Files.createTempFile("nota", ".pdf");
            java.nio.file.Files.writeString(txt, "texto que no es PDF");
            chair.find(By.cssSelector("#up input[type='file']")).sendKeys(txt.toString());
            chair.clickAndReload(By.id("up:attach"));
            assertThat(chair.text()).contains("no es un documento admitido");
            java.nio.file.Path pdfFile = java.nio.file.Files.createTempFile("programa", ".pdf");
            java.nio.file.Files.writeString(pdfFile, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
            chair.find(By.cssSelector("#up input[type='file']")).sendKeys(pdfFile.toString());
            chair.clickAndReload(By.id("up:attach"));
            assertThat(chair.text()).contains("Documento adjuntado.");
            assertThat(Hub.count("SELECT COUNT(*) FROM meeting_item_file f JOIN meeting_item i ON i.id = f.item_id"
                    + " WHERE i.meeting_id = ?", id)).isEqualTo(1);

            chair.clickAndReload(By.id("s:convene"));
            chair.waitAttribute(By.id("session-state"), "data-state", "CONVENED");
            assertThat(chair.text()).contains("Sesión convocada");

            // The list shows it to its members.
            member.signIn("/sesiones/index.xhtml?ws=" + ws, "elena.comisionada");
            assertThat(member.find(By.id("sessions")).getText()).contains("Sesión en vivo");
            // Its pages are links: a page past the end (an old link) shows the last one, in the same workspace.
            member.open("/sesiones/index.xhtml?ws=" + ws + "&pagina=999");
            assertThat(member.find(By.id("sessions-table")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
            assertThat(member.find(By.id("pager")).getText()).matches("(?s).*Página (\\d+) de \\1 .*");
            member.open("/sesiones/index.xhtml?ws=" + ws);

            // Attendance, then start on the session's day (quorum: two of three members present).
            SessionsApiIT.dayHasCome(id);
            // Attendance is Ajax: the secretary keeps her place on the page.
            chair.selectAndUpdate(By.cssSelector("select[data-attendance='elena.comisionada']"), "PRESENT");
            chair.selectAndUpdate(By.cssSelector("select[data-attendance='carlos.comisionado']"), "REMOTE");
            assertThat(chair.selected(By.cssSelector("select[data-attendance='carlos.comisionado']"))).isEqualTo("A distancia");
            assertThat(chair.driver.getCurrentUrl()).endsWith(page);
            chair.clickAndReload(By.id("s:start"));
            // (The state line is redrawn with the live panel whenever the session's stream says something changed.)
            chair.waitAttribute(By.id("session-state"), "data-state", "IN_PROGRESS");
            chair.clickAndUpdate(By.cssSelector("[data-action='open-vote']"));
            chair.waitAttribute(By.id("live-vote-state"), "data-state", "OPEN");
            chair.waitAttribute(By.id("live-count"), "data-for", "0");

            member.open(page);
            member.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-item"), "Acuerdo de difusión conjunta"));
            // A marker in the chair's page: still there after the count changes means no reload.
            ((JavascriptExecutor) chair.driver).executeScript("window.vinculoSinRecarga = 'sí'");
            member.clickLive(By.cssSelector("[data-vote='FOR']"));
            member.waitAttribute(By.id("live-count"), "data-for", "1");
            member.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), "A favor"));

            // The chair's page follows without reloading.
            chair.waitAttribute(By.id("live-count"), "data-for", "1");
            assertThat(((JavascriptExecutor) chair.driver).executeScript("return window.vinculoSinRecarga")).isEqualTo("sí");

            // Carlos votes from elsewhere; Elena's page sees it come in.
            Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + s.get("items").get(0).get("id") + "/votes", carlos,
                    "{\"choice\":\"AGAINST\"}"));
            member.waitAttribute(By.id("live-count"), "data-against", "1");
            chair.waitAttribute(By.id("live-count"), "data-against", "1");
            assertThat(((JavascriptExecutor) chair.driver).executeScript("return window.vinculoSinRecarga")).isEqualTo("sí");

            // Closing a vote cannot be undone: the page asks first.
            chair.clickAndUpdate(By.cssSelector("[data-action='close-vote']"));
            chair.clickAndUpdate(By.id("cf:confirm-yes"));
            chair.waitForText("Votación cerrada; se registró el acuerdo.");
            // Closing cannot be undone: the page asks first.
            chair.find(By.id("s:close")).click();
            chair.find(By.cssSelector(".ui-confirm-dialog")).getText();
            chair.clickAndReload(By.id("cf:confirm-yes"));
            chair.waitAttribute(By.id("session-state"), "data-state", "CLOSED");
            // The acta editor: the narrative is the secretary's; the facts come from the session.
            chair.clickAndReload(By.id("edit-acta"));
            chair.find(By.id("acta:text")).clear();
            chair.find(By.id("acta:text")).sendKeys("Narrativa escrita en el editor del acta.");
            chair.clickAndReload(By.id("acta:save"));
            assertThat(chair.text()).contains("Acta guardada.");
            String href = chair.find(By.id("acta-pdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = Hub.getBytes(href.substring(Hub.APP.length()), sofia);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (var doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc);
                JsonNode d = Hub.json(Hub.get("/api/v1/sessions/" + id, sofia));
                String number = d.get("acuerdos").get(0).get("number").asText();
                assertThat(number).matches("CVPDCS/SE/\\d{2}/\\d{4}/01");
                assertThat(text).contains("ACTA DE LA SESIÓN EXTRAORDINARIA").contains(number)
                        .contains("1 a favor, 1 en contra, 0 abstenciones").contains("No aprobado.")
                        .contains("Comisión de Vinculación").contains("Página 1 de")
                        .contains("Narrativa escrita en el editor del acta.");
            }
        }
    }
}
