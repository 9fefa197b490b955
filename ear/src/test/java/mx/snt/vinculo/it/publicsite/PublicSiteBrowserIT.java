package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen, signed out, on the public site (the shared Browser runs axe-core and watches the
 * CSP on every page): home → a commission → its published session → a recording chapter → the
 * acta PDF → an acuerdo of the register; the register's filter; the agreements in force with
 * their signed document; a session in progress with its transmission embedded; the old address
 * redirecting; the sitemap and robots.txt. The demo seed (CVPDCS, CTIPNT) gives the data.
 */
class PublicSiteBrowserIT {

    @Test
    void homeCommissionSessionChapterActaAndAcuerdo() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/");
            assertThat(b.find(By.id("network-name")).getText()).isNotBlank();
            assertThat(b.driver.findElements(By.cssSelector("#home-commissions a"))).hasSizeGreaterThanOrEqualTo(11);
            assertThat(b.driver.findElements(By.cssSelector("#home-regions a"))).hasSize(4);
            assertThat(b.driver.findElements(By.cssSelector("#home-acuerdos .acuerdo-number"))).isNotEmpty();
            assertThat(b.driver.findElement(By.cssSelector("link[rel=canonical]")).getDomAttribute("href")).isEqualTo(Hub.APP + "/");
            assertThat(b.driver.findElement(By.cssSelector("meta[property='og:image']")).getDomAttribute("content"))
                    .endsWith("/resources/vinculo/vinculo-og.png");
            assertThat(b.driver.findElement(By.id("footer-open-data")).getDomAttribute("href")).endsWith("/datos");

            b.driver.findElement(By.cssSelector("#home-commissions a[data-code='CVPDCS']")).click();
            b.waitForUrl(u -> u.equals(Hub.APP + "/comisiones/cvpdcs"), "la página de la CVPDCS");
            b.checkAccessibility();
            assertThat(b.find(By.id("unit-name")).getText()).startsWith("Comisión de Vinculación");
            assertThat(b.find(By.id("unit-coordinator")).getText()).contains("Carlos Hernández Soto");
            assertThat(b.find(By.id("unit-secretary")).getText()).contains("Sofía Ramírez Luna");
            assertThat(b.find(By.id("unit-social")).findElements(By.tagName("a"))).extracting(e -> e.getDomAttribute("href"))
                    .contains("https://x.com/CVPDCS_SNT");
            assertThat(b.find(By.id("unit-bodies")).getText()).contains("ITEI").contains("COTAI");
            assertThat(b.find(By.id("unit-agreements")).getText()).contains("El Informador");
            assertThat(b.find(By.id("unit-guides")).getText()).contains("Guía para ejercer el derecho de acceso");
            // Share links are plain addresses: no third-party script on the page.
            assertThat(b.find(By.id("share-x")).getDomAttribute("href")).startsWith("https://x.com/intent/post?url=");
            assertThat(b.driver.findElements(By.cssSelector("script[src^='http']"))).isEmpty();

            String year = String.valueOf(Hub.today().getYear());
            b.driver.findElement(By.cssSelector("#unit-sessions a[href$='/sesiones/cvpdcs/" + year + "/so-01']")).click();
            b.waitForUrl(u -> u.endsWith("/sesiones/cvpdcs/" + year + "/so-01"), "la sesión publicada");
            b.checkAccessibility();
            assertThat(b.find(By.id("session-state")).getDomAttribute("data-state")).isEqualTo("PUBLISHED");
            // Attendance that agrees with the votes: no internal quorum line on the public page, every acuerdo 2–0.
            assertThat(b.text()).doesNotContain("Presentes").doesNotContain("no hay quórum");
            assertThat(b.driver.getPageSource()).doesNotContain("reuniones.snt.mx");
            List<WebElement> results = b.driver.findElements(By.cssSelector("#acuerdos .vote-result"));
            assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.getDomAttribute("data-for")).isEqualTo("2"));
            List<WebElement> chapters = b.driver.findElements(By.cssSelector("#chapters a"));
            assertThat(chapters).hasSizeGreaterThanOrEqualTo(3);
            String offset = chapters.get(1).getDomAttribute("data-offset");
            chapters.get(1).click();
            b.waitForUrl(u -> u.contains("?t=" + offset), "el capítulo del punto 2");
            b.checkAccessibility();
            assertThat(b.find(By.id("recording-embed")).getDomAttribute("src")).endsWith("#t=" + offset);
            assertThat(b.find(By.cssSelector("#chapters a[aria-current='true']")).getDomAttribute("data-offset")).isEqualTo(offset);
            assertThat(b.find(By.id("steno")).getText()).contains("Versión estenográfica");
            // The plain-language summary beside the official text, its Náhuatl translation marked as such.
            assertThat(b.find(By.id("session-summary-text")).getText()).contains("derecho a saber");
            // (inside a closed <details>: present, not shown until opened)
            WebElement nah = b.driver.findElement(By.cssSelector("#session-summary-nah p"));
            assertThat(nah.getDomAttribute("lang")).isEqualTo("nah");
            assertThat(b.find(By.cssSelector("#session-summary-nah summary")).getText()).contains("náhuatl");
            assertThat(b.driver.findElements(By.cssSelector("#acuerdos .citizen-summary"))).hasSizeGreaterThanOrEqualTo(3);
            // The stenographic version as a file, through the file store.
            HttpResponse<byte[]> steno = Hub.getBytes(b.find(By.id("steno-file")).getDomAttribute("href"), null);
            assertThat(steno.statusCode()).isEqualTo(200);
            assertThat(new String(steno.body(), 0, 5)).isEqualTo("%PDF-");

            String acta = b.find(By.id("acta-pdf")).getDomAttribute("href");
            HttpResponse<byte[]> pdf = Hub.getBytes(acta, null);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

            b.driver.findElement(By.cssSelector("#acuerdos .acuerdo-number")).click();
            b.waitForUrl(u -> u.contains("/acuerdos/CVPDCS-SO-01-" + year + "-"), "la página del acuerdo");
            b.checkAccessibility();
            assertThat(b.find(By.id("acuerdo-number")).getText()).contains("CVPDCS/SO/01/" + year + "/");
            assertThat(b.find(By.id("acuerdo-session")).getDomAttribute("href")).endsWith("/sesiones/cvpdcs/" + year + "/so-01");
            String number = b.find(By.id("acuerdo-number")).getText().replaceFirst("^.* ", "");
            assertThat(b.find(By.id("acuerdo-summary-text")).getText()).isNotBlank();

            // The acuerdo in the register, then the register's CSV: its row says the same.
            b.driver.findElement(By.cssSelector(".kicker a[href$='/acuerdos']")).click();
            b.waitForUrl(u -> u.endsWith("/acuerdos"), "el registro de acuerdos");
            b.checkAccessibility();
            assertThat(b.driver.findElements(By.cssSelector("#register .acuerdo-number"))).extracting(WebElement::getText).contains(number);
            String csvLink = b.find(By.id("acuerdos-csv")).getDomAttribute("href");
            HttpResponse<byte[]> csv = Hub.getBytes(csvLink, null);
            assertThat(csv.statusCode()).isEqualTo(200);
            String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
                org.apache.commons.csv.CSVRecord row = p.getRecords().stream().filter(r -> r.get("number").equals(number))
                        .findFirst().orElseThrow(() -> new AssertionError("el acuerdo " + number + " no está en el CSV"));
                assertThat(row.get("commission")).isEqualTo("CVPDCS");
                assertThat(row.get("result")).isEqualTo("APPROVED");
                assertThat(row.get("votesFor")).isEqualTo("2");
                assertThat(row.get("plainSummary")).isNotBlank();
                assertThat(row.get("plainSummaryTranslations")).startsWith("{");
            }
        }
    }

    @Test
    void theRegisterOfAcuerdosFiltersAndTheAgreementsInForceShowTheSignedDocument() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/acuerdos");
            new Select(b.find(By.id("comision"))).selectByValue("CTIPNT");
            b.driver.findElement(By.id("filter-button")).click();
            b.waitForUrl(u -> u.contains("comision=CTIPNT"), "el registro filtrado");
            b.checkAccessibility();
            List<WebElement> numbers = b.driver.findElements(By.cssSelector("#register .acuerdo-number"));
            assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(n.getText()).startsWith("CTIPNT/"));
            b.find(By.id("q")).sendKeys("calendario");
            b.driver.findElement(By.id("filter-button")).click();
            b.waitForUrl(u -> u.contains("q=calendario"), "el registro con palabras");
            b.checkAccessibility();
            assertThat(b.driver.findElements(By.cssSelector("#register tbody tr"))).hasSize(1);

            b.open("/convenios-vigentes");
            assertThat(b.find(By.id("register")).getText()).contains("Convenio de difusión con El Informador")
                    .contains("Unión Editorialista").contains("CVPDCS/SO/04/");
            String signed = b.driver.findElement(By.cssSelector("#register .signed-pdf")).getDomAttribute("href");
            HttpResponse<byte[]> pdf = Hub.getBytes(signed, null);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
            b.find(By.id("q")).sendKeys("Tecnologías Abiertas");
            b.driver.findElement(By.id("filter-button")).click();
            b.waitForUrl(u -> u.contains("q=Tecnolog"), "los convenios filtrados");
            b.checkAccessibility();
            assertThat(b.driver.findElements(By.cssSelector("#register > li"))).hasSize(1);

            b.open("/sesiones/publicas");
            assertThat(b.find(By.id("calendar")).getText()).contains("Lun");
            assertThat(b.find(By.id("held")).getText()).contains("Primera sesión ordinaria");
        }
    }

    @Test
    void aSessionInProgressEmbedsItsTransmissionAndTheOldAddressRedirects() throws Exception {
        PublicSessions sessions = new PublicSessions();
        String secret = Hub.word();
        JsonNode s = sessions.act(sessions.convened("Sesión transmitida " + secret, secret), "announce");
        s = sessions.started(s);
        String path = PublicSessions.path(s);
        try (Browser b = new Browser()) {
            b.open("/sesiones/ver.xhtml?id=" + s.get("id").asLong());
            b.waitForUrl(u -> u.equals(Hub.APP + path), "la dirección limpia de la sesión");
            b.checkAccessibility();
            WebElement frame = b.find(By.id("livestream-embed"));
            assertThat(frame.getDomAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/" + PublicSessions.STREAM_ID);
            assertThat(frame.getDomAttribute("title")).contains("Sesión transmitida " + secret);
            assertThat(b.find(By.id("live-page")).getDomAttribute("href")).endsWith("/en-vivo/" + s.get("id").asLong());
            assertThat(b.driver.getPageSource()).doesNotContain("reuniones.example.mx");
            // At 360 px nothing needs a horizontal scroll.
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) b.driver)
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(360);

            b.open("/");
            assertThat(b.find(By.id("home-live")).getText()).contains("Sesión transmitida " + secret);
        }
        String sitemap = Hub.get("/sitemap.xml", null).body();
        assertThat(sitemap).startsWith("<?xml").contains("<loc>" + Hub.APP + "/comisiones/cvpdcs</loc>").contains(Hub.APP + path);
        HttpResponse<String> robots = Hub.get("/robots.txt", null);
        assertThat(robots.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(robots.body()).contains("Disallow: /api/").contains("Sitemap: " + Hub.APP + "/sitemap.xml");
    }
}
