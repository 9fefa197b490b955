package mx.snt.vinculo.it.security;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing out only by POST (finding 8): opening /salir (a link or an image on any page could)
 * asks first; the button signs out.
 */
class SignOutBrowserIT {

    @Test
    void openingSalirAsksAndOnlyTheButtonSignsOut() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/espacios/", "mario.personal");
            b.open("/salir");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Salir de Vínculo");
            assertThat(b.text()).contains("¿Desea cerrar su sesión");
            assertThat(b.find(By.id("current-user")).getText()).isNotBlank();
            // Still signed in: a protected page opens without Keycloak's form.
            b.open("/espacios/");
            assertThat(b.find(By.id("current-user")).getText()).isNotBlank();
            assertThat(b.driver.getCurrentUrl()).startsWith(Hub.APP + "/espacios/");

            b.open("/salir");
            b.find(By.id("confirm-logout")).click();
            b.find(By.id("login"));
            assertThat(b.driver.findElements(By.id("current-user"))).isEmpty();
            // The Keycloak session ended too: a protected page asks for the password again.
            b.open("/espacios/");
            b.find(By.id("username"));
        }
    }

    @Test
    void theConfirmationSpeaksEnglishToo() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/espacios/", "mario.personal");
            b.clickAndReload(By.id("lang-en"));
            b.open("/salir");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Sign out of Vínculo");
            assertThat(b.find(By.id("confirm-logout")).getText()).isEqualTo("Yes, sign out");
        }
    }

    @Test
    void anonymousGetGoesHome() throws Exception {
        HttpResponse<String> r = Hub.get("/salir", null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).isEqualTo(Hub.APP + "/");
    }
}
