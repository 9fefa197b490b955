package mx.snt.vinculo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory is data: an admin renames the network and changes a body's kind in the
 * page (as the 2025 reform does), the change shows everywhere and lands in the audit trail;
 * anyone else is refused the admin pages.
 */
class DirectoryAdminBrowserIT {

    @Test
    void anAdminEditsTheDirectoryAndTheAuditTrailRecordsIt() throws Exception {
        String newName = "Sistema Nacional de Acceso a la Información Pública (prueba)";
        try (Browser b = new Browser()) {
            b.signIn("/admin/directorio.xhtml", "ana.admin");
            String original = b.find(By.id("network-current")).getText();

            b.driver.findElement(By.id("adm:edit-network")).click();
            WebElement name = b.find(By.id("adm:name"));
            name.clear();
            name.sendKeys(newName);
            b.driver.findElement(By.id("adm:save")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-current"), newName));

            // A body becomes an "autoridad garante": search it, edit it.
            b.driver.findElement(By.id("adm:q")).sendKeys("Sonorense");
            b.driver.findElement(By.id("adm:search")).click();
            b.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#adm\\:units_data tr"), 1));
            b.driver.findElement(By.cssSelector("#adm\\:units_data tr button")).click();
            new Select(b.find(By.id("adm:kind"))).selectByValue("AUTORIDAD_GARANTE");
            b.driver.findElement(By.id("adm:save")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("adm:units_data"), "Autoridad garante"));

            // The public home (signed in, "/" is the person's pending work) carries the new name.
            try (Browser visitor = new Browser()) {
                visitor.open("/");
                assertThat(visitor.find(By.id("network-name")).getText()).isEqualTo(newName);
            }

            b.open("/admin/bitacora.xhtml");
            String audit = b.find(By.id("audit:entries")).getText();
            // In words and names: the action, who did it (not "ana.admin"), the new name and its kind.
            assertThat(audit).contains("Cambió el directorio").contains("Ana Martínez Ruiz").contains(newName)
                    .contains("Autoridad garante").doesNotContain("directory.update").doesNotContain("AUTORIDAD_GARANTE");

            // Put the name back, so the demo stays as seeded.
            b.open("/admin/directorio.xhtml");
            b.find(By.id("adm:edit-network")).click();
            WebElement again = b.find(By.id("adm:name"));
            again.clear();
            again.sendKeys(original.substring(0, original.lastIndexOf(" (")));
            b.driver.findElement(By.id("adm:save")).click();
            b.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("network-current"), newName)));
        }
        var units = Hub.json(Hub.get("/api/v1/directory/units?q=Sonorense", Hub.token("pedro.personal")));
        assertThat(units.get("items").get(0).get("bodyKind").asText()).isEqualTo("AUTORIDAD_GARANTE");
    }

    @Test
    void otherPeopleAreRefusedTheAdminPages() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/admin/directorio.xhtml", "pedro.personal");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Sin permiso");
            assertThat(b.text()).doesNotContain("Editar directorio\nNombre de la red");
        }
    }
}
