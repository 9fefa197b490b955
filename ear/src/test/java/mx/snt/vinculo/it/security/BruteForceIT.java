package mx.snt.vinculo.it.security;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing through the real Keycloak (finding 9): after five wrong passwords the account
 * is locked for a while, and then even the right password is refused. A throwaway account made
 * through the admin API for this test, so the demo accounts other tests use are never locked.
 */
class BruteForceIT {

    private static final String ADMIN = Hub.KEYCLOAK + "/admin/realms/vinculo";

    private String admin;
    private String username;
    private String password;
    private String userId;

    private static HttpResponse<String> call(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return Hub.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=vinculo-cli&username=" + Hub.enc(username) + "&password=" + Hub.enc(password);
        return Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.KEYCLOAK + "/realms/vinculo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @BeforeEach
    void throwawayAccount() throws Exception {
        HttpResponse<String> t = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
        admin = Hub.JSON.readTree(t.body()).get("access_token").asText();
        username = "fuerza.bruta." + Hub.word().toLowerCase();
        password = "Prueba-" + UUID.randomUUID();
        HttpResponse<String> created = call("POST", ADMIN + "/users", admin, "{\"username\":\"" + username + "\",\"enabled\":true,"
                + "\"email\":\"" + username + "@example.org\",\"emailVerified\":true,\"firstName\":\"Fuerza\",\"lastName\":\"Bruta\","
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        userId = location.substring(location.lastIndexOf('/') + 1);
    }

    @AfterEach
    void removeAccount() throws Exception {
        if (userId != null) {
            call("DELETE", ADMIN + "/users/" + userId, admin, null);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        assertThat(passwordGrant(username, password).statusCode()).as("the right password, before").isEqualTo(200);
        for (int i = 0; i < 6; i++) {
            assertThat(passwordGrant(username, "incorrecta-" + i).statusCode()).isIn(400, 401);
        }
        HttpResponse<String> locked = passwordGrant(username, password);
        assertThat(locked.statusCode()).as(locked.body()).isIn(400, 401);
        assertThat(locked.body()).doesNotContain("access_token");
        JsonNode status = Hub.JSON.readTree(call("GET", ADMIN + "/attack-detection/brute-force/users/" + userId, admin, null).body());
        assertThat(status.get("disabled").asBoolean()).as(status.toString()).isTrue();
        // Keycloak stops counting once the account is locked (quick failures lock it early).
        assertThat(status.get("numFailures").asInt()).isPositive();
    }

    @Test
    void thePasswordPolicyRefusesShortPasswordsAndTheUsername() throws Exception {
        for (String weak : new String[] {"Corta-1", username}) {
            HttpResponse<String> r = call("PUT", ADMIN + "/users/" + userId + "/reset-password", admin,
                    "{\"type\":\"password\",\"value\":\"" + weak + "\",\"temporary\":false}");
            assertThat(r.statusCode()).as(weak + ": " + r.body()).isEqualTo(400);
        }
    }
}
