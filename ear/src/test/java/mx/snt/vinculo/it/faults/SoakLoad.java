package mx.snt.vinculo.it.faults;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many signed-in people reading and writing at once through the API, for a while (the soak of
 * issue 16). Each virtual user holds one of the demo accounts' tokens and, with a short pause
 * between steps, mostly reads (their workspaces, sessions, agreements, proposals, the library,
 * documents) and sometimes writes: a new document of their own, or a change of visibility on
 * their body's shared document with the version they just read — so people of one body
 * contend for the same row. What it keeps to check afterwards: every answer's status, every
 * acknowledged creation and every acknowledged change per shared document.
 */
final class SoakLoad {

    /** The demo accounts and their home bodies (README, "Demo accounts"). */
    static final Map<String, String> ACCOUNTS = Map.of(
            "mario.personal", "JAL", "sofia.secretaria", "JAL", "elena.comisionada", "JAL",
            "pedro.personal", "NL", "carlos.comisionado", "CDMX", "lucia.juridico", "YUC", "ana.admin", "FED");

    record Shared(long id, long initialVersion, AtomicInteger acknowledged) {
    }

    record Report(int users, Duration length, long requests, Map<Integer, Integer> statuses, List<String> errors,
                  long p50, long p95, long p99, long max, List<String> created, Map<String, Shared> shared) {

        double perSecond() {
            return requests / (length.toMillis() / 1000.0);
        }

        String text() {
            return String.format(Locale.ROOT, "%d usuarios, %d s: %d peticiones (%.1f/s), p50 %d ms, p95 %d ms, p99 %d ms, máx %d ms;"
                            + " estados %s; errores %d; documentos creados %d; cambios reconocidos en documentos compartidos %s",
                    users, length.toSeconds(), requests, perSecond(), p50, p95, p99, max, new TreeMap<>(statuses), errors.size(),
                    created.size(), shared.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().acknowledged().get()).sorted().toList());
        }
    }

    private SoakLoad() {
    }

    static Report run(int users, Duration length) throws Exception {
        Map<String, String> tokens = new TreeMap<>();
        Map<String, Long> bodies = new TreeMap<>();
        Map<String, Shared> shared = new TreeMap<>();
        for (Map.Entry<String, String> a : ACCOUNTS.entrySet()) {
            String token = Hub.signIn(a.getKey());
            tokens.put(a.getKey(), token);
            long body = Hub.workspaceId(token, a.getValue());
            bodies.put(a.getKey(), body);
            if (!shared.containsKey(a.getValue())) {
                JsonNode d = Hub.expect(201, Hub.send("POST", "/api/v1/documents", token, "{\"workspaceId\":" + body
                        + ",\"title\":\"Documento compartido de la prueba de carga " + Hub.word() + "\",\"body\":\"x\",\"visibility\":\"PRIVATE\"}"));
                shared.put(a.getValue(), new Shared(d.get("id").asLong(), d.get("version").asLong(), new AtomicInteger()));
            }
        }
        List<String> accounts = new ArrayList<>(ACCOUNTS.keySet());
        Collections.sort(accounts);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong requests = new AtomicLong();
        long start = System.nanoTime(), end = start + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            String account = accounts.get(u % accounts.size());
            String token = tokens.get(account);
            long body = bodies.get(account);
            Shared mine = shared.get(ACCOUNTS.get(account));
            Random random = new Random(2026L * 1000 + u);
            pool.submit(() -> {
                Step step = (status, started, what) -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    latencies.add(ms);
                    requests.incrementAndGet();
                    statuses.merge(status, 1, Integer::sum);
                    if (status >= 500 || status == 400 || status == 401 || status == 403 || status == 404) {
                        errors.add(what + " → " + status);
                    }
                };
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(200 + random.nextInt(800));  // a person's pause between clicks
                        int draw = random.nextInt(100);
                        long t0 = System.nanoTime();
                        if (draw < 75) {
                            String path = read(random, body);
                            step.record(Hub.get(path, token).statusCode(), t0, "GET " + path);
                        } else if (draw < 88) {
                            String title = "Nota de la prueba de carga " + Hub.word() + random.nextInt(1_000_000);
                            HttpResponse<String> r = Hub.send("POST", "/api/v1/documents", token, "{\"workspaceId\":" + body
                                    + ",\"title\":\"" + title + "\",\"body\":\"Texto de la nota\",\"visibility\":\"PRIVATE\"}");
                            step.record(r.statusCode(), t0, "POST /api/v1/documents");
                            if (r.statusCode() == 201) {
                                created.add(title);
                            }
                        } else {
                            HttpResponse<String> read = Hub.get("/api/v1/documents/" + mine.id(), token);
                            step.record(read.statusCode(), t0, "GET compartido");
                            if (read.statusCode() != 200) {
                                continue;
                            }
                            JsonNode d = Hub.json(read);
                            String next = "PRIVATE".equals(d.get("visibility").asText()) ? "NETWORK" : "PRIVATE";
                            long t1 = System.nanoTime();
                            HttpResponse<String> change = Hub.send("PATCH", "/api/v1/documents/" + mine.id(), token,
                                    "{\"visibility\":\"" + next + "\",\"version\":" + d.get("version").asLong() + "}");
                            step.record(change.statusCode(), t1, "PATCH compartido");
                            if (change.statusCode() == 200) {
                                mine.acknowledged().incrementAndGet();
                            } else if (change.statusCode() != 409) {
                                errors.add("PATCH compartido → " + change.statusCode() + " " + change.body());
                            }
                        }
                    } catch (InterruptedException e) {
                        return null;
                    } catch (Exception e) {
                        requests.incrementAndGet();
                        errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            errors.add("usuarios que no terminaron a tiempo");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Report(users, took, requests.get(), new TreeMap<>(statuses), new ArrayList<>(errors),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                new ArrayList<>(created), shared);
    }

    private interface Step {
        void record(int status, long started, String what);
    }

    private static String read(Random random, long body) {
        return switch (random.nextInt(7)) {
            case 0 -> "/api/v1/me";
            case 1 -> "/api/v1/sessions?workspaceId=" + body;
            case 2 -> "/api/v1/agreements";
            case 3 -> "/api/v1/proposals";
            case 4 -> "/api/v1/library?q=transparencia";
            case 5 -> "/api/v1/workspaces/" + body + "/documents?size=20";
            default -> "/api/v1/agreements/dashboard";
        };
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
