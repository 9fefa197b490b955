package mx.snt.vinculo.it.security;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hub shows to anyone (findings 2, 3 and 4 of the assessment): no server banners; the
 * hardening headers and a Content-Security-Policy on pages, the API, calendars, actas and
 * files; a session cookie that is HttpOnly and SameSite=Lax; no anonymous metrics or OpenAPI
 * document; health says UP or DOWN and nothing else.
 */
class ExposureIT {

    static String elena;

    @BeforeAll
    static void signIn() throws Exception {
        elena = Hub.signIn("elena.comisionada");
    }

    /** One answer of each kind the hub serves. */
    private static Map<String, HttpHeaders> answers() throws Exception {
        Map<String, HttpHeaders> a = new LinkedHashMap<>();
        a.put("page /", Hub.get("/", null).headers());
        a.put("page /acervo/", Hub.get("/acervo/index.xhtml", null).headers());
        a.put("not found", Hub.get("/no-existe.xhtml", null).headers());
        a.put("API", Hub.get("/api/v1/me", elena).headers());
        a.put("API 401", Hub.get("/api/v1/me", null).headers());
        long session = Hub.count("SELECT MIN(s.id) FROM meeting s JOIN workspace w ON w.id = s.workspace_id"
                + " WHERE w.code = 'CVPDCS' AND s.state = 'CONVENED'");
        HttpResponse<String> ics = Hub.get("/api/v1/sessions/" + session + "/calendar.ics", elena);
        assertThat(ics.statusCode()).isEqualTo(200);
        a.put(".ics", ics.headers());
        long published = Hub.count("SELECT COALESCE(MIN(id), 0) FROM meeting WHERE state = 'PUBLISHED'");
        a.put("acta PDF", Hub.getBytes("/sesiones/acta/" + published + ".pdf", null).headers());
        a.put("file download", Hub.getBytes("/acervo/archivo?entrada=1&archivo=1", elena).headers());
        a.put("agreement file", Hub.getBytes("/convenios/archivo?id=1", elena).headers());
        return a;
    }

    @Test
    void noAnswerNamesTheServer() throws Exception {
        answers().forEach((what, h) -> {
            assertThat(h.firstValue("Server")).as(what).isEmpty();
            assertThat(h.firstValue("X-Powered-By")).as(what).isEmpty();
        });
    }

    @Test
    void everyAnswerCarriesTheHardeningHeaders() throws Exception {
        answers().forEach((what, h) -> {
            assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(h.firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
            assertThat(h.allValues("Content-Security-Policy")).as(what + ": exactly one policy").hasSize(1);
        });
    }

    @Test
    void pagesGetTheNoncePolicyEverythingElseTheStrictOne() throws Exception {
        Map<String, HttpHeaders> a = answers();
        for (String page : List.of("page /", "page /acervo/", "not found")) {
            assertThat(a.get(page).firstValue("Content-Type").orElse("")).as(page).startsWith("text/html");
        }
        for (String other : List.of("API", "API 401", ".ics")) {
            assertThat(a.get(other).firstValue("Content-Type").orElse("")).as(other).doesNotStartWith("text/html");
        }
        // An HTML answer (a page, or the error page a missing file shows) has the nonce policy; any other the strict one.
        a.forEach((what, h) -> {
            String csp = h.firstValue("Content-Security-Policy").orElseThrow();
            if (h.firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(csp).as(what).contains("object-src 'none'").contains("base-uri 'self'")
                        .contains("frame-ancestors 'self'").contains("form-action 'self' " + Hub.KEYCLOAK)
                        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?$")
                        .doesNotContain("unsafe-eval");
            } else {
                assertThat(csp).as(what).isEqualTo("default-src 'none'; frame-ancestors 'self'");
            }
        });
        // The nonce changes with every rendering (a signed-out page kept for the next visitor keeps its own: it is
        // the same answer, sent again; the flush makes the second one a new rendering).
        java.util.Optional<String> first = Hub.get("/", null).headers().firstValue("Content-Security-Policy");
        Hub.flushPublicCache();
        assertThat(Hub.get("/", null).headers().firstValue("Content-Security-Policy")).isNotEqualTo(first);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        // A signed-out visitor gets no session (issue 15); "Entrar" starts one (the way back after sign-in).
        assertThat(Hub.get("/", null).headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        List<String> cookies = Hub.get("/entrar", null).headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("Sin cookie de sesión: " + cookies));
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // The hub's address is http: Secure would make browsers drop the cookie.
        assertThat(Hub.APP).startsWith("http://");
        assertThat(session).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void noAnonymousMetricsOrOpenApi() throws Exception {
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor", "/openapi", "/openapi/")) {
            for (String accept : List.of("text/plain", "application/json", "application/yaml")) {
                HttpResponse<String> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + path))
                        .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path + " " + accept).isNotEqualTo(200);
                assertThat(r.body()).as(path).doesNotContain("jvm").doesNotContain("base_")
                        .doesNotContain("/api/v1/admin").doesNotContain("openapi:");
            }
        }
    }

    @Test
    void anonymousHealthSaysUpOrDownOnly() throws Exception {
        HttpResponse<String> r = Hub.get("/health/ready", null);
        assertThat(r.statusCode()).isIn(200, 503);
        // Check names (database, camel) and their state; no product, version or data.
        assertThat(r.body()).containsAnyOf("UP", "DOWN").doesNotContainPattern("\"data\":\\{[^}]")
                .doesNotContainIgnoringCase("mariadb").doesNotContainIgnoringCase("mysql")
                .doesNotContainPattern("\\d+\\.\\d+\\.\\d+");
    }
}
