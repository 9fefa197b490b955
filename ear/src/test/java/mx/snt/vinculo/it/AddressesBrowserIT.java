package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, "Vínculo as people use it every day": after an action the address still opens the
 * same page (a reload shows it again, ?id= and all), the secretary's attendance clicks do not
 * reload the page nor move it, dates are typed dd/mm/aaaa, people are shown by name and the
 * audit trail in words.
 */
class AddressesBrowserIT {

    @Test
    void agreementActionsKeepTheAddressAndDatesAreTypedAsPeopleWriteThem() throws Exception {
        try (Browser mario = new Browser()) {
            mario.signIn("/convenios/nuevo.xhtml", "mario.personal");
            mario.find(By.id("agr:title")).sendKeys("Convenio de direcciones estables");
            mario.driver.findElement(By.id("agr:purpose")).sendKeys("Que una recarga muestre la misma página.");
            mario.clickAndReload(By.id("agr:save"));
            String page = addressOf(mario);
            assertThat(page).matches("/convenios/ver\\.xhtml\\?id=\\d+");

            Select body = new Select(mario.find(By.id("party:body")));
            body.getOptions().stream().filter(o -> o.getText().startsWith("COTAI")).findFirst().orElseThrow().click();
            mario.driver.findElement(By.id("party:signatory")).sendKeys("Presidencia de la COTAI");
            mario.clickAndReload(By.id("party:add"));
            sameAfterReload(mario, page, "agreement-title", "Convenio de direcciones estables");
            assertThat(mario.find(By.id("parties-table")).getText()).contains("Comisión de Transparencia");

            // A date in another shape is refused next to its field, and the address stays.
            mario.typeDate("draft:start", LocalDate.of(2027, 2, 15));
            mario.typeInto("draft:end", "2029-02-14");
            mario.clickAndReload(By.id("draft:save"));
            assertThat(addressOf(mario)).isEqualTo(page);
            assertThat(mario.find(By.cssSelector("[id='draft:end'] + .ui-message, .date-field .ui-message-error")).getText())
                    .contains("Escriba la fecha como dd/mm/aaaa");

            // 15/02/2027 as a person types it: saved, shown back the same way, after a reload too.
            mario.typeInto("draft:start", "15/02/2027");
            mario.typeInto("draft:end", "14/02/2029");
            WebElement editor = mario.find(By.cssSelector("[id='draft:text'] .ql-editor"));
            editor.click();
            editor.sendKeys("PRIMERA. Objeto del convenio.");
            mario.clickAndReload(By.id("draft:save"));
            mario.waitForText("Borrador guardado.");
            sameAfterReload(mario, page, "agreement-title", "Convenio de direcciones estables");
            assertThat(mario.find(By.id("agreement-validity")).getText()).isEqualTo("15/02/2027 – 14/02/2029");
            assertThat(mario.find(By.id("draft:start_input")).getAttribute("value")).isEqualTo("15/02/2027");
            assertThat(mario.find(By.id("draft:start_input")).getAttribute("placeholder")).isEqualTo("dd/mm/aaaa");
            JsonNode api = Hub.json(Hub.get("/api/v1/agreements/" + page.replaceAll(".*id=", ""), Hub.token("mario.personal")));
            assertThat(api.get("validityStart").asText()).as("the API keeps ISO dates").isEqualTo("2027-02-15");

            // A second party, then "send to review": the address and a reload keep the agreement.
            new Select(mario.find(By.id("party:category"))).selectByValue("UNIVERSITY");
            mario.driver.findElement(By.id("party:name")).sendKeys("Universidad de Guadalajara");
            mario.driver.findElement(By.id("party:signatory")).sendKeys("Rectoría General");
            mario.clickAndReload(By.id("party:add"));
            mario.clickAndReload(By.cssSelector("button[data-to='INTERNAL_REVIEW']"));
            assertThat(mario.find(By.id("agreement-state")).getAttribute("data-state")).isEqualTo("INTERNAL_REVIEW");
            sameAfterReload(mario, page, "agreement-title", "Convenio de direcciones estables");
            assertThat(mario.find(By.id("agreement-state")).getAttribute("data-state")).isEqualTo("INTERNAL_REVIEW");

            // People by name: the history and the versions say "Mario Gómez Díaz", not the username.
            assertThat(mario.find(By.id("timeline")).getText()).contains("Mario Gómez Díaz").doesNotContain("mario.personal");
            assertThat(mario.find(By.id("versions")).getText()).contains("Mario Gómez Díaz").doesNotContain("mario.personal");
            assertThat(mario.find(By.id("current-user")).getText()).isEqualTo("Mario Gómez Díaz");
        }
    }

    @Test
    void attendanceIsRecordedWithoutReloadingOrMovingThePage() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        Hub.signIn("elena.comisionada");
        long cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        JsonNode s = Hub.expect(201, Hub.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"EXTRAORDINARY\",\"title\":\"Sesión de asistencia sin recarga\",\"date\":\""
                + Hub.today().plusDays(12) + "\",\"time\":\"11:00\",\"durationMinutes\":60,\"place\":\"Sala virtual\",\"remoteVoting\":true}"));
        long id = s.get("id").asLong();
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items", sofia,
                "{\"version\":" + s.get("version").asLong() + ",\"kind\":\"INFORMATION\",\"title\":\"Informe\"}"));
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/convene", sofia, "{\"version\":" + s.get("version").asLong() + "}"));
        String page = "/sesiones/ver.xhtml?id=" + id;

        try (Browser chair = new Browser()) {
            chair.signIn(page, "sofia.secretaria");
            By present = By.cssSelector("select[data-attendance='elena.comisionada']");
            ((JavascriptExecutor) chair.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", chair.find(present));
            long before = scrollY(chair);
            assertThat(before).as("the attendance table is below the first screen").isPositive();
            chair.selectAndUpdate(present, "PRESENT");
            chair.wait.until(d -> "Presente".equals(chair.selected(present)));
            assertThat(Math.abs(scrollY(chair) - before)).as("the page did not move").isLessThan(40);
            assertThat(addressOf(chair)).isEqualTo(page);
            sameAfterReload(chair, page, "session-title", "Sesión de asistencia sin recarga");
            assertThat(chair.selected(present)).isEqualTo("Presente");

            // A state change is a full postback answered by a redirect to the same address.
            chair.clickAndReload(By.id("s:start"));
            // (The state line may be redrawn by the session's stream meanwhile: read it again if it was replaced.)
            chair.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> java.util.List.of("IN_PROGRESS", "CONVENED")
                    .contains(d.findElement(By.id("session-state")).getAttribute("data-state")));
            assertThat(addressOf(chair)).isEqualTo(page);
        }
    }

    @Test
    void proposalAndDocumentActionsKeepTheAddressAndShowNames() throws Exception {
        String mario = Hub.signIn("mario.personal");
        String sofia = Hub.signIn("sofia.secretaria");
        long cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        long proposal = Hub.expect(201, Hub.send("POST", "/api/v1/proposals", mario, "{\"commissionId\":" + cvpdcs
                + ",\"title\":\"Propuesta de direcciones estables\",\"summary\":\"Resumen\",\"text\":\"Texto\","
                + "\"topic\":\"ACCESS_TO_INFORMATION\"}")).get("id").asLong();
        String page = "/propuestas/ver.xhtml?id=" + proposal;
        try (Browser b = new Browser()) {
            b.signIn(page, "sofia.secretaria");
            assertThat(b.find(By.id("proposal-author")).getText()).isEqualTo("Mario Gómez Díaz");
            b.clickAndReload(By.id("actions:evaluate"));
            sameAfterReload(b, page, "proposal-title", "Propuesta de direcciones estables");
            assertThat(b.find(By.id("proposal-state")).getText()).isEqualTo("En evaluación");
            b.find(By.id("comments:new-comment")).sendKeys("Comentario que sigue en su página.");
            b.clickAndReload(By.id("comments:send-comment"));
            sameAfterReload(b, page, "proposal-title", "Propuesta de direcciones estables");
            assertThat(b.text()).contains("Comentario que sigue en su página.").contains("Sofía Ramírez Luna")
                    .doesNotContain("sofia.secretaria").doesNotContain("mario.personal");
            assertThat(b.find(By.id("history")).getText()).contains("Sofía Ramírez Luna").doesNotContain("UNDER_EVALUATION");
        }

        long jal = Hub.workspaceId(mario, "JAL");
        try (Browser b = new Browser()) {
            b.signIn("/documentos/nuevo.xhtml?espacio=" + jal, "mario.personal");
            b.find(By.id("doc:title")).sendKeys("Documento de direcciones estables");
            b.driver.findElement(By.id("doc:body")).sendKeys("Contenido.");
            new Select(b.driver.findElement(By.id("doc:visibility"))).selectByValue("PRIVATE");
            b.clickAndReload(By.id("doc:save"));
            String doc = addressOf(b);
            assertThat(doc).matches("/documentos/ver\\.xhtml\\?id=\\d+");
            new Select(b.find(By.id("visibility:vis"))).selectByValue("NETWORK");
            b.clickAndReload(By.id("visibility:apply"));
            sameAfterReload(b, doc, "document-title", "Documento de direcciones estables");
            assertThat(b.find(By.id("document-author")).getText()).isEqualTo("Mario Gómez Díaz");
        }
    }

    @Test
    void theAuditPageSpeaksInWordsAndNames() throws Exception {
        try (Browser ana = new Browser()) {
            ana.signIn("/admin/bitacora.xhtml", "ana.admin");
            List<WebElement> actions = ana.driver.findElements(By.cssSelector(".audit-action"));
            assertThat(actions).isNotEmpty();
            for (WebElement a : actions) {
                assertThat(a.getText()).as("action " + a.getAttribute("data-action")).isNotBlank()
                        .isNotEqualTo(a.getAttribute("data-action")).doesNotMatch("[a-z]+(\\.[a-zA-Z]+)+");
            }
            boolean someoneByName = false;
            for (WebElement who : ana.driver.findElements(By.cssSelector(".audit-actor"))) {
                String username = who.getAttribute("data-actor");
                if (username.contains(".")) {
                    assertThat(who.getText()).as(username).isNotEqualTo(username);
                    someoneByName = true;
                }
            }
            assertThat(someoneByName).isTrue();
            String text = ana.find(By.id("audit:entries")).getText();
            assertThat(text).doesNotContainPattern("\\b(UNDER_EVALUATION|INTERNAL_REVIEW|LEGAL_REVIEW|IN_FORCE|CONVENED|IN_PROGRESS)\\b")
                    .doesNotContainPattern("\\b(LibraryEntry|Agreement|Proposal|Session) \\d+");
        }
    }

    static String addressOf(Browser b) {
        return b.driver.getCurrentUrl().substring(Hub.APP.length());
    }

    /** A reload (F5) shows the same page at the same address. */
    static void sameAfterReload(Browser b, String address, String titleId, String title) {
        assertThat(addressOf(b)).isEqualTo(address);
        b.reload();
        assertThat(addressOf(b)).isEqualTo(address);
        assertThat(b.find(By.id(titleId)).getText()).isEqualTo(title);
    }

    static long scrollY(Browser b) {
        return ((Number) ((JavascriptExecutor) b.driver).executeScript("return Math.round(window.scrollY)")).longValue();
    }
}
