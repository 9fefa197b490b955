package mx.snt.vinculo.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static mx.snt.vinculo.it.Hub.enc;
import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub on two Payara instances behind HAProxy (README, "Running on several instances"); ./vinculo test runs it
 * in a phase of its own, after the main suite, with both instances on the suite's database. First, with both up:
 * what the outbox sends (notices) and a digest run go out once although both instances run them at the same time,
 * and what is saved on one instance is found by the search of the other. Then a person signs in through
 * Keycloak's page, works on the instance the balancer gave her, starts a proposal; that instance is killed
 * ({@code kill -9}); she goes on typing and sends the form, which the other instance receives with everything she
 * typed, without signing in again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverIT {

    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final Map<String, String> INSTANCES = new LinkedHashMap<>();
    static final Path PIDS = Path.of(System.getProperty("vinculo.pids", "."));

    static String mario, sofia, ana;
    static long cvpdcs;

    @BeforeAll
    static void cluster() throws Exception {
        for (String pair : System.getProperty("vinculo.instances", "").split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                INSTANCES.put(kv[0], kv[1]);
            }
        }
        assertThat(INSTANCES).as("-Dvinculo.instances=a=url,b=url").hasSize(2);
        // The main suite's language tests leave some accounts in English; this phase reads Spanish pages and mails.
        Hub.update("UPDATE member SET locale = NULL WHERE username IN ('mario.personal', 'sofia.secretaria', 'ana.admin')");
        mario = Hub.signIn("mario.personal");
        sofia = Hub.signIn("sofia.secretaria");
        ana = Hub.signIn("ana.admin");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        for (String url : INSTANCES.values()) {
            assertThat(call("GET", url, "/health/ready", null).statusCode()).as(url + " ready").isEqualTo(200);
        }
    }

    @Test
    @Order(1)
    void noticesAndDigestsGoOutOnceAndBothInstancesFindWhatEitherSaved() throws Exception {
        // Six decided proposals, six notices to their author in the outbox.
        String stamp = Long.toString(System.nanoTime(), 36);
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String title = "Propuesta en dos instancias " + stamp + " " + i;
            titles.add(title);
            JsonNode p = expect(201, send("POST", "/api/v1/proposals", mario, "{\"commissionId\":" + cvpdcs + ",\"title\":\""
                    + title + "\",\"summary\":\"Resumen " + stamp + "\",\"text\":\"<p>Texto</p>\",\"topic\":\"OPEN_GOVERNMENT\"}"));
            long id = p.get("id").asLong();
            JsonNode evaluating = expect(200, send("POST", "/api/v1/proposals/" + id + "/actions", sofia,
                    "{\"action\":\"EVALUATE\",\"version\":" + p.get("version").asLong() + "}"));
            expect(200, send("POST", "/api/v1/proposals/" + id + "/actions", sofia, "{\"action\":\"ACCEPT\",\"version\":"
                    + evaluating.get("version").asLong() + ",\"answer\":\"Se acepta.\"}"));
        }
        // Both instances run the outbox at once, several times, besides their own timers.
        everywhereAtOnce(4, url -> call("POST", url, "/api/v1/admin/integration/outbox/run", ana).statusCode());
        String mail = "mario.personal@jal.vinculo.test";
        Hub.eventually(30, () -> assertThat(countStarting(mail, "Propuesta aceptada: Propuesta en dos instancias " + stamp))
                .isEqualTo(titles.size()));
        Thread.sleep(3000);  // a duplicate would come from the other instance's timer: give it time to show
        for (String title : titles) {
            assertThat(countStarting(mail, "Propuesta aceptada: " + title)).as("notices of " + title).isEqualTo(1);
        }
        assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE status <> 'DELIVERED' AND event_type LIKE 'proposal%'"
                + " AND aggregate_id IN (SELECT id FROM proposal WHERE title LIKE ?)", "%" + stamp + "%")).isZero();

        // Today's digests, asked of both instances at the same moment: the author's arrives once.
        String day = Hub.today().toString();
        Hub.update("DELETE FROM digest_sent WHERE member_id = (SELECT id FROM member WHERE username = 'mario.personal')"
                + " AND period_key = ?", "D:" + day);
        int before = countStarting(mail, "Resumen de Vínculo");
        List<Integer> answers = everywhereAtOnce(1, url -> call("POST", url,
                "/api/v1/admin/integration/digests/run?frequency=DAILY&day=" + day, ana).statusCode());
        assertThat(answers).as("one runs, the other runs after it or is told a run is live").allMatch(s -> s == 200 || s == 409)
                .contains(200);
        Hub.eventually(30, () -> assertThat(countStarting(mail, "Resumen de Vínculo")).isGreaterThan(before));
        Thread.sleep(3000);
        assertThat(countStarting(mail, "Resumen de Vínculo")).as("digests to " + mail).isEqualTo(before + 1);
        assertThat(Hub.count("SELECT COUNT(*) FROM digest_sent WHERE member_id = (SELECT id FROM member WHERE username ="
                + " 'mario.personal') AND period_key = ?", "D:" + day)).isEqualTo(1);

        // Saved through the balancer (on either instance): each instance's own search index finds it.
        for (Map.Entry<String, String> instance : INSTANCES.entrySet()) {
            Hub.eventually(30, () -> assertThat(call("GET", instance.getValue(), "/api/v1/search?q=" + enc(stamp), mario).body())
                    .as("search on instance " + instance.getKey()).contains(titles.get(0)));
        }
    }

    @Test
    @Order(2)
    void aLiveViewerOnOneInstanceSeesAChangeMadeOnTheOther() throws Exception {
        String elena = Hub.signIn("elena.comisionada");
        JsonNode s = expect(201, send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"ORDINARY\",\"title\":\"Sesión en vivo en dos instancias\",\"date\":\"" + Hub.today().plusDays(26)
                + "\",\"time\":\"10:00\",\"place\":\"Sala\"}"));
        long id = s.get("id").asLong();
        List<String> urls = new ArrayList<>(INSTANCES.values());
        // The viewer's stream on the second instance; the change through the first one.
        HttpResponse<java.io.InputStream> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(urls.get(1) + "/en-vivo/" + id + "/eventos"))
                .header("Authorization", "Bearer " + elena).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        String item = "Asunto agregado en la otra instancia " + System.nanoTime();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), java.nio.charset.StandardCharsets.UTF_8))) {
            Future<String> seen = reader.submit(() -> {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("data:") && line.contains("AGENDA")) {
                        return line;
                    }
                }
                return null;
            });
            Thread.sleep(1000);  // the stream is registered before the change
            HttpResponse<String> added = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(urls.get(0) + "/api/v1/sessions/" + id + "/items"))
                    .header("Authorization", "Bearer " + sofia).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + s.get("version").asLong()
                            + ",\"kind\":\"INFORMATION\",\"title\":\"" + item + "\",\"presenter\":\"Sofía\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(200, added);
            assertThat(seen.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("the other instance's viewer got the change")
                    .contains("\"session\":" + id);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    @Order(3)
    void aSignedInPersonLosesNeitherHerSessionNorWhatSheTypedWhenHerInstanceDies() throws Exception {
        String title = "Propuesta que sobrevive a su instancia " + System.nanoTime();
        try (Browser b = new Browser()) {
            b.signIn("/espacios/", "mario.personal");
            String first = node(b);
            assertThat(INSTANCES).containsKey(first);
            // Works on that instance: a few pages, the same one serves them (the balancer's cookie).
            b.open("/propuestas/");
            b.find(By.id("current-user"));
            b.open("/propuestas/nueva.xhtml");
            assertThat(node(b)).isEqualTo(first);
            new Select(b.driver.findElement(By.id("proposal:commission"))).getOptions().stream()
                    .filter(o -> o.getText().startsWith("CVPDCS")).findFirst().orElseThrow().click();
            b.driver.findElement(By.id("proposal:title")).sendKeys(title);
            b.driver.findElement(By.id("proposal:summary")).sendKeys("Escrito antes de que cayera la instancia.");

            kill(first);

            // She goes on typing on the same page and sends it: the other instance has her session and the view.
            WebElement editor = b.find(By.cssSelector("[id='proposal:text'] .ql-editor"));
            editor.click();
            editor.sendKeys("Escrito después.");
            new Select(b.driver.findElement(By.id("proposal:topic"))).selectByValue("OPEN_GOVERNMENT");
            b.driver.findElement(By.id("proposal:save")).click();
            b.waitForUrl(u -> u.startsWith(Hub.APP + "/propuestas/ver"), "la propuesta enviada, sin volver a Keycloak");
            assertThat(b.find(By.id("proposal-title")).getText()).isEqualTo(title);
            assertThat(b.text()).contains("Propuesta enviada.").contains("Escrito antes de que cayera la instancia.")
                    .contains("Escrito después.");
            String second = node(b);
            assertThat(second).as("served by the instance still alive").isNotEqualTo(first);
            assertThat(Hub.count("SELECT COUNT(*) FROM proposal WHERE title = ?", title)).isEqualTo(1);

            // Still signed in as herself on the surviving instance.
            b.open("/espacios/");
            assertThat(b.driver.getCurrentUrl()).startsWith(Hub.APP);
            assertThat(b.find(By.id("current-user")).getText()).contains(fullName("mario.personal"));
            assertThat(b.accessibilityViolations()).isEmpty();
            b.assertNoCspViolations();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The instance that served the browser's last page: the balancer's sticky cookie. */
    static String node(Browser b) {
        Cookie c = b.driver.manage().getCookieNamed("VINCULO_NODE");
        assertThat(c).as("the balancer's cookie").isNotNull();
        return c.getValue();
    }

    /** kill -9 of the instance's JVM (its PID as the launcher recorded it), and wait until it is gone. */
    static void kill(String instance) throws Exception {
        long pid = Long.parseLong(Files.readString(PIDS.resolve("payara-" + instance + ".pid")).trim());
        Process p = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        long until = System.currentTimeMillis() + 20_000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("instance " + instance + " killed").isFalse();
    }

    interface OnInstance<T> {
        T call(String url) throws Exception;
    }

    /** Runs the call on every instance at the same moment, {@code rounds} times; their answers. */
    static <T> List<T> everywhereAtOnce(int rounds, OnInstance<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES.size());
        try {
            List<T> out = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                List<Future<T>> running = new ArrayList<>();
                for (String url : INSTANCES.values()) {
                    Callable<T> c = () -> task.call(url);
                    running.add(pool.submit(c));
                }
                for (Future<T> f : running) {
                    out.add(f.get());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static HttpResponse<String> call(String method, String base, String path, String token) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return Hub.HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> subjects(String address) throws Exception {
        HttpResponse<String> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/" + enc(address)
                + "/messages/INBOX")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        if (r.statusCode() == 200) {
            for (JsonNode m : Hub.JSON.readTree(r.body())) {
                out.add(m.path("subject").asText());
            }
        }
        return out;
    }

    static int countStarting(String address, String start) throws Exception {
        return (int) subjects(address).stream().filter(s -> s.startsWith(start)).count();
    }

    static String fullName(String username) throws Exception {
        return (Hub.string("SELECT first_name FROM member WHERE username = ?", username) + " "
                + Hub.string("SELECT last_name FROM member WHERE username = ?", username)).trim();
    }
}
