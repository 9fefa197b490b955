package mx.snt.vinculo.it.publicsite;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed out in a real browser (the shared Browser runs axe-core and watches the CSP on every page): the
 * public pages work with no HTTP session at all, the language switch is a link that keeps the address and
 * the choice (a cookie), and "Entrar" still signs in (a session from then on).
 */
class StatelessBrowserIT {

    @Test
    void aVisitorReadsThePublicSiteInBothLanguagesWithoutASession() throws Exception {
        try (Browser b = new Browser()) {
            for (String path : List.of("/", "/acuerdos", "/comisiones/cvpdcs", "/sesiones/publicas", "/convenios-vigentes",
                    "/acervo/", "/datos/", "/buscar/index.xhtml?q=transparencia")) {
                b.open(path);
                assertThat(b.driver.manage().getCookieNamed("JSESSIONID")).as(path).isNull();
                assertThat(b.text()).as(path).doesNotContain("Exception");
            }
            // The register's filter is a GET form: its answer is an address to share.
            b.open("/acuerdos");
            b.find(By.id("q")).sendKeys("difusión");
            b.clickAndReload(By.id("filter-button"));
            assertThat(b.driver.getCurrentUrl()).contains("/acuerdos?").contains("q=difusi");

            b.open("/comisiones/cvpdcs");
            b.clickAndReload(By.id("lang-en"));
            assertThat(b.driver.getCurrentUrl()).isEqualTo(Hub.APP + "/comisiones/cvpdcs");
            assertThat(b.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(b.driver.manage().getCookieNamed("vinculo-lang").getValue()).isEqualTo("en");
            // The choice stays: the next page is English too, still without a session.
            b.open("/acuerdos");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Register of resolutions");
            b.open("/no-existe");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
            assertThat(b.driver.manage().getCookieNamed("JSESSIONID")).isNull();
            b.open("/acuerdos");
            b.clickAndReload(By.id("lang-es"));
            assertThat(b.driver.getCurrentUrl()).isEqualTo(Hub.APP + "/acuerdos");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Registro de acuerdos");
            assertThat(b.driver.manage().getCookieNamed("JSESSIONID")).isNull();

            // Signing in starts a session, as it must.
            b.signIn("/espacios/", "mario.personal");
            assertThat(b.driver.manage().getCookieNamed("JSESSIONID")).isNotNull();
        }
    }
}
