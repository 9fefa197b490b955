package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
    void secretaryRunsASessionWhileACommissionerVotesLive() throws Exception {
        String sofia = Live.signIn("sofia.secretaria");
        Live.signIn("elena.comisionada");
        String carlos = Live.signIn("carlos.comisionado");
        long ws = Live.workspaceId(sofia, "CVPDCS");
        JsonNode s = Live.ok(Live.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + ws
                + ",\"kind\":\"EXTRAORDINARY\",\"title\":\"Sesión en vivo\",\"date\":\"" + Live.today().plusDays(12)
                + "\",\"time\":\"10:30\",\"place\":\"Sala virtual\",\"remoteVoting\":true}"), 201);
        long id = s.get("id").asLong();
        s = Live.ok(Live.send("POST", "/api/v1/sessions/" + id + "/items", sofia, "{\"version\":" + s.get("version")
                + ",\"kind\":\"PROPOSAL\",\"title\":\"Acuerdo de difusión conjunta\"}"), 200);
        String page = "/sesiones/ver.xhtml?id=" + id;

        try (Live.Chromium chair = new Live.Chromium(); Live.Chromium member = new Live.Chromium()) {
            // The session is private: sign in on a protected page, then open it.
            chair.signIn("/sesiones/index.xhtml", "sofia.secretaria");
            assertThat(chair.find(By.id("list:sessions")).getText()).contains("Sesión en vivo");
            chair.open(page);
            assertThat(chair.find(By.id("session-title")).getText()).isEqualTo("Sesión en vivo");
            chair.clickAndReload(By.id("s:convene"));
            assertThat(chair.find(By.id("session-state")).getAttribute("data-state")).isEqualTo("CONVENED");
            assertThat(chair.text()).contains("Sesión convocada");

            // Attendance, then start (quorum: two of three members present).
            chair.clickAndReload(By.cssSelector("[data-attendance='elena.comisionada'][data-status='PRESENT']"));
            chair.clickAndReload(By.cssSelector("[data-attendance='carlos.comisionado'][data-status='REMOTE']"));
            chair.clickAndReload(By.id("s:start"));
            assertThat(chair.find(By.id("session-state")).getAttribute("data-state")).isEqualTo("IN_PROGRESS");
            chair.clickAndReload(By.cssSelector("[data-action='open-vote']"));
            assertThat(chair.find(By.id("live-vote-state")).getAttribute("data-state")).isEqualTo("OPEN");
            assertThat(chair.find(By.id("live-count")).getAttribute("data-for")).isEqualTo("0");

            member.signIn("/sesiones/index.xhtml", "elena.comisionada");
            member.open(page);
            assertThat(member.find(By.id("live-item")).getText()).contains("Acuerdo de difusión conjunta");
            member.find(By.cssSelector("[data-vote='FOR']")).click();
            member.wait.until(ExpectedConditions.attributeToBe(By.id("live-count"), "data-for", "1"));
            assertThat(member.find(By.id("my-vote")).getText()).contains("A favor");

            // The chair's page follows without reloading.
            chair.driver.findElement(By.tagName("body")).getAttribute("class"); // same document, no navigation
            String chairUrl = chair.driver.getCurrentUrl();
            chair.wait.until(ExpectedConditions.attributeToBe(By.id("live-count"), "data-for", "1"));
            assertThat(chair.driver.getCurrentUrl()).isEqualTo(chairUrl);

            // Carlos votes from elsewhere; Elena's page sees it come in.
            Live.ok(Live.send("POST", "/api/v1/sessions/" + id + "/items/" + s.get("items").get(0).get("id") + "/votes", carlos,
                    "{\"choice\":\"AGAINST\"}"), 200);
            member.wait.until(ExpectedConditions.attributeToBe(By.id("live-count"), "data-against", "1"));
            chair.wait.until(ExpectedConditions.attributeToBe(By.id("live-count"), "data-against", "1"));

            chair.clickAndReload(By.cssSelector("[data-action='close-vote']"));
            assertThat(chair.text()).contains("Votación cerrada; se registró el acuerdo.");
            chair.clickAndReload(By.id("s:close"));
            assertThat(chair.find(By.id("session-state")).getAttribute("data-state")).isEqualTo("CLOSED");
            String href = chair.find(By.id("acta-pdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = Live.bytes(href.substring(Live.APP.length()), sofia);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            try (var doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc);
                JsonNode d = Live.json(Live.get("/api/v1/sessions/" + id, sofia));
                String number = d.get("acuerdos").get(0).get("number").asText();
                assertThat(number).matches("CVPDCS/SE/\\d{2}/\\d{4}/01");
                assertThat(text).contains("ACTA DE LA SESIÓN EXTRAORDINARIA").contains(number)
                        .contains("1 a favor, 1 en contra, 0 abstenciones").contains("No aprobado.")
                        .contains("Comisión de Vinculación").contains("Página 1 de");
            }
        }
    }
}
