package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site is stateless and cacheable (issue 15), seen by a plain HTTP client with no cookies: every
 * public page, feed, data file and API answer comes without a session cookie and leaves the hub's count of live
 * sessions ({@code /health/live}) where it was; answers carry an ETag that a conditional GET turns into 304 and
 * {@code Cache-Control: public}, a signed-in answer {@code private, no-store}; the language switch is a GET that
 * sets a cookie and comes back to the clean address, in English, still without a session.
 */
class StatelessPublicSiteIT {

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @Test
    void everyPublicAddressAnswersWithoutASession() throws Exception {
        long before = activeSessions();
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/sesiones/publicas", "/acuerdos", "/acuerdos?anio=2026",
                "/convenios-vigentes", "/acervo/", "/acervo/index.xhtml?q=transparencia", "/materiales/index.xhtml",
                "/datos/", "/buscar/index.xhtml?q=datos+personales", "/sitemap.xml", "/robots.txt",
                "/feeds/sesiones.atom", "/api/v1/public/acuerdos", "/api/v1/public/openapi.json"));
        // Every public address the site lists (commissions, regions, sessions, acuerdos, entries, materials…).
        HttpResponse<String> sitemap = get("/sitemap.xml", null);
        assertThat(sitemap.statusCode()).isEqualTo(200);
        Matcher m = LOC.matcher(sitemap.body());
        while (m.find()) {
            paths.add(m.group(1).substring(Hub.APP.length()));
        }
        assertThat(paths).anyMatch(p -> p.startsWith("/comisiones/")).anyMatch(p -> p.startsWith("/sesiones/"))
                .anyMatch(p -> p.startsWith("/acuerdos/"));
        // A library entry and an agreement in force (their pages, from the open data), a material, a live page.
        paths.add(firstUrl("acervo"));
        paths.add(firstUrl("convenios"));
        Matcher material = Pattern.compile("/materiales/ver\\.xhtml\\?id=\\d+").matcher(get("/materiales/index.xhtml", null).body());
        assertThat(material.find()).as("un material público").isTrue();
        paths.add(material.group());
        paths.add("/en-vivo/" + Hub.json(get("/api/v1/public/sesiones?size=1", null)).get("items").get(0).get("id").asLong());
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> r = get(path, null);
            if (r.statusCode() == 301 && r.headers().firstValue("Location").isPresent()) {
                // An old address (the data's link to an agreement in force) leads to its clean one: both sessionless.
                if (sessionCookie(r)) {
                    problems.add(path + " → " + r.headers().allValues("Set-Cookie"));
                }
                path = r.headers().firstValue("Location").get().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "");
                r = get(path, null);
            }
            if (r.statusCode() != 200) {
                problems.add(path + " → HTTP " + r.statusCode());
            }
            if (sessionCookie(r)) {
                problems.add(path + " → " + r.headers().allValues("Set-Cookie"));
            }
            if (!r.headers().firstValue("Cache-Control").orElse("").contains("public")) {
                problems.add(path + " → Cache-Control " + r.headers().firstValue("Cache-Control").orElse("(none)"));
            }
        }
        // The public 404 page (in the visitor's language) needs no session either.
        HttpResponse<String> missing = get("/comisiones/no-existe", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Página no encontrada");
        assertThat(sessionCookie(missing)).as("404").isFalse();
        assertThat(problems).isEmpty();
        assertThat(paths.size()).isGreaterThan(25);
        assertThat(activeSessions()).as("sesiones vivas tras %d direcciones públicas", paths.size()).isLessThanOrEqualTo(before);
    }

    @Test
    void aConditionalGetIsAnsweredWith304AndSignedInAnswersAreNeverStored() throws Exception {
        for (String path : List.of("/acuerdos", "/", "/sitemap.xml", "/api/v1/public/acuerdos")) {
            HttpResponse<String> first = get(path, null);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " sin ETag"));
            assertThat(first.headers().firstValue("Cache-Control")).as(path).get().asString().contains("public").contains("max-age=");
            assertThat(first.headers().allValues("Vary")).as(path).anyMatch(v -> v.contains("Cookie") && v.contains("Accept-Language"));
            // The same page twice (a new CSP nonce each time) has the same validator.
            assertThat(get(path, null).headers().firstValue("ETag")).as(path).contains(etag);
            HttpResponse<String> again = send(path, null, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            // The copy a cache holds keeps the policy whose nonce its scripts carry.
            assertThat(again.headers().firstValue("Content-Security-Policy")).as(path).isEmpty();
            assertThat(sessionCookie(again)).isFalse();
            assertThat(send(path, null, "If-None-Match", "W/\"otro\"").statusCode()).isEqualTo(200);
        }
        // A page's nonce is new with each rendering; a kept copy (PublicPageCacheIT) is sent with the policy it was
        // rendered with, so its scripts still carry the nonce the policy names.
        HttpResponse<String> a = get("/acuerdos", null);
        Hub.flushPublicCache();
        HttpResponse<String> b = get("/acuerdos", null);
        assertThat(a.headers().firstValue("Content-Security-Policy")).isNotEqualTo(b.headers().firstValue("Content-Security-Policy"));
        for (HttpResponse<String> r : List.of(a, b, get("/acuerdos", null))) {
            String nonce = r.headers().firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(r.body()).contains("nonce=\"" + nonce + "\"");
        }

        String token = Hub.signIn("pedro.personal");
        for (String path : List.of("/acuerdos", "/", "/api/v1/me")) {
            HttpResponse<String> signedIn = get(path, token);
            assertThat(signedIn.statusCode()).as(path).isEqualTo(200);
            assertThat(signedIn.headers().firstValue("Cache-Control")).as(path).contains("private, no-store");
            assertThat(signedIn.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    @Test
    void theLanguageSwitchIsAGetThatSetsACookieAndComesBackToTheCleanAddress() throws Exception {
        long before = activeSessions();
        HttpResponse<String> spanish = get("/acuerdos?anio=2026", null);
        assertThat(spanish.body()).containsPattern("<html[^>]* lang=\"es\"").contains("id=\"lang-en\"");

        HttpResponse<String> sw = get("/acuerdos?anio=2026&lang=en", null);
        assertThat(sw.statusCode()).isEqualTo(303);
        assertThat(sw.headers().firstValue("Location")).contains("/acuerdos?anio=2026");
        String cookie = sw.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("vinculo-lang=en")).findFirst()
                .orElseThrow(() -> new AssertionError("sin cookie de idioma: " + sw.headers().allValues("Set-Cookie")));
        assertThat(cookie).containsIgnoringCase("Max-Age=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(sessionCookie(sw)).isFalse();

        HttpResponse<String> english = send("/acuerdos?anio=2026", null, "Cookie", "vinculo-lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).containsPattern("<html[^>]* lang=\"en\"").contains("id=\"lang-es\"").contains("Register of resolutions");
        assertThat(sessionCookie(english)).isFalse();
        assertThat(english.headers().firstValue("ETag")).isNotEqualTo(spanish.headers().firstValue("ETag"));
        assertThat(english.headers().firstValue("Cache-Control")).get().asString().contains("public");

        // A clean address of a commission and the 404 page follow the cookie too.
        HttpResponse<String> missing = send("/comisiones/no-existe", null, "Cookie", "vinculo-lang=en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).containsPattern("<html[^>]* lang=\"en\"").contains("Page not found").doesNotContain("Página no encontrada");
        // So does a problem+json of the public API (no Accept-Language: only the cookie says English)…
        HttpResponse<String> problem = send("/api/v1/public/acuerdos?size=0", null, "Cookie", "vinculo-lang=en");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonNode detail = Hub.json(problem);
        assertThat(detail.get("title").asText()).isEqualTo("Bad request");
        assertThat(detail.get("detail").asText()).isEqualTo("The parameter \"size\" does not have a valid value.");
        // …and the cookie outranks the browser's languages, for pages and problems alike (one rule: web.Language).
        assertThat(Hub.json(sendAll("/api/v1/public/acuerdos?size=0", "Cookie", "vinculo-lang=en", "Accept-Language", "es-MX,es"))
                .get("title").asText()).isEqualTo("Bad request");
        assertThat(Hub.json(sendAll("/api/v1/public/acuerdos?size=0", "Accept-Language", "en-US,en")).get("title").asText())
                .isEqualTo("Bad request");
        assertThat(Hub.json(get("/api/v1/public/acuerdos?size=0", null)).get("title").asText()).isEqualTo("Solicitud no válida");
        assertThat(sendAll("/acuerdos", "Accept-Language", "en-US,en").body()).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(sendAll("/acuerdos", "Cookie", "vinculo-lang=es", "Accept-Language", "en-US,en").body())
                .containsPattern("<html[^>]* lang=\"es\"");
        // And back.
        HttpResponse<String> back = send("/acuerdos?lang=es", null, "Cookie", "vinculo-lang=en");
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).get().asString().endsWith("/acuerdos");
        assertThat(back.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("vinculo-lang=es"));
        assertThat(activeSessions()).isLessThanOrEqualTo(before);
    }

    /** The page of the first item of a public dataset (its "url"), as a path. */
    private static String firstUrl(String dataset) throws Exception {
        JsonNode items = Hub.json(get("/api/v1/public/" + dataset + "?size=1", null)).get("items");
        assertThat(items).as(dataset).isNotEmpty();
        return items.get(0).get("url").asText().substring(Hub.APP.length());
    }

    /** The count of live HTTP sessions the hub reports at /health/live. */
    static long activeSessions() throws Exception {
        JsonNode health = Hub.json(get("/health/live", null));
        for (JsonNode check : health.get("checks")) {
            if ("web-sessions".equals(check.get("name").asText())) {
                return check.get("data").get("active").asLong();
            }
        }
        throw new AssertionError("/health/live no informa las sesiones: " + health);
    }

    static boolean sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return Hub.get(path, token);
    }

    /** A signed-out GET with these headers (name, value, name, value…). */
    private static HttpResponse<String> sendAll(String path, String... headers) throws Exception {
        return Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + path)).timeout(Duration.ofSeconds(60)).headers(headers)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String path, String token, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Hub.APP + path)).timeout(Duration.ofSeconds(60)).header(header, value);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return Hub.HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
