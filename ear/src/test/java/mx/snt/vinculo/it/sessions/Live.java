package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The running hub as the session tests use it. The shared {@code it.Hub} and {@code it.Browser}
 * are package-private to {@code mx.snt.vinculo.it}; this is the same wiring (same system
 * properties) for this package, so the shared classes stay untouched.
 */
final class Live {

    static final String APP = System.getProperty("vinculo.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    static final String PASSWORD = "Vinculo2026!";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    private Live() {
    }

    static LocalDate today() {
        return LocalDate.now(MEXICO);
    }

    static String token(String username) throws Exception {
        String form = "grant_type=password&client_id=vinculo-cli&username=" + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/vinculo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no emitió token para " + username + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    /** A token for the person, who is then in the directory (member rows are written at sign-in). */
    static String signIn(String username) throws Exception {
        String t = token(username);
        HttpResponse<String> me = get("/api/v1/me", t);
        if (me.statusCode() != 200) {
            throw new IllegalStateException("GET /me para " + username + ": " + me.statusCode() + " " + me.body());
        }
        return t;
    }

    static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> bytes(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
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

    /** The JSON answer, which must have the status given. */
    static JsonNode ok(HttpResponse<String> r, int status) throws IOException {
        if (r.statusCode() != status) {
            throw new AssertionError("Esperaba " + status + " y llegó " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("vinculo.db.url", ""), System.getProperty("vinculo.db.user", "root"),
                System.getProperty("vinculo.db.password", ""));
    }

    static String one(String sql, Object... args) throws Exception {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long count(String sql, Object... args) throws Exception {
        return Long.parseLong(one(sql, args));
    }

    static long workspaceId(String token, String code) throws Exception {
        for (JsonNode w : json(get("/api/v1/workspaces", token))) {
            if (w.get("code").asText().equals(code)) {
                return w.get("id").asLong();
            }
        }
        throw new AssertionError("sin espacio " + code);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A headless Chromium signing in through the real Keycloak page (as it.Browser). */
    static final class Chromium implements AutoCloseable {
        final WebDriver driver;
        final WebDriverWait wait;
        private final Path profile;

        Chromium() throws Exception {
            profile = Files.createTempDirectory("vinculo-sessions-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=es-MX", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
            driver = new ChromeDriver(service, options);
            // The live panel is replaced every 2 s: an element read between two polls may be stale.
            wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        }

        /** Clicks an element of the live panel, finding it again if a poll replaced it. */
        void clickLive(By by) {
            wait.until(d -> {
                try {
                    d.findElement(by).click();
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                    return false;
                }
            });
        }

        /** Waits until the element's attribute has the value (re-finding it if the live panel replaced it). */
        void waitAttribute(By by, String name, String value) {
            try {
                wait.until(ExpectedConditions.attributeToBe(by, name, value));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Esperaba " + by + " con " + name + "=" + value + "\n" + text(), e);
            }
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

        /**
         * Clicks and waits for a new document (a full postback): a marker set in the old
         * document is gone. Polls may replace elements meanwhile, so the click is retried.
         */
        void clickAndReload(By by) {
            find(by);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("window.vinculoPaginaAnterior = true");
            clickLive(by);
            try {
                wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.vinculoPaginaAnterior === true") == Boolean.FALSE
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("La página no se recargó tras pulsar " + by + "\n" + text(), e);
            }
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
