package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushed, not polled, in real browsers: the secretary's, a commissioner's and a signed-out visitor's on a public
 * session. The member's page follows the session's stream (no poll is active while it is open); a vote cast elsewhere
 * reaches it without any request from the page; the chair opening and closing a vote redraws it; the public live page
 * shows the item, the count, the livestream embedded, and each result with the roll call as the vote closes, and
 * reads without JavaScript.
 */
class LiveSessionBrowserIT {

    @Test
    void membersAndThePublicFollowASessionPushedToThem() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        String elena = Hub.signIn("elena.comisionada");
        String carlos = Hub.signIn("carlos.comisionado");
        long cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        long elenaId = Hub.count("SELECT id FROM member WHERE username = 'elena.comisionada'");
        long carlosId = Hub.count("SELECT id FROM member WHERE username = 'carlos.comisionado'");
        JsonNode s = Hub.expect(201, Hub.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"ORDINARY\",\"title\":\"Sesión pública transmitida\",\"date\":\"" + Hub.today().plusDays(21)
                + "\",\"time\":\"11:00\",\"place\":\"Sala de Plenos\",\"remoteUrl\":\"https://reuniones.example.mx/privado\","
                + "\"livestreamUrl\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"visibility\":\"PUBLIC\"}"));
        long id = s.get("id").asLong();
        s = SessionsApiIT.addItemAs(sofia, s, "PROPOSAL", "Programa de difusión en vivo");
        long item = s.get("items").get(0).get("id").asLong();
        s = SessionsApiIT.actAs(sofia, s, "convene");
        SessionsApiIT.dayHasCome(id);
        SessionsApiIT.attendAs(sofia, id, elenaId, "PRESENT");
        SessionsApiIT.attendAs(sofia, id, carlosId, "PRESENT");
        s = SessionsApiIT.actAs(sofia, Hub.json(Hub.get("/api/v1/sessions/" + id, sofia)), "start");
        String page = "/sesiones/ver.xhtml?id=" + id;

        try (Browser chair = new Browser(); Browser member = new Browser(); Browser visitor = new Browser()) {
            // A public session's page opens signed out too: sign in first, then open it.
            chair.signIn("/sesiones/index.xhtml", "sofia.secretaria");
            chair.open(page);
            member.signIn("/sesiones/index.xhtml", "elena.comisionada");
            member.open(page);
            visitor.open(page);
            // The visitor reads the public session's page without the remote-meeting link.
            assertThat(visitor.text()).contains("Sesión pública transmitida").doesNotContain("reuniones.example.mx");
            visitor.open("/en-vivo/" + id);
            JavascriptExecutor mjs = (JavascriptExecutor) member.driver;

            // The member's page is on the stream, and its poll (the fallback) is not running.
            member.waitAttribute(By.id("live-feed"), "data-mode", "push");
            chair.waitAttribute(By.id("live-feed"), "data-mode", "push");
            assertThat(mjs.executeScript("return PF('livePoll').isActive()")).isEqualTo(false);
            visitor.waitAttribute(By.id("live-public"), "data-mode", "push");
            assertThat(visitor.find(By.id("live-current")).getText()).contains("1. Programa de difusión en vivo");
            assertThat(visitor.find(By.id("livestream-frame")).getAttribute("src"))
                    .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
            assertThat(visitor.text()).doesNotContain("reuniones.example.mx");

            // The chair opens the vote on her page: the member's panel is redrawn (one request, because something changed).
            mjs.executeScript("window.vinculoSinRecarga = 'sí'");
            chair.clickAndUpdate(By.cssSelector("[data-action='open-vote']"));
            member.waitAttribute(By.id("live-vote-state"), "data-state", "OPEN");
            member.find(By.cssSelector("[data-vote='FOR']"));
            visitor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-current"), "Votación abierta"));

            // Carlos votes through the API: the member's count moves with no request from her page, no poll either.
            Thread.sleep(300);
            long requestsBefore = xhr(mjs);
            Hub.expect(200, SessionsApiIT.voteAs(carlos, id, item, "AGAINST"));
            member.waitAttribute(By.id("live-count"), "data-against", "1");
            assertThat(member.find(By.id("live-count")).getText()).isEqualTo("A favor: 0 · En contra: 1 · Abstenciones: 0");
            assertThat(xhr(mjs)).as("requests the member's page made for a vote cast elsewhere").isEqualTo(requestsBefore);
            assertThat(mjs.executeScript("return PF('livePoll').isActive()")).isEqualTo(false);
            chair.waitAttribute(By.id("live-count"), "data-against", "1");
            visitor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-current"), "En contra: 1"));

            // Elena votes from her page; the chair's page follows.
            member.clickLive(By.cssSelector("[data-vote='FOR']"));
            member.waitAttribute(By.id("live-count"), "data-for", "1");
            chair.waitAttribute(By.id("live-count"), "data-for", "1");
            shot(member, "live-member.png");

            // The chair closes the vote: the public page shows the result with each commissioner's vote.
            // (Closing a vote asks first, in the console's one dialog.)
            SessionConsoleBrowserIT.closeVote(chair, item);
            visitor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-results"), "Castro Vega"));
            String results = visitor.find(By.id("live-results")).getText();
            assertThat(results).contains("1. Programa de difusión en vivo").contains("No aprobado")
                    .contains("A favor: 1 · En contra: 1 · Abstenciones: 0")
                    .containsPattern("Elena Castro Vega\\s+A favor").containsPattern("Carlos Hernández Soto\\s+En contra")
                    .contains("CVPDCS/SO/");
            assertThat(mjs.executeScript("return window.vinculoSinRecarga")).isEqualTo("sí");
            visitor.checkAccessibility();
            shot(visitor, "live-public.png");

            // Without JavaScript the same state is on the page as the server renders it.
            HttpResponse<String> plain = Hub.get("/en-vivo/" + id, null);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.body()).contains("Programa de difusión en vivo").contains("Elena Castro Vega")
                    .contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ").doesNotContain("reuniones.example.mx");

            // Closing the session: the member's page says so by itself (its live panel and state line are redrawn).
            chair.clickAndUpdate(By.id("s:close"));
            chair.find(By.cssSelector(".ui-confirm-dialog")).getText();
            chair.clickAndReload(By.id("cf:confirm-yes"));
            member.waitAttribute(By.id("session-state"), "data-state", "CLOSED");
            visitor.waitAttribute(By.id("live-state"), "data-state", "CLOSED");
        }
    }

    private static long xhr(JavascriptExecutor js) {
        return ((Number) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch'; }).length"))
                .longValue();
    }

    private static void shot(Browser b, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
    }
}
