package mx.snt.vinculo.it.integration;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration pages in a real browser: the admin's console and format descriptors (the
 * fixture template uploaded, read and mapped), and a member's digest preferences.
 */
class IntegrationPagesBrowserIT {

    @Test
    void anAdminRunsTheConsoleAndMapsAnUploadedTemplate() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/admin/integracion.xhtml", "ana.admin");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Consola de integración");
            assertThat(b.text()).contains("Archivos de carga (.xls)").contains("Servicio web del SIPOT").doesNotContain("Exception");
            b.find(By.id("console:export")).click();
            assertThat(b.find(By.id("messages")).getText()).startsWith("Se generaron");
            assertThat(b.find(By.id("console:export-progress")).getText()).contains("Última ejecución").contains(" archivos").doesNotContain("files=");

            b.open("/admin/formatos.xhtml");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Formatos SIPOT");
            assertThat(b.text()).contains("Formato incluido en Vínculo").contains("Descargar plantilla 900103");
            Path fixture = Path.of("../integration/src/test/resources/sipot/Formato_Pruebas.xls").toAbsolutePath().normalize();
            assertThat(fixture).exists();
            b.driver.findElement(By.id("upload:file")).sendKeys(fixture.toString());
            b.driver.findElement(By.id("upload:read")).click();
            assertThat(b.find(By.id("messages")).getText()).contains("Formato 35573: 18 campos.");
            assertThat(b.driver.findElements(By.cssSelector("#source-options option[value='attr:number']")))
                    .as("suggestions for the default kind, acuerdos").hasSize(1);
            new Select(b.driver.findElement(By.id("map:kind"))).selectByValue("ACTA");
            // The suggestions follow the kind (ajax): an acta's own data, with their Spanish labels.
            WebElement sessionType = new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(15))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#source-options option[value='attr:sessionType']")));
            assertThat(sessionType.getAttribute("textContent")).isEqualTo("Tipo de sesión (Ordinaria, Extraordinaria)");
            assertThat(b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227023']]//input")).getAttribute("list"))
                    .isEqualTo("source-options");
            b.typeInto("map:from", "01/01/2027");
            b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227023']]//input")).sendKeys("attr:number");
            b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227036']]//input")).sendKeys("const:Probando 2");
            // A sub-table: the TABLE field takes a list of the output, its fields take each element's values.
            b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227037']]//input")).sendKeys("list:partyList");
            b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227037/27145']]//input")).sendKeys("item:name");
            b.driver.findElement(By.id("map:save")).click();
            assertThat(b.find(By.id("messages")).getText()).contains("Se guardó el descriptor.");
        }
        assertThat(Hub.count("SELECT COUNT(*) FROM sipot_descriptor WHERE output_kind = 'ACTA' AND effective_from = '2027-01-01'"
                + " AND format_id = '35573' AND template_file_id IS NOT NULL AND sources LIKE '%attr:number%'"
                + " AND sources LIKE '%\"227037/27145\":\"item:name\"%'")).isEqualTo(1);
    }

    @Test
    void aMemberChoosesAWeeklyDigest() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/preferencias/index.xhtml", "elena.comisionada");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Resúmenes y avisos");
            assertThat(b.text()).contains("Convocatorias a sesiones");
            b.driver.findElement(By.cssSelector("input[type='radio'][value='WEEKLY']")).click();
            b.driver.findElement(By.id("prefs:save")).click();
            assertThat(b.find(By.id("messages")).getText()).contains("Se guardaron sus preferencias.");
        }
        assertThat(Hub.count("SELECT COUNT(*) FROM digest_preference p JOIN member m ON m.id = p.member_id"
                + " WHERE m.username = 'elena.comisionada' AND p.frequency = 'WEEKLY'")).isEqualTo(1);
    }
}
