package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's console in three real browsers (the secretary, two commissioners): the body's
 * voting rules set on their page; an agenda built with an item's rule, a secret ballot and the
 * approval of a previous acta chosen by name; a reschedule refused inside the notice period, then
 * accepted and mailed to members as an updated convocation; a start refused before the day; on
 * the day, a remote member's own check-in confirmed by the secretary, the chair named at start;
 * the speakers' list with its timer; votes with the live count and the names of who has not voted,
 * the chair's casting vote on a tie, a recusal and a secret ballot; and the member's page saying
 * the session concluded when the secretary closes it — the console never reloading meanwhile.
 */
class SessionConsoleBrowserIT {

    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String sofia;
    static long cvpdcs;

    /** The body's rules go back to the defaults, so other tests of CVPDCS start sessions with no chair. */
    @AfterAll
    static void restore() throws Exception {
        if (sofia != null) {
            Hub.send("PUT", "/api/v1/sessions/voting-rules/" + cvpdcs, sofia,
                    "{\"defaultRule\":\"SIMPLE_MAJORITY_PRESENT\",\"castingVote\":false}");
        }
    }

    /** A session of CVPDCS closed through the API: its acta awaits approval. */
    static JsonNode closedSession(String title) throws Exception {
        JsonNode s = SessionsApiIT.plan("EXTRAORDINARY", Hub.today().plusDays(12), title);
        long id = s.get("id").asLong();
        s = SessionsApiIT.addItem(s, "INFORMATION", "Informe", null);
        s = SessionsApiIT.act(s, "convene");
        SessionsApiIT.dayHasCome(id);
        SessionsApiIT.attend(id, SessionsApiIT.elenaId, "PRESENT");
        s = SessionsApiIT.attend(id, SessionsApiIT.carlosId, "PRESENT");
        s = SessionsApiIT.act(s, "start");
        return SessionsApiIT.act(s, "close");
    }

    static By recordVote(String username, String choice) {
        return By.cssSelector("[data-record-vote='" + username + "'][data-choice='" + choice + "']");
    }

    static void addItem(Browser chair, String kind, String title, String rule, boolean secret, String refLabel) {
        new Select(chair.find(By.id("item:kind"))).selectByValue(kind);
        // Choosing the kind shows (or hides) the list of closed sessions.
        chair.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty()")));
        chair.find(By.id("item:title")).sendKeys(title);
        if (rule != null) {
            new Select(chair.find(By.id("item:rule"))).selectByValue(rule);
        }
        if (secret) {
            chair.find(By.id("item:secret")).click();
        }
        if (refLabel != null) {
            new Select(chair.find(By.id("item:ref"))).selectByVisibleText(refLabel);
        }
        chair.clickAndReload(By.id("item:save"));
        assertThat(chair.text()).contains("Asunto agregado.");
    }

    static long itemId(long session, int position) throws Exception {
        return Hub.count("SELECT id FROM meeting_item WHERE meeting_id = ? AND position = ?", session, position);
    }

    static void closeVote(Browser chair, long item) {
        chair.clickAndUpdate(By.cssSelector("li[data-item='" + item + "'] [data-action='close-vote']"));
        chair.find(By.cssSelector(".ui-confirm-dialog"));
        chair.clickAndUpdate(By.id("cf:confirm-yes"));
        chair.waitForText("Votación cerrada; se registró el acuerdo.");
    }

    static String missing(Browser b) {
        return b.find(By.id("live-missing")).getText();
    }

    @Test
    void aSecretaryHoldsTheSessionFromTheConsoleWhileTwoCommissionersFollowIt() throws Exception {
        sofia = Hub.signIn("sofia.secretaria");
        SessionsApiIT.people();
        cvpdcs = SessionsApiIT.cvpdcs;
        long elenaId = SessionsApiIT.elenaId;
        long carlosId = SessionsApiIT.carlosId;
        String ana = Hub.signIn("ana.admin");
        String carlosToken = SessionsApiIT.carlos;
        String elenaName = Hub.string("SELECT CONCAT(first_name, ' ', last_name) FROM member WHERE id = ?", elenaId);
        String carlosName = Hub.string("SELECT CONCAT(first_name, ' ', last_name) FROM member WHERE id = ?", carlosId);

        JsonNode previous = closedSession("Sesión cuya acta se aprueba " + System.nanoTime());
        long previousId = previous.get("id").asLong();
        String previousLabel = "SE " + String.format("%02d", previous.get("number").asInt()) + "/" + previous.get("year").asInt()
                + " · " + previous.get("title").asText();

        String title = "Sesión de la consola " + System.nanoTime();
        LocalDate day = Hub.today().plusDays(14);
        JsonNode planned = SessionsApiIT.plan("EXTRAORDINARY", day, title);
        long id = planned.get("id").asLong();
        String label = "SE " + String.format("%02d", planned.get("number").asInt()) + "/" + planned.get("year").asInt();
        String page = "/sesiones/ver.xhtml?id=" + id;

        try (Browser chair = new Browser(); Browser carlos = new Browser(); Browser elena = new Browser()) {
            // The body's voting rules, on their page: the chair breaks ties.
            chair.signIn("/sesiones/reglas.xhtml?ws=" + cvpdcs, "sofia.secretaria");
            chair.find(By.id("rules:castingVote")).click();
            chair.clickAndReload(By.id("rules:save"));
            assertThat(chair.text()).contains("Reglas de votación guardadas.");
            assertThat(Hub.count("SELECT COUNT(*) FROM body_voting_settings WHERE workspace_id = ? AND casting_vote = TRUE", cvpdcs))
                    .isEqualTo(1);

            // The agenda: a rule, a secret ballot, and the acta to approve chosen by its session's name.
            chair.open(page);
            addItem(chair, "PROPOSAL", "Programa de difusión", null, false, null);
            addItem(chair, "PROPOSAL", "Lineamientos de la Comisión", "QUALIFIED_TWO_THIRDS", false, null);
            addItem(chair, "PROPOSAL", "Nombramiento de la Secretaría Técnica", null, true, null);
            addItem(chair, "PREVIOUS_ACTA", "Aprobación del acta anterior", null, false, previousLabel);
            long tie = itemId(id, 1);
            long qualified = itemId(id, 2);
            long secret = itemId(id, 3);
            long acta = itemId(id, 4);
            assertThat(Hub.string("SELECT vote_rule FROM meeting_item WHERE id = ?", qualified)).isEqualTo("QUALIFIED_TWO_THIRDS");
            assertThat(Hub.count("SELECT secret_ballot FROM meeting_item WHERE id = ?", secret)).isEqualTo(1);
            assertThat(Hub.count("SELECT ref_meeting_id FROM meeting_item WHERE id = ?", acta)).isEqualTo(previousId);
            assertThat(chair.find(By.cssSelector("li[data-item='" + acta + "'] .item-ref")).getText()).contains(previousLabel);
            chair.clickAndReload(By.id("s:convene"));
            chair.waitAttribute(By.id("session-state"), "data-state", "CONVENED");

            // Reschedule: inside the notice period it is refused and nothing changes; then moved, keeping its number.
            chair.typeDate("when:date", Hub.today());
            chair.clickAndReload(By.id("when:reschedule"));
            assertThat(chair.text()).contains("No se cumple el plazo de convocatoria");
            assertThat(Hub.string("SELECT place FROM meeting WHERE id = ?", id)).isEqualTo("Sala de Plenos, Guadalajara");
            LocalDate later = day.plusDays(1);
            chair.typeDate("when:date", later);
            chair.typeInto("when:time", "12:30");
            chair.find(By.id("when:place")).clear();
            chair.find(By.id("when:place")).sendKeys("Sala 2, Guadalajara");
            chair.clickAndReload(By.id("when:reschedule"));
            assertThat(chair.text()).contains("Se envía la convocatoria actualizada");
            assertThat(chair.find(By.id("session-place")).getText()).isEqualTo("Sala 2, Guadalajara");
            assertThat(chair.find(By.id("session-when")).getText()).isEqualTo(later.format(DAY) + " 12:30");
            assertThat(Hub.count("SELECT seq_number FROM meeting WHERE id = ?", id)).isEqualTo(planned.get("number").asLong());
            String payload = Hub.string("SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = 'session.convocationUpdated'"
                    + " AND payload LIKE '%Sala 2%' ORDER BY id DESC LIMIT 1", id);
            assertThat(payload).contains("Sala de Plenos, Guadalajara").contains("Sala 2, Guadalajara");
            assertThat(updatedConvocation(ana, "elena.comisionada@jal.vinculo.test", title)).isTrue();

            // A start before the day is refused with the day and the hour it may start.
            chair.clickAndReload(By.id("s:start"));
            assertThat(chair.text()).contains("La sesión está convocada para el " + later.format(DAY)
                    + " a las 12:30; puede iniciarse a partir de las 11:30 de ese día.");
            assertThat(SessionsApiIT.state(id)).isEqualTo("CONVENED");

            // The day has come: the chair opens attendance; Carlos checks in remotely, the secretary confirms.
            SessionsApiIT.dayHasCome(id);
            chair.reload();
            chair.clickAndUpdate(By.id("s:open-attendance"));
            carlos.signIn(page, "carlos.comisionado");
            carlos.clickLive(By.id("lv:check-in"));
            carlos.find(By.id("lv:checked-in"));
            By confirm = By.cssSelector("[data-confirm-checkin='carlos.comisionado']");
            chair.find(confirm);
            ((JavascriptExecutor) chair.driver).executeScript("window.consolaSinRecarga = 'sí'");
            chair.clickAndUpdate(confirm);
            chair.wait.until(d -> "A distancia".equals(chair.selected(By.cssSelector("select[data-attendance='carlos.comisionado']"))));
            assertThat(Hub.string("SELECT status FROM meeting_attendance WHERE meeting_id = ? AND member_id = ?", id, carlosId))
                    .isEqualTo("REMOTE");
            chair.selectAndUpdate(By.cssSelector("select[data-attendance='elena.comisionada']"), "PRESENT");
            assertThat(((JavascriptExecutor) chair.driver).executeScript("return window.consolaSinRecarga")).isEqualTo("sí");

            // The body's chair breaks ties: starting asks who presides.
            chair.clickAndReload(By.id("s:start"));
            assertThat(chair.text()).contains("indique quién preside la sesión al iniciarla");
            new Select(chair.find(By.id("s:chair"))).selectByValue(String.valueOf(elenaId));
            chair.clickAndReload(By.id("s:start"));
            chair.waitAttribute(By.id("session-state"), "data-state", "IN_PROGRESS");
            assertThat(chair.text()).contains("Preside: " + elenaName);
            ((JavascriptExecutor) chair.driver).executeScript("window.consolaSinRecarga = 'sí'");
            ((JavascriptExecutor) carlos.driver).executeScript("window.miembroSinRecarga = 'sí'");

            // The speakers' list: Elena asks for the floor, the chair gives it, the timer runs, the chair ends it.
            elena.signIn(page, "elena.comisionada");
            elena.clickLive(By.id("lv:ask-floor"));
            By give = By.cssSelector("[data-action='give-floor']");
            chair.find(give);
            carlos.waitForText("Piden la palabra");
            chair.clickAndUpdate(give);
            elena.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("speaking"), elenaName));
            elena.wait.until(d -> d.findElement(By.cssSelector(".speaker-timer")).getText().matches("00:0[2-9]|00:[1-5]\\d"));
            carlos.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("speaking"), elenaName));
            chair.clickAndUpdate(By.cssSelector("[data-action='end-floor']"));
            carlos.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("speakers-done"), elenaName));
            assertThat(Hub.count("SELECT COUNT(*) FROM meeting_speaker WHERE meeting_id = ? AND member_id = ?"
                    + " AND started_at IS NOT NULL AND ended_at IS NOT NULL", id, elenaId)).isEqualTo(1);

            // 1. A tie the chair decides. The live count and who has not voted, by name; one count on the page.
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + tie + "'] [data-action='open-vote']"));
            chair.wait.until(d -> missing(chair).contains(elenaName) && missing(chair).contains(carlosName));
            assertThat(chair.find(By.cssSelector("li[data-item='" + tie + "'] .vote-summary")).getText())
                    .contains("recuento en el panel En vivo").doesNotContain("A favor:");
            // Elena is in the room: the secretary records her vote; Carlos is remote and votes himself.
            assertThat(chair.driver.findElements(recordVote("carlos.comisionado", "FOR"))).isEmpty();
            chair.clickAndUpdate(recordVote("elena.comisionada", "FOR"));
            chair.wait.until(d -> !missing(chair).contains(elenaName) && missing(chair).contains(carlosName));
            assertThat(chair.driver.findElements(recordVote("elena.comisionada", "FOR"))).isEmpty();
            carlos.clickLive(By.cssSelector("[data-vote='AGAINST']"));
            chair.waitAttribute(By.id("live-missing"), "data-missing", "0");
            chair.waitAttribute(By.id("live-count"), "data-for", "1");
            chair.waitAttribute(By.id("live-count"), "data-against", "1");
            closeVote(chair, tie);
            assertThat(chair.find(By.cssSelector("li[data-item='" + tie + "'] .vote-summary")).getText())
                    .contains("A favor: 1 · En contra: 1").contains("Aprobado");
            assertThat(chair.find(By.id("acuerdos")).getText()).contains("con el voto de calidad de quien preside");

            // 2. Carlos recuses himself (recorded by the secretary with the reason); two thirds without him.
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + qualified + "'] [data-action='take-up']"));
            new Select(chair.find(By.cssSelector("li[data-item='" + qualified + "'] select[id$='recusalMember']")))
                    .selectByValue(String.valueOf(carlosId));
            chair.find(By.cssSelector("li[data-item='" + qualified + "'] input[id$='recusalReason']")).sendKeys("Conflicto de interés");
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + qualified + "'] [id$=':recuse']"));
            assertThat(chair.find(By.cssSelector("li[data-item='" + qualified + "'] .recusals")).getText())
                    .contains(carlosName + " (Conflicto de interés)");
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + qualified + "'] [data-action='open-vote']"));
            chair.wait.until(d -> missing(chair).contains(elenaName) && !missing(chair).contains(carlosName));
            elena.clickLive(By.cssSelector("[data-vote='FOR']"));
            chair.waitAttribute(By.id("live-missing"), "data-missing", "0");
            closeVote(chair, qualified);
            assertThat(chair.find(By.cssSelector("li[data-item='" + qualified + "'] .vote-summary")).getText()).contains("Aprobado");
            assertThat(chair.find(By.cssSelector("table.roll-call[data-item='" + qualified + "']")).getText())
                    .contains(carlosName + " Excusa");

            // 3. A secret ballot: who is missing is told, what anyone voted is not; the vote is final.
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + secret + "'] [data-action='take-up']"));
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + secret + "'] [data-action='open-vote']"));
            elena.clickLive(By.cssSelector("[data-vote='FOR']"));
            elena.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), "votación secreta"));
            assertThat(elena.driver.findElements(By.cssSelector("[data-vote='AGAINST']"))).isEmpty();
            chair.wait.until(d -> !missing(chair).contains(elenaName) && missing(chair).contains(carlosName));
            carlos.clickLive(By.cssSelector("[data-vote='FOR']"));
            chair.waitAttribute(By.id("live-missing"), "data-missing", "0");
            closeVote(chair, secret);
            assertThat(chair.driver.findElements(By.cssSelector("table.roll-call[data-item='" + secret + "']"))).isEmpty();
            assertThat(chair.find(By.cssSelector("li[data-item='" + secret + "'] .vote-summary")).getText())
                    .contains("A favor: 2").contains("Aprobado");

            // 4. The previous acta: approved, its session says where, by name and with a link.
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + acta + "'] [data-action='take-up']"));
            chair.clickAndUpdate(By.cssSelector("li[data-item='" + acta + "'] [data-action='open-vote']"));
            chair.clickAndUpdate(recordVote("elena.comisionada", "FOR"));
            Hub.expect(200, SessionsApiIT.vote(id, acta, carlosToken, "FOR"));
            chair.waitAttribute(By.id("live-missing"), "data-missing", "0");
            closeVote(chair, acta);
            assertThat(SessionsApiIT.state(previousId)).isEqualTo("ACTA_APPROVED");
            assertThat(((JavascriptExecutor) chair.driver).executeScript("return window.consolaSinRecarga")).isEqualTo("sí");

            // Closing asks first; the members' pages say the session concluded, without reloading.
            chair.clickAndUpdate(By.id("s:close"));
            chair.find(By.cssSelector(".ui-confirm-dialog"));
            chair.clickAndReload(By.id("cf:confirm-yes"));
            chair.waitAttribute(By.id("session-state"), "data-state", "CLOSED");
            carlos.waitAttribute(By.id("session-state"), "data-state", "CLOSED");
            carlos.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-ended"), "La sesión concluyó."));
            assertThat(carlos.find(By.id("live-acta")).getAttribute("href")).endsWith("/sesiones/acta/" + id + ".pdf");
            assertThat(carlos.find(By.id("session-state")).getText()).isEqualTo("Cerrada");
            assertThat(((JavascriptExecutor) carlos.driver).executeScript("return window.miembroSinRecarga")).isEqualTo("sí");
            carlos.checkAccessibility();

            chair.open("/sesiones/ver.xhtml?id=" + previousId);
            assertThat(chair.find(By.id("acta-approved-in")).getText()).contains("El acta se aprobó en la sesión " + label + " · " + title);
            assertThat(chair.find(By.id("acta-approved-link")).getAttribute("href")).endsWith("/sesiones/ver.xhtml?id=" + id);
        }
    }

    /** Waits (running the outbox) until the mail catcher holds an updated convocation of the session for the address. */
    static boolean updatedConvocation(String admin, String address, String title) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Hub.send("POST", "/api/v1/admin/integration/outbox/run", admin, "");
            HttpResponse<String> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/" + Hub.enc(address)
                    + "/messages/INBOX")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                for (JsonNode m : Hub.JSON.readTree(r.body())) {
                    if (m.path("subject").asText().equals("Convocatoria actualizada: " + title)) {
                        return true;
                    }
                }
            }
            Thread.sleep(500);
        }
        return false;
    }
}
