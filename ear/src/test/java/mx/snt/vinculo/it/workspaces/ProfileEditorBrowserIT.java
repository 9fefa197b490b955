package mx.snt.vinculo.it.workspaces;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public profile editor ({@code /espacios/perfil.xhtml?id=}) in the browser: the technical secretary of CVPDCS
 * (the one who may edit it, {@code WorkspaceProfiles.canEdit}) changes the description and adds an Instagram
 * account; a bad address is refused next to its field in Spanish and changes nothing; saved, the public page shows
 * it signed out; a commissioner of the same commission gets the 404. The Browser runs axe-core on every page
 * (0 violations, the refusal included); screenshots at 1280 and 360 px go to target/screenshots.
 */
class ProfileEditorBrowserIT {

    @Test
    void theSecretaryEditsTheProfileABadAddressChangesNothingAndOthersGet404() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        long ws = Hub.workspaceId(sofia, "CVPDCS");
        String editor = "/espacios/perfil.xhtml?id=" + ws;
        String original = Hub.string("SELECT description FROM workspace WHERE id = ?", ws);
        long accounts = Hub.count("SELECT COUNT(*) FROM workspace_social WHERE workspace_id = ?", ws);
        long version = Hub.count("SELECT version FROM workspace WHERE id = ?", ws);
        String audited = "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Workspace' AND entity_id = ? AND action = 'workspace.profile'";
        long audits = Hub.count(audited, ws);
        String description = "La comisión acerca a los órganos garantes entre sí y con la sociedad. " + Hub.word();
        try (Browser b = new Browser()) {
            // From the commission's workspace page, through its link.
            b.signIn("/espacios/ver.xhtml?id=" + ws, "sofia.secretaria");
            b.clickAndReload(By.id("edit-profile"));
            b.waitForUrl(u -> u.endsWith(editor), "el editor del perfil");
            assertThat(b.find(By.id("profile-title")).getText()).isEqualTo("Perfil público: CVPDCS");
            assertThat(b.find(By.id("profile:description")).getDomProperty("value")).isEqualTo(original == null ? "" : original);
            shots(b, "profile-editor");

            // A bad address, typed with a new description: refused next to its field, in Spanish; nothing saved.
            WebElement text = b.find(By.id("profile:description"));
            text.clear();
            text.sendKeys(description);
            new Select(b.find(By.cssSelector("select[data-social-network='" + accounts + "']"))).selectByValue("INSTAGRAM");
            b.find(By.cssSelector("input[data-social-account='" + accounts + "']")).sendKeys("https://example.com/cvpdcs");
            b.clickAndReload(By.id("profile:save-profile"));
            WebElement bad = b.find(By.cssSelector("input[data-social-account='" + accounts + "']"));
            WebElement error = b.find(By.id("social-error-" + accounts));
            assertThat(error.getText()).isEqualTo("La dirección «https://example.com/cvpdcs» no es una dirección https de Instagram.");
            assertThat(bad.getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(bad.getDomAttribute("aria-describedby")).isEqualTo("social-help social-error-" + accounts);
            assertThat(bad.getDomProperty("value")).isEqualTo("https://example.com/cvpdcs");
            assertThat(b.find(By.id("messages")).getText()).contains("No se guardó el perfil: corrija la cuenta marcada.");
            // The label stays a label: no error text inside it, and the other rows have none.
            assertThat(b.driver.findElement(By.cssSelector("label[for='" + bad.getDomAttribute("id") + "']")).getText())
                    .isEqualTo("Cuenta " + (accounts + 1));
            assertThat(b.driver.findElements(By.cssSelector(".field-error"))).filteredOn(e -> !e.getText().isEmpty()).hasSize(1);
            assertThat(Hub.string("SELECT description FROM workspace WHERE id = ?", ws)).isEqualTo(original);
            assertThat(Hub.count("SELECT COUNT(*) FROM workspace_social WHERE workspace_id = ?", ws)).isEqualTo(accounts);
            assertThat(Hub.count("SELECT version FROM workspace WHERE id = ?", ws)).isEqualTo(version);
            assertThat(Hub.count(audited, ws)).isEqualTo(audits);
            b.recheckAccessibility();
            shots(b, "profile-editor-refused");

            // Corrected (a handle): saved, with the confirmation, and the form shows what was stored.
            bad.clear();
            bad.sendKeys("@cvpdcs.snt");
            b.clickAndReload(By.id("profile:save-profile"));
            b.waitForText("Se guardó el perfil público.");
            assertThat(b.driver.findElements(By.cssSelector(".field-error"))).allMatch(e -> e.getText().isEmpty());
            assertThat(b.find(By.cssSelector("input[data-social-account='" + accounts + "']")).getDomProperty("value"))
                    .isEqualTo("https://www.instagram.com/cvpdcs.snt");
            assertThat(Hub.string("SELECT description FROM workspace WHERE id = ?", ws)).isEqualTo(description);
            assertThat(Hub.count("SELECT COUNT(*) FROM workspace_social WHERE workspace_id = ?", ws)).isEqualTo(accounts + 1);
            assertThat(Hub.count(audited, ws)).isEqualTo(audits + 1);
        }
        try (Browser visitor = new Browser()) {
            visitor.open("/comisiones/cvpdcs");
            assertThat(visitor.find(By.id("unit-description")).getText()).isEqualTo(description);
            assertThat(visitor.find(By.id("unit-social")).findElements(By.tagName("a"))).extracting(e -> e.getDomAttribute("href"))
                    .contains("https://www.instagram.com/cvpdcs.snt", "https://x.com/CVPDCS_SNT");
        }
        // A commissioner of the same commission may not edit it: the editor is a 404, like a missing id.
        String elena = Hub.signIn("elena.comisionada");
        assertThat(Hub.get(editor, elena).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/espacios/ver.xhtml?id=" + ws, elena).body()).doesNotContain("id=\"edit-profile\"");
        try (Browser other = new Browser()) {
            other.signIn(editor, "elena.comisionada");
            assertThat(other.text()).contains("Página no encontrada");
            assertThat(other.driver.findElements(By.id("profile"))).isEmpty();
        }
        // Put the demo profile back as it was, through the editor (the other tests read the commission's page).
        try (Browser b = new Browser()) {
            b.signIn(editor, "sofia.secretaria");
            WebElement text = b.find(By.id("profile:description"));
            text.clear();
            if (original != null) {
                text.sendKeys(original);
            }
            new Select(b.find(By.cssSelector("select[data-social-network='" + accounts + "']"))).selectByValue("");
            b.find(By.cssSelector("input[data-social-account='" + accounts + "']")).clear();
            b.clickAndReload(By.id("profile:save-profile"));
            b.waitForText("Se guardó el perfil público.");
        }
        assertThat(Hub.count("SELECT COUNT(*) FROM workspace_social WHERE workspace_id = ?", ws)).isEqualTo(accounts);
        assertThat(Hub.string("SELECT description FROM workspace WHERE id = ?", ws)).isEqualTo(original == null ? null : original.strip());
    }

    /** The whole page at 1280 and at 360 px wide (no horizontal scroll there), then back to 1280. */
    private static void shots(Browser b, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        for (int width : new int[]{1280, 360}) {
            b.driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
            b.driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 200, 16000)));
            Files.write(dir.resolve(name + "-" + width + ".png"), ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
            if (width == 360) {
                long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scroll).as("ancho de %s a 360 px", name).isLessThanOrEqualTo(360);
            }
        }
        b.driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
