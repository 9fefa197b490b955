package mx.snt.vinculo.it.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The running hub for the agreements tests. The shared Hub and Browser helpers are
 * package-private in mx.snt.vinculo.it, so this package carries the few calls it needs (same
 * system properties, same behaviour) rather than changing shared test code.
 */
final class AgreementHub {

    static final String APP = System.getProperty("vinculo.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    static final String DB_URL = System.getProperty("vinculo.db.url", "");
    static final String PASSWORD = "Vinculo2026!";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private AgreementHub() {
    }

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

    static HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
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

    static HttpResponse<String> upload(String path, String token, byte[] content) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

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

    static String string(String sql, Object... args) throws SQLException {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The id of a body's workspace, from the directory API. */
    static long bodyId(String token, String code) throws IOException, InterruptedException {
        JsonNode page = json(get("/api/v1/directory/units?type=BODY&size=100", token));
        for (JsonNode w : page.get("items")) {
            if (code.equals(w.get("code").asText())) {
                return w.get("id").asLong();
            }
        }
        throw new IllegalStateException("No hay órgano " + code);
    }

    /** A headless Chromium signing in through the real Keycloak page (as the shared Browser does). */
    static final class Chromium implements AutoCloseable {
        final WebDriver driver;
        final WebDriverWait wait;
        private final Path profile;

        Chromium() throws IOException {
            profile = Files.createTempDirectory("vinculo-agr-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=es-MX", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
            driver = new ChromeDriver(service, options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }

        void open(String path) {
            driver.get(APP + path);
        }

        void signIn(String path, String username) {
            open(path);
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Esperaba el formulario de Keycloak; el navegador está en " + driver.getCurrentUrl()
                        + "\n" + text(), e);
            }
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.id("kc-login")).click();
            wait.until(d -> d.getCurrentUrl().startsWith(APP));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        }

        WebElement find(By by) {
            try {
                return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("No apareció " + by + " en " + driver.getCurrentUrl() + "\n" + text(), e);
            }
        }

        /** Waits until the page text contains the fragment; on timeout shows the page. */
        void waitForText(String fragment) {
            try {
                wait.until(d -> text().contains(fragment));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Esperaba «" + fragment + "» en " + driver.getCurrentUrl() + "\n" + text(), e);
            }
        }

        String text() {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                return "";
            }
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
