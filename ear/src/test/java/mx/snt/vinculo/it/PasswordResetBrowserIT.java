package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page is Vínculo's (its name, "usted", "Recordarme") and a forgotten password is
 * replaced through a mail that reaches the mail catcher: the whole path in the real browser,
 * for an account made for this test (the demo accounts keep their password: the realm's policy
 * refuses the last three).
 */
class PasswordResetBrowserIT {

    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final String EMAIL = "olvido." + Hub.word().toLowerCase() + "@jal.vinculo.test";
    static final String USERNAME = EMAIL.substring(0, EMAIL.indexOf('@'));
    static final String NEW_PASSWORD = "Otra-Clave-Larga-2026";
    static String userId;

    @BeforeAll
    static void createAccount() throws Exception {
        String body = """
                {"username": "%s", "email": "%s", "firstName": "Inés", "lastName": "Olvido Prueba", "enabled": true,
                 "emailVerified": true, "groups": ["/organos/JAL"],
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(USERNAME, EMAIL, Hub.PASSWORD);
        HttpResponse<String> created = Hub.HTTP.send(admin("/users").POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        userId = location.substring(location.lastIndexOf('/') + 1);
    }

    @AfterAll
    static void removeAccount() throws Exception {
        if (userId != null) {
            Hub.HTTP.send(admin("/users/" + userId).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void theSignInPageIsVinculosAndAForgottenPasswordIsReplacedThroughTheMail() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/entrar");
            b.find(By.id("username"));
            String signIn = b.text();
            assertThat(signIn).contains("Entre a su cuenta de Vínculo").contains("Recordarme en este equipo")
                    .contains("¿Olvidó su contraseña?");
            assertThat(b.driver.findElement(By.id("rememberMe")).getAttribute("type")).isEqualTo("checkbox");

            b.driver.findElement(By.linkText("¿Olvidó su contraseña?")).click();
            b.find(By.id("username")).sendKeys(USERNAME);
            b.driver.findElement(By.cssSelector("#kc-reset-password-form [type=submit]")).click();
            b.waitForText("correo");

            String mail = awaitMail(EMAIL);
            assertThat(mail).contains("Si fue usted, abra este enlace");
            Matcher link = Pattern.compile("(https?://[^\\s\"<>]*login-actions/action-token[^\\s\"<>]*)").matcher(mail);
            assertThat(link.find()).as("enlace del correo:\n" + mail).isTrue();

            b.driver.get(link.group(1).replace("&amp;", "&"));
            b.find(By.id("password-new")).sendKeys(NEW_PASSWORD);
            b.driver.findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
            b.driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            b.waitForUrl(u -> u.startsWith(Hub.APP), "volver a Vínculo con la contraseña nueva");
            assertThat(b.find(By.id("current-user")).getText()).isEqualTo("Inés Olvido Prueba");
        }
        // The new password is the one that works now.
        HttpResponse<String> token = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.KEYCLOAK
                        + "/realms/vinculo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=vinculo-cli&username="
                        + USERNAME + "&password=" + URLEncoder.encode(NEW_PASSWORD, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.body()).doesNotContain("invalid_grant");
    }

    /**
     * The text of the first mail to the address (this account's only one), its base64 parts decoded
     * and its quoted-printable soft breaks joined, once the catcher holds it.
     */
    private static String awaitMail(String to) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)) {
            JsonNode messages = Hub.JSON.readTree(Hub.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/"
                    + Hub.enc(to) + "/messages/INBOX")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode m : messages) {
                String mime = m.path("mimeMessage").asText();
                StringBuilder text = new StringBuilder(mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
                Matcher part = Pattern.compile("Content-Transfer-Encoding: base64\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([A-Za-z0-9+/=\\r\\n]+)")
                        .matcher(mime);
                while (part.find()) {
                    text.append('\n').append(new String(java.util.Base64.getMimeDecoder().decode(part.group(1)), StandardCharsets.UTF_8));
                }
                return text.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No llegó el correo de cambio de contraseña a " + to);
    }

    private static HttpRequest.Builder admin(String path) throws Exception {
        HttpResponse<String> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = Hub.JSON.readTree(r.body()).path("access_token").asText();
        return HttpRequest.newBuilder(URI.create(Hub.KEYCLOAK + "/admin/realms/vinculo" + path))
                .header("Authorization", "Bearer " + token);
    }
}
