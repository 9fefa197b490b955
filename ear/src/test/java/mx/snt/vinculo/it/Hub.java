package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/** The running hub the tests talk to: Vínculo on Payara, Keycloak, and the database behind them. */
final class Hub {

    static final String APP = System.getProperty("vinculo.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    static final String DB_URL = System.getProperty("vinculo.db.url", "");
    static final String PASSWORD = "Vinculo2026!";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Hub() {
    }

    /** An access token for the REST API, from the realm (password grant of the CLI client). */
    static String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=vinculo-cli&username=" + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/vinculo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no emitió token para " + username + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** The hub's own database (MySQL through Connector/J in the test run). */
    static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL, System.getProperty("vinculo.db.user", "root"),
                System.getProperty("vinculo.db.password", ""));
    }

    static long count(String sql, Object... args) throws SQLException {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
