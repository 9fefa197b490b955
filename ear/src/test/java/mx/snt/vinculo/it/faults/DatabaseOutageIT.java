package mx.snt.vinculo.it.faults;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away under load and coming back, as a restart looks from the application:
 * the hub reaches MariaDB through a TCP proxy the launcher starts for the test run
 * ({@code vinculo.db.proxy}: port, target host and port, PID file); cutting it closes every
 * pooled connection and refuses new ones, without touching the server other runs share.
 * While it is away, pages answer the 503 page and the API a 503 problem, never a 500; a write
 * changes nothing; when it is back, the hub recovers by itself: pages, writes and the outbox.
 */
class DatabaseOutageIT {

    static final List<String> PAGES = List.of("/", "/acervo/", "/api/v1/public/acervo?size=5");

    @Test
    void pagesAnswerAClear503WhileTheDatabaseIsAwayAndTheHubRecoversByItself() throws Exception {
        DbProxy proxy = DbProxy.fromSystemProperty();
        String mario = Hub.signIn("mario.personal");
        long jal = Hub.workspaceId(mario, "JAL");
        for (String page : PAGES) {
            assertThat(Hub.get(page, null).statusCode()).as(page).isEqualTo(200);
        }

        // Readers keep coming while the database goes away and back: six at a time, signed out and signed in.
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, String> unexpected = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(6);
        for (int r = 0; r < 6; r++) {
            int reader = r;
            readers.submit(() -> {
                int i = 0;
                while (running.get()) {
                    String page = reader % 3 == 0 ? "/api/v1/me" : PAGES.get(i++ % PAGES.size());
                    try {
                        HttpResponse<String> answer = Hub.get(page, page.equals("/api/v1/me") ? mario : null);
                        statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (answer.statusCode() != 200 && answer.statusCode() != 503) {
                            unexpected.putIfAbsent(page + " " + answer.statusCode(), answer.body());
                        }
                    } catch (Exception e) {
                        unexpected.putIfAbsent(page + " " + e, String.valueOf(e.getMessage()));
                    }
                }
                return null;
            });
        }
        try {
            Thread.sleep(1500);
            proxy.cut();
            try {
                Hub.eventually(60, () -> assertThat(Hub.get("/acervo/", null).statusCode()).isEqualTo(503));
                HttpResponse<String> page = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + "/acervo/"))
                        .header("Accept-Language", "es-MX").timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(page.body()).contains("no está disponible por un momento").contains("está a salvo")
                        .doesNotContain("SQLException").doesNotContain("Caused by").doesNotContain("at mx.snt");
                HttpResponse<String> api = Hub.get("/api/v1/me", mario);
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
                assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(Hub.json(api).get("status").asInt()).isEqualTo(503);
                assertThat(Hub.json(api).get("detail").asText()).isNotBlank().doesNotContain("Exception");

                // A write while it is away is refused as a whole: nothing of it is found afterwards.
                String lost = "Nota durante la caída " + Hub.word();
                HttpResponse<String> write = Hub.send("POST", "/api/v1/documents", mario,
                        "{\"workspaceId\":" + jal + ",\"title\":\"" + lost + "\",\"body\":\"x\",\"visibility\":\"PUBLIC\"}");
                assertThat(write.statusCode()).isEqualTo(503);
                assertThat(write.body()).doesNotContain("SQLException").doesNotContain("at mx.snt");
                Thread.sleep(3000);  // away a while longer, under load
                proxy.restore();
                Hub.eventually(60, () -> {
                    assertThat(Hub.get("/acervo/", null).statusCode()).isEqualTo(200);
                    assertThat(Hub.get("/api/v1/me", mario).statusCode()).isEqualTo(200);
                });
                assertThat(Hub.count("SELECT COUNT(*) FROM document WHERE title = ?", lost)).isZero();
                assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE payload LIKE ?", "%" + lost + "%")).isZero();
            } finally {
                proxy.restore();  // whatever happened, the rest of the suite gets its database back
            }
            Thread.sleep(1500);  // readers see it back too
        } finally {
            running.set(false);
            readers.shutdown();
            assertThat(readers.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(unexpected).as("never a 500 or a broken answer, only 200 or 503").isEmpty();
        assertThat(statuses).containsKeys(200, 503);

        // Recovered by itself: a public write is saved and its outbox event is delivered by the timer.
        String kept = "Nota después de la caída " + Hub.word();
        long id = Hub.expect(201, Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"" + kept + "\",\"body\":\"x\",\"visibility\":\"PUBLIC\"}")).get("id").asLong();
        assertThat(Hub.get("/api/v1/documents/" + id, mario).statusCode()).isEqualTo(200);
        Hub.eventually(60, () -> assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'Document'"
                + " AND aggregate_id = ? AND status <> 'DELIVERED'", id)).isZero());
        assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'Document' AND aggregate_id = ?", id)).isPositive();
    }

    /** The launcher's TCP proxy in front of the database (socat, its own process group). */
    record DbProxy(int port, String host, int targetPort, Path pidFile) {

        static DbProxy fromSystemProperty() {
            String spec = System.getProperty("vinculo.db.proxy", "");
            String[] p = spec.split("\\|");
            if (p.length != 4) {
                throw new IllegalStateException("vinculo.db.proxy (port|host|port|pidfile) missing: run through ./vinculo test");
            }
            return new DbProxy(Integer.parseInt(p[0]), p[1], Integer.parseInt(p[2]), Path.of(p[3]));
        }

        boolean listening() {
            try (var s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (java.io.IOException e) {
                return false;
            }
        }

        /** Kills the proxy and every connection it carries (its process group). */
        void cut() throws Exception {
            String pid = Files.readString(pidFile).trim();
            new ProcessBuilder("kill", "-TERM", "--", "-" + pid).inheritIO().start().waitFor();
            Hub.eventually(10, () -> assertThat(listening()).isFalse());
        }

        /** Starts it again (when it is not listening) in a process group of its own, for the launcher to stop. */
        void restore() throws Exception {
            if (listening()) {
                return;
            }
            Process p = new ProcessBuilder("setsid", "socat", "TCP-LISTEN:" + port + ",bind=127.0.0.1,fork,reuseaddr",
                    "TCP:" + host + ":" + targetPort).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(pidFile.resolveSibling("dbproxy.out").toFile())).start();
            Files.writeString(pidFile, Long.toString(p.pid()));
            Hub.eventually(10, () -> assertThat(listening()).isTrue());
        }
    }
}
