package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home each person lands on after signing in shows their pending work: the technical
 * secretary today's session and the proposals her commission must evaluate, the legal reviewer
 * the agreement waiting for her opinion, staff their drafts and their body's commitments; then
 * what changed recently, with people's names. Real Keycloak, real Chromium, axe-core on each home.
 */
class HomeBrowserIT {

    static String axe;

    @BeforeAll
    static void axeCoreAndPeople() throws Exception {
        axe = AccessibilityBrowserIT.axe();
        // People enter the directory (with their names) at their first sign-in; the demo's actors have signed in once.
        for (String u : List.of("mario.personal", "sofia.secretaria", "lucia.juridico", "elena.comisionada", "carlos.comisionado",
                "pedro.personal", "ana.admin")) {
            assertThat(Hub.get("/api/v1/me", Hub.token(u)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theSecretarysHomeShowsTodaysSessionAndTheProposalsToEvaluate() throws Exception {
        try (Browser b = new Browser()) {
            // Signing in with no page asked for lands on the home, not on "Mis espacios".
            b.signIn("/entrar", "sofia.secretaria");
            b.waitForUrl(u -> u.equals(Hub.APP + "/"), "la página de inicio");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Su trabajo pendiente");
            assertThat(sections(b)).containsExactlyInAnyOrder("pending-sessions", "pending-votes", "pending-agreements",
                    "pending-commitments", "pending-proposals", "pending-calls", "pending-drafts");

            WebElement sessions = b.find(By.id("pending-sessions"));
            assertThat(total(sessions)).isPositive();
            // The demo's session of today (convened for 17:00), unless a session test already ran it.
            assertThat(sessions.getText()).contains("CVPDCS");
            assertThat(sessions.findElement(By.tagName("h2")).getText()).matches("(Una sesión hoy o esta semana|\\d+ sesiones hoy y esta semana)");

            WebElement proposals = b.find(By.id("pending-proposals"));
            assertThat(total(proposals)).isPositive();
            assertThat(proposals.getText()).contains("Guía de archivos para sujetos obligados pequeños");
            assertThat(proposals.findElement(By.tagName("h2")).getText()).endsWith("esperan la evaluación de su comisión");
            WebElement seeAll = proposals.findElement(By.cssSelector("p.pending-all a"));
            assertThat(seeAll.getText()).startsWith("Ver todos");
            assertThat(seeAll.getDomAttribute("href")).endsWith("/propuestas/index.xhtml");

            WebElement votes = b.find(By.id("pending-votes"));
            if (total(votes) == 0) {
                assertThat(votes.getText()).contains("No hay votaciones abiertas");
            }
            assertThat(b.find(By.id("pending-commitments")).getText()).contains("Convenio de difusión con El Informador");
            assertThat(total(b.find(By.id("pending-calls")))).isPositive();

            assertRecentWithNames(b);
            assertThat(AccessibilityBrowserIT.check(b, axe, "/ (sofia.secretaria)")).isEmpty();

            // A link of a section opens its item.
            WebElement first = b.find(By.id("pending-sessions")).findElement(By.cssSelector("li a"));
            String title = first.getText();
            first.click();
            b.waitForUrl(u -> u.contains("/sesiones/ver.xhtml?id="), "la sesión");
            assertThat(b.find(By.tagName("h1")).getText()).contains(title);
        }
    }

    @Test
    void theLegalReviewersHomeShowsTheAgreementWaitingForHerOpinion() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/entrar", "lucia.juridico");
            b.waitForUrl(u -> u.equals(Hub.APP + "/"), "la página de inicio");
            assertThat(sections(b)).containsExactlyInAnyOrder("pending-sessions", "pending-agreements", "pending-calls");
            WebElement agreements = b.find(By.id("pending-agreements"));
            assertThat(total(agreements)).isPositive();
            WebElement item = agreements.findElements(By.cssSelector("li")).stream()
                    .filter(li -> li.getText().contains("Convenio de coordinación ITEI–COTAI para la PNT")).findFirst()
                    .orElseThrow(() -> new AssertionError(agreements.getText()));
            assertThat(item.getText()).contains("Espera su revisión jurídica").contains("ITEI");
            assertRecentWithNames(b);
            assertThat(AccessibilityBrowserIT.check(b, axe, "/ (lucia.juridico)")).isEmpty();

            item.findElement(By.tagName("a")).click();
            b.waitForUrl(u -> u.contains("/convenios/ver.xhtml?id="), "el convenio");
            assertThat(b.find(By.id("agreement-state")).getDomAttribute("data-state")).isEqualTo("LEGAL_REVIEW");
        }
    }

    @Test
    void staffSeeTheirDraftsTheirBodysCommitmentsAndANewDraftAtOnce() throws Exception {
        String token = Hub.token("mario.personal");
        assertThat(Hub.get("/api/v1/me", token).statusCode()).isEqualTo(200);
        long jal = Hub.bodyId(token, "JAL");
        try (Browser b = new Browser()) {
            b.signIn("/entrar", "mario.personal");
            b.waitForUrl(u -> u.equals(Hub.APP + "/"), "la página de inicio");
            assertThat(sections(b)).containsExactlyInAnyOrder("pending-sessions", "pending-agreements", "pending-commitments",
                    "pending-calls", "pending-drafts");
            WebElement drafts = b.find(By.id("pending-drafts"));
            long before = total(drafts);
            assertThat(before).isPositive();
            // The demo's drafts, or the newest five when other tests added theirs: each links to its agreement.
            List<WebElement> links = drafts.findElements(By.cssSelector("li a"));
            assertThat(links).hasSize((int) Math.min(before, 5));
            assertThat(links).allSatisfy(a -> assertThat(a.getDomAttribute("href")).contains("/convenios/ver.xhtml?id="));
            assertThat(drafts.findElement(By.cssSelector("p.pending-all a")).getDomAttribute("href")).endsWith("/convenios/index.xhtml?estado=DRAFT");
            WebElement commitments = b.find(By.id("pending-commitments"));
            assertThat(commitments.getText()).contains("Venció el");
            assertThat(b.find(By.id("pending-agreements")).getText()).contains("Convenio ITEI–Jalisco Cómo Vamos")
                    .contains("Espera la revisión interna");
            assertRecentWithNames(b);
            assertThat(AccessibilityBrowserIT.check(b, axe, "/ (mario.personal)")).isEmpty();

            // A draft created now is counted and listed first.
            JsonNode created = Hub.json(Hub.send("POST", "/api/v1/agreements", token, "{\"workspaceId\":" + jal
                    + ",\"type\":\"COORDINACION\",\"title\":\"Borrador desde la portada\",\"purpose\":\"Prueba de la portada.\"}"));
            assertThat(created.get("state").asText()).isEqualTo("DRAFT");
            b.open("/");
            WebElement after = b.find(By.id("pending-drafts"));
            assertThat(total(after)).isEqualTo(before + 1);
            assertThat(after.findElements(By.cssSelector("li a")).get(0).getText()).isEqualTo("Borrador desde la portada");

            // The "Ver todos" list opens filtered to drafts.
            after.findElement(By.cssSelector("p.pending-all a")).click();
            b.waitForUrl(u -> u.contains("/convenios/index.xhtml?estado=DRAFT"), "la lista de borradores");
            assertThat(b.find(By.id("rows")).getText()).contains("Borrador desde la portada").doesNotContain("Vigente");

            // English.
            b.open("/");
            b.driver.findElement(By.id("lang-en")).click();
            b.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your pending work"));
            assertThat(b.find(By.id("pending-drafts")).findElement(By.tagName("h2")).getText()).matches("\\d+ drafts of yours");
            assertThat(AccessibilityBrowserIT.check(b, axe, "/ (mario.personal, en)")).isEmpty();
            b.driver.findElement(By.id("lang-es")).click();
            b.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Su trabajo pendiente"));
        }
    }

    @Test
    void signedOutTheHomeIsThePublicOne() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/");
            assertThat(b.find(By.id("network-name")).getText()).isNotBlank();
            assertThat(b.driver.findElements(By.id("pending"))).isEmpty();
        }
    }

    static List<String> sections(Browser b) {
        b.find(By.id("pending"));
        return b.driver.findElements(By.cssSelector("#pending > section")).stream().map(e -> e.getDomAttribute("id")).toList();
    }

    static long total(WebElement section) {
        return Long.parseLong(section.getDomAttribute("data-total"));
    }

    /** Recent changes read as sentences with people's names, never usernames or codes. */
    static void assertRecentWithNames(Browser b) {
        WebElement recent = b.find(By.id("recent"));
        List<WebElement> items = recent.findElements(By.cssSelector("li"));
        assertThat(items).isNotEmpty();
        assertThat(recent.getText()).doesNotContainPattern("[a-z]+\\.(personal|secretaria|juridico|comisionad[oa]|admin)\\b")
                .doesNotContain("agreement.").doesNotContain("session.").doesNotContain("proposal.")
                .doesNotContain("IN_FORCE").doesNotContain("LEGAL_REVIEW");
    }
}
