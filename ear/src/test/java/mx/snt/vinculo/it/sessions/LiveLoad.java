package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.Flow;

/**
 * Live viewers under load, on the deployed hub: a public session is planned, convened and started through the API; N
 * viewers open its event stream (anonymous server-sent event clients, as the public live page opens it); then, one
 * action at a time, the chair takes up each item and opens its vote, two commissioners vote, the chair closes it. For
 * every action, each viewer's latency is the time from sending the action's request to that viewer receiving the
 * state it caused. Meanwhile a page is fetched every {@link #PAGE_EVERY_MS} ms to see that the hub still serves pages.
 * Used by {@link LiveBench} (the benchmark, 500 viewers) and {@link LivePushIT} (20 viewers, as a test).
 */
final class LiveLoad {

    static final long PAGE_EVERY_MS = 200;

    record Report(int viewers, int actions, Map<String, List<Long>> latencyMicrosByAction, List<Long> allMicros,
                  List<Long> pushMillis, List<Long> requestMicros, List<Long> pageMicros, int pageErrors,
                  List<String> pageErrorReasons, int missed, long sessionId) {

        static long pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return -1;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
        }

        String text() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "viewers %d, actions %d, updates received %d, missed %d%n", viewers, actions,
                    allMicros.size(), missed));
            b.append(String.format(Locale.ROOT, "%-14s %8s %8s %8s %8s %8s%n", "action", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"));
            latencyMicrosByAction.forEach((k, v) -> b.append(line(k, v)));
            b.append(line("ALL", allMicros));
            b.append(line("request alone", requestMicros));
            List<Long> push = new ArrayList<>(pushMillis);
            Collections.sort(push);
            b.append(String.format(Locale.ROOT, "push alone (state assembled -> viewer, ms): n %d, p50 %d, p95 %d, p99 %d, max %d%n",
                    push.size(), pct(push, 50), pct(push, 95), pct(push, 99), push.isEmpty() ? -1 : push.get(push.size() - 1)));
            List<Long> pages = new ArrayList<>(pageMicros);
            Collections.sort(pages);
            b.append(String.format(Locale.ROOT, "pages served meanwhile: %d (errors %d), p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    pages.size(), pageErrors, pct(pages, 50) / 1000.0, pct(pages, 95) / 1000.0,
                    pages.isEmpty() ? -1 : pages.get(pages.size() - 1) / 1000.0));
            return b.toString();
        }

        private static String line(String name, List<Long> micros) {
            List<Long> s = new ArrayList<>(micros);
            Collections.sort(s);
            return String.format(Locale.ROOT, "%-14s %8d %8.1f %8.1f %8.1f %8.1f%n", name, s.size(), pct(s, 50) / 1000.0,
                    pct(s, 95) / 1000.0, pct(s, 99) / 1000.0, s.isEmpty() ? -1 : s.get(s.size() - 1) / 1000.0);
        }

        long p99Micros() {
            List<Long> s = new ArrayList<>(allMicros);
            Collections.sort(s);
            return pct(s, 99);
        }
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("\"at\":(\\d+)");

    /** One viewer's stream: counts the state messages and keeps when each arrived (and how old it was by its {@code at}). */
    static final class Viewer implements Flow.Subscriber<String> {
        final AtomicInteger received = new AtomicInteger();
        final AtomicLongArray arrivals;
        final AtomicLongArray ages;
        volatile Flow.Subscription subscription;
        volatile int status;

        Viewer(int capacity) {
            arrivals = new AtomicLongArray(capacity);
            ages = new AtomicLongArray(capacity);
        }

        @Override public void onSubscribe(Flow.Subscription s) { subscription = s; s.request(Long.MAX_VALUE); }

        @Override public void onNext(String line) {
            if (line.startsWith("data:")) {
                long now = System.nanoTime();
                long wall = System.currentTimeMillis();
                int n = received.getAndIncrement();
                if (n < arrivals.length()) {
                    arrivals.set(n, now);
                    java.util.regex.Matcher m = AT.matcher(line);
                    // Same machine, same clock: the server's moment of assembly against this one's of arrival.
                    ages.set(n, m.find() ? wall - Long.parseLong(m.group(1)) : -1);
                }
            }
        }

        @Override public void onError(Throwable t) { }
        @Override public void onComplete() { }
    }

    private LiveLoad() {
    }

    static Report run(int viewers, int items) throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        String elena = Hub.signIn("elena.comisionada");
        String carlos = Hub.signIn("carlos.comisionado");
        long cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        long elenaId = Hub.count("SELECT id FROM member WHERE username = 'elena.comisionada'");
        long carlosId = Hub.count("SELECT id FROM member WHERE username = 'carlos.comisionado'");

        JsonNode s = Hub.expect(201, Hub.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"ORDINARY\",\"title\":\"Sesión pública con " + viewers + " espectadores\",\"date\":\""
                + Hub.today().plusDays(20) + "\",\"time\":\"11:00\",\"durationMinutes\":90,\"place\":\"Sala de Plenos\","
                + "\"livestreamUrl\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"visibility\":\"PUBLIC\"}"));
        long id = s.get("id").asLong();
        for (int i = 1; i <= items; i++) {
            s = SessionsApiIT.addItemAs(sofia, s, "PROPOSAL", "Punto " + i + " de la sesión con espectadores");
        }
        s = SessionsApiIT.actAs(sofia, s, "convene");
        SessionsApiIT.dayHasCome(id);
        SessionsApiIT.attendAs(sofia, id, elenaId, "PRESENT");
        SessionsApiIT.attendAs(sofia, id, carlosId, "PRESENT");
        s = Hub.json(Hub.get("/api/v1/sessions/" + id, sofia));
        s = SessionsApiIT.actAs(sofia, s, "start");

        int capacity = items * 5 + 4;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(4)).build();
        List<Viewer> all = new ArrayList<>();
        List<CompletableFuture<HttpResponse<Void>>> opened = new ArrayList<>();
        URI stream = URI.create(Hub.APP + "/en-vivo/" + id + "/eventos");
        for (int v = 0; v < viewers; v++) {
            Viewer viewer = new Viewer(capacity);
            all.add(viewer);
            opened.add(client.sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(viewer)).whenComplete((r, e) -> {
                        if (r != null) {
                            viewer.status = r.statusCode();
                        }
                    }));
        }
        // Every stream open and holding its first state.
        Hub.eventually(120, () -> {
            long ready = all.stream().filter(v -> v.received.get() >= 1).count();
            if (ready < viewers) {
                throw new AssertionError(ready + " of " + viewers + " streams open");
            }
        });

        ScheduledExecutorService pages = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> pageMicros = new ConcurrentLinkedQueue<>();
        AtomicInteger pageErrors = new AtomicInteger();
        ConcurrentLinkedQueue<String> pageErrorReasons = new ConcurrentLinkedQueue<>();
        HttpClient pageClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        pages.scheduleAtFixedRate(() -> {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = pageClient.send(HttpRequest.newBuilder(URI.create(Hub.APP + "/en-vivo/" + id))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    pageErrors.incrementAndGet();
                    pageErrorReasons.add("HTTP " + r.statusCode());
                }
            } catch (InterruptedException e) {
                // The run is over and its page reader stopped mid-request: not an answer of the hub.
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                pageErrors.incrementAndGet();
                pageErrorReasons.add(e.toString());
            }
            pageMicros.add((System.nanoTime() - t0) / 1000);
        }, 0, PAGE_EVERY_MS, TimeUnit.MILLISECONDS);

        Map<String, List<Long>> byAction = new TreeMap<>();
        List<Long> allMicros = new ArrayList<>();
        List<Long> pushMillis = new ArrayList<>();
        List<Long> requestMicros = new ArrayList<>();
        int missed = 0;
        int actions = 0;
        try {
            for (JsonNode item : s.get("items")) {
                long itemId = item.get("id").asLong();
                String base = "/api/v1/sessions/" + id + "/items/" + itemId;
                List<String[]> steps = List.of(
                        new String[]{"take-up", "POST", base + "/current", sofia, "{}"},
                        new String[]{"open-vote", "POST", base + "/open-vote", sofia, "{}"},
                        new String[]{"vote", "POST", base + "/votes", elena, "{\"choice\":\"FOR\"}"},
                        new String[]{"vote", "POST", base + "/votes", carlos, "{\"choice\":\"AGAINST\"}"},
                        new String[]{"close-vote", "POST", base + "/close-vote", sofia, "{}"});
                for (String[] step : steps) {
                    int[] before = all.stream().mapToInt(v -> v.received.get()).toArray();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = Hub.send(step[1], step[2], step[3], step[4]);
                    requestMicros.add((System.nanoTime() - t0) / 1000);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(step[0] + " " + step[2] + ": " + r.statusCode() + " " + r.body());
                    }
                    actions++;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                    while (System.nanoTime() < deadline && !allPast(all, before)) {
                        Thread.sleep(2);
                    }
                    List<Long> these = byAction.computeIfAbsent(step[0], k -> new ArrayList<>());
                    for (int v = 0; v < all.size(); v++) {
                        Viewer viewer = all.get(v);
                        if (viewer.received.get() > before[v] && before[v] < viewer.arrivals.length()) {
                            long micros = (viewer.arrivals.get(before[v]) - t0) / 1000;
                            these.add(micros);
                            allMicros.add(micros);
                            pushMillis.add(viewer.ages.get(before[v]));
                        } else {
                            missed++;
                        }
                    }
                    // Between actions, as a chair would pause: the next one starts from a quiet hub.
                    Thread.sleep(100);
                }
            }
        } finally {
            // The page in flight finishes: interrupting it would count as the hub's failure.
            pages.shutdown();
            pages.awaitTermination(15, TimeUnit.SECONDS);
            opened.forEach(f -> f.cancel(true));
            all.forEach(v -> {
                if (v.subscription != null) {
                    v.subscription.cancel();
                }
            });
        }
        return new Report(viewers, actions, byAction, allMicros, pushMillis, requestMicros, new ArrayList<>(pageMicros),
                pageErrors.get(), new ArrayList<>(pageErrorReasons), missed, id);
    }

    private static boolean allPast(List<Viewer> all, int[] before) {
        for (int v = 0; v < all.size(); v++) {
            if (all.get(v).received.get() <= before[v]) {
                return false;
            }
        }
        return true;
    }
}
