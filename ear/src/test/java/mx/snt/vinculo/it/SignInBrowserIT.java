package mx.snt.vinculo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people of different bodies sign in through the real Keycloak login page in a real
 * browser: each sees their own workspaces; the second cannot see the first's private item,
 * neither in the page nor through the API with their own bearer token.
 */
class SignInBrowserIT {

    @Test
    void twoBodiesEachSeeTheirOwnWorkspacesAndNotTheOthersPrivateItems() throws Exception {
        String privateUrl;
        try (Browser jal = new Browser()) {
            jal.signIn("/espacios/", "mario.personal");
            assertThat(jal.driver.getCurrentUrl()).endsWith("/espacios/");
            assertThat(jal.find(By.tagName("h1")).getText()).isEqualTo("Mis espacios");
            assertThat(workspaceCodes(jal)).containsExactly("JAL", "CPDP", "RCO", "SNT");
            assertThat(jal.text()).contains("ITEI").contains("Comisión de Protección de Datos Personales");

            // Write a private document in the body's workspace, through the pages.
            jal.driver.findElement(By.cssSelector("li[data-code='JAL'] a")).click();
            jal.find(By.id("ws:new-document")).click();
            jal.find(By.id("doc:title")).sendKeys("Dictamen interno ITEI");
            jal.driver.findElement(By.id("doc:body")).sendKeys("Contenido reservado al ITEI.");
            new Select(jal.driver.findElement(By.id("doc:visibility"))).selectByValue("PRIVATE");
            jal.driver.findElement(By.id("doc:save")).click();
            assertThat(jal.find(By.id("document-title")).getText()).isEqualTo("Dictamen interno ITEI");
            assertThat(jal.text()).contains("Documento guardado.");
            privateUrl = jal.driver.getCurrentUrl().substring(Hub.APP.length());
            assertThat(privateUrl).startsWith("/documentos/ver");

            // Logout ends the Keycloak session too: the next protected page asks for the password again.
            jal.driver.findElement(By.id("logout")).click();
            jal.waitForUrl(u -> u.equals(Hub.APP + "/") || u.equals(Hub.APP + "/index.xhtml"), "la página de inicio");
            jal.open("/espacios/");
            jal.find(By.id("username"));
        }

        try (Browser nl = new Browser()) {
            nl.signIn("/espacios/", "pedro.personal");
            assertThat(workspaceCodes(nl)).containsExactly("NL", "CTIPNT", "RNORTE", "SNT");
            assertThat(nl.text()).contains("COTAI").doesNotContain("ITEI");

            nl.open(privateUrl);
            assertThat(nl.find(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
            assertThat(nl.text()).doesNotContain("Dictamen interno ITEI").doesNotContain("Contenido reservado")
                    .doesNotContain("Exception");

            String id = privateUrl.replaceAll(".*id=", "");
            var api = Hub.get("/api/v1/documents/" + id, Hub.token("pedro.personal"));
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat(api.body()).doesNotContain("Dictamen interno ITEI");
            assertThat(Hub.get("/api/v1/documents/" + id, Hub.token("mario.personal")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unknownPagesExpiredSessionsAndEnglish() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/no-existe.xhtml");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
            assertThat(b.text()).doesNotContain("Exception").doesNotContain("Stack");

            b.signIn("/espacios/", "sofia.secretaria");
            assertThat(workspaceCodes(b)).containsExactly("JAL", "CVPDCS", "RCO", "SNT");

            // English on request, remembered for the person.
            b.driver.findElement(By.id("lang-en")).click();
            b.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My workspaces"));
            b.driver.findElement(By.id("lang-es")).click();
            b.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mis espacios"));

            // The session expires (cookie gone): a form post gets a clear answer, never an error. The form is the
            // secretary's panel of a published CVPDCS session (its page is not a protected address).
            long published = 0;
            for (var s : Hub.json(Hub.get("/api/v1/public/sesiones?commission=CVPDCS", null)).get("items")) {
                if ("PUBLISHED".equals(s.get("state").asText())) {
                    published = s.get("id").asLong();
                    break;
                }
            }
            assertThat(published).as("una sesión publicada de la CVPDCS").isPositive();
            b.open("/sesiones/ver.xhtml?id=" + published);
            b.find(By.id("pubsite:save-chapters"));
            Cookie session = b.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            b.driver.manage().deleteCookieNamed("JSESSIONID");
            b.driver.findElement(By.id("pubsite:save-chapters")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            String h1 = b.driver.findElement(By.tagName("h1")).getText();
            assertThat(h1).isEqualTo("Su sesión expiró");
            assertThat(b.text()).doesNotContain("Exception").doesNotContain("ViewExpired");
        }
    }

    static List<String> workspaceCodes(Browser b) {
        b.find(By.id("my-workspaces"));
        return b.driver.findElements(By.cssSelector("#my-workspaces li.workspace")).stream()
                .map((WebElement e) -> e.getDomAttribute("data-code")).toList();
    }
}
