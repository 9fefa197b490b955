package mx.snt.vinculo.it.integration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration pages in a real browser: the admin's console and format descriptors (the
 * fixture template uploaded, read and mapped), and a member's digest preferences.
 */
class IntegrationPagesBrowserIT {

    static final String APP = IntegrationIT.APP;

    @Test
    void anAdminRunsTheConsoleAndMapsAnUploadedTemplate() throws Exception {
        try (Chromium b = new Chromium()) {
            b.signIn("/admin/integracion.xhtml", "ana.admin");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Consola de integración");
            assertThat(b.text()).contains("Archivos de carga (.xls)").contains("Servicio web del SIPOT").doesNotContain("Exception");
            b.find(By.id("console:export")).click();
            assertThat(b.find(By.id("messages")).getText()).startsWith("Se generaron");

            b.open("/admin/formatos.xhtml");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Formatos SIPOT");
            assertThat(b.text()).contains("Plantilla de prueba incluida");
            Path fixture = Path.of("../integration/src/test/resources/sipot/Formato_Pruebas.xls").toAbsolutePath().normalize();
            assertThat(fixture).exists();
            b.driver.findElement(By.id("upload:file")).sendKeys(fixture.toString());
            b.driver.findElement(By.id("upload:read")).click();
            assertThat(b.find(By.id("messages")).getText()).contains("Formato 35573: 18 campos.");
            new Select(b.driver.findElement(By.id("map:kind"))).selectByValue("ACTA");
            WebElement from = b.driver.findElement(By.id("map:from"));
            from.clear();
            from.sendKeys("2027-01-01");
            b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227023']]//input")).sendKeys("attr:number");
            b.driver.findElement(By.xpath("//tr[td[1][normalize-space()='227036']]//input")).sendKeys("const:Probando 2");
            b.driver.findElement(By.id("map:save")).click();
            assertThat(b.find(By.id("messages")).getText()).contains("Se guardó el descriptor.");
        }
        assertThat(IntegrationIT.count("SELECT COUNT(*) FROM sipot_descriptor WHERE output_kind = 'ACTA' AND effective_from = '2027-01-01'"
                + " AND format_id = '35573' AND template_file_id IS NOT NULL AND sources LIKE '%attr:number%'")).isEqualTo(1);
    }

    @Test
    void aMemberChoosesAWeeklyDigest() throws Exception {
        try (Chromium b = new Chromium()) {
            b.signIn("/preferencias/index.xhtml", "elena.comisionada");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Resúmenes y avisos");
            assertThat(b.text()).contains("Convocatorias a sesiones");
            b.driver.findElement(By.cssSelector("input[type='radio'][value='WEEKLY']")).click();
            b.driver.findElement(By.id("prefs:save")).click();
            assertThat(b.find(By.id("messages")).getText()).contains("Se guardaron sus preferencias.");
        }
        assertThat(IntegrationIT.count("SELECT COUNT(*) FROM digest_preference p JOIN member m ON m.id = p.member_id"
                + " WHERE m.username = 'elena.comisionada' AND p.frequency = 'WEEKLY'")).isEqualTo(1);
    }

    /** Headless Debian Chromium signing in through the real Keycloak page. */
    static final class Chromium implements AutoCloseable {
        final WebDriver driver;
        final WebDriverWait wait;
        private final Path profile;

        Chromium() throws Exception {
            profile = Files.createTempDirectory("vinculo-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=es-MX", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build(), options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }

        void open(String path) {
            driver.get(APP + path);
        }

        void signIn(String path, String username) {
            open(path);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys("Vinculo2026!");
            driver.findElement(By.id("kc-login")).click();
            wait.until(d -> d.getCurrentUrl().startsWith(APP));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        }

        WebElement find(By by) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        }

        String text() {
            return driver.findElement(By.tagName("body")).getText();
        }

        @Override
        public void close() throws Exception {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
