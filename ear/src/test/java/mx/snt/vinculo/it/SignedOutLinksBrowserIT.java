package mx.snt.vinculo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link from a mail or a bookmark opened while signed out: the person signs in and lands on
 * exactly that page. Every id that is not public asks for sign-in, existing or not, so a
 * signed-out visitor never learns whether a private id exists; the 404 page keeps the header
 * of the person who is signed in, with their name.
 */
class SignedOutLinksBrowserIT {

    @Test
    void aPrivateLinkOpenedSignedOutComesBackToThatPageAfterSignIn() throws Exception {
        String token = Hub.token("mario.personal");
        long jal = Hub.workspaceId(token, "JAL");
        long id = Hub.expect(201, Hub.send("POST", "/api/v1/documents", token,
                "{\"workspaceId\":" + jal + ",\"title\":\"Minuta reservada " + Hub.word() + "\",\"body\":\"Solo para el ITEI.\","
                        + "\"visibility\":\"PRIVATE\"}")).get("id").asLong();
        String link = "/documentos/ver.xhtml?id=" + id;

        try (Browser b = new Browser()) {
            b.signIn(link, "mario.personal");
            assertThat(b.driver.getCurrentUrl()).isEqualTo(Hub.APP + link);
            assertThat(b.find(By.id("document-title")).getText()).startsWith("Minuta reservada");
            assertThat(b.find(By.id("current-user")).getText()).isEqualTo("Mario Gómez Díaz");
            // Changing the language keeps the page's address (and so the page), and back.
            b.find(By.id("lang-en")).click();
            b.waitForUrl(u -> u.equals(Hub.APP + link), "la misma dirección en inglés");
            assertThat(b.find(By.id("document-title")).getText()).startsWith("Minuta reservada");
            b.find(By.id("lang-es")).click();
            b.waitForUrl(u -> u.equals(Hub.APP + link), "la misma dirección en español");
            b.find(By.id("lang-en"));
        }
    }

    @Test
    void aMissingIdAsksForSignInLikeAPrivateOneAndThe404KeepsTheHeader() throws Exception {
        try (Browser b = new Browser()) {
            b.signIn("/documentos/ver.xhtml?id=987654321", "pedro.personal");
            assertThat(b.driver.getCurrentUrl()).isEqualTo(Hub.APP + "/documentos/ver.xhtml?id=987654321");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
            assertThat(b.find(By.id("current-user")).getText()).isEqualTo("Pedro López Treviño");
            assertThat(b.driver.findElements(By.id("login"))).isEmpty();
        }
    }

    @Test
    void signingInFromAPublicPageComesBackToIt() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/acervo/");
            b.find(By.id("login")).click();
            b.find(By.id("username")).sendKeys("elena.comisionada");
            b.driver.findElement(By.id("password")).sendKeys(Hub.PASSWORD);
            b.driver.findElement(By.id("kc-login")).click();
            b.waitForUrl(u -> u.startsWith(Hub.APP + "/acervo/"), "la página del acervo");
            b.find(By.id("current-user"));
        }
    }
}
