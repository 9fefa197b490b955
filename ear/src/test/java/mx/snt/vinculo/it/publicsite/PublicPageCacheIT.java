package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages kept in memory (README, "The public micro-site"): the second signed-out visitor of a page gets
 * the first one's answer, byte for byte, with the same validator; a change made through the application shows to
 * the very next visitor; each language has its own copy; a request with any other cookie never gets a kept copy; a
 * change made behind the application's back waits for an admin's flush (or the copy's ten seconds), and only an
 * admin may flush.
 */
class PublicPageCacheIT {

    static HttpResponse<String> visit(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Hub.APP + path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return Hub.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cache(HttpResponse<?> r) {
        return r.headers().firstValue("X-Vinculo-Cache").orElse("none");
    }

    @Test
    void aSignedOutPageIsKeptUntilTheDataChangesAndNeverAcrossLanguagesOrSessions() throws Exception {
        PublicSessions sessions = new PublicSessions();
        String secret = Hub.word();
        JsonNode s = sessions.act(sessions.convened("Sesión guardada " + secret, secret), "announce");
        long id = s.get("id").asLong();
        String path = PublicSessions.path(s);

        HttpResponse<String> rendered = visit(path, null);
        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(cache(rendered)).isEqualTo("miss");
        // The search index takes the new session in a second or so later, which renews the copy: the pair compared
        // is a rendering and the visit right after it.
        List<HttpResponse<String>> pair = new java.util.ArrayList<>();
        Hub.eventually(30, () -> {
            pair.clear();
            pair.add(visit(path, null));
            pair.add(visit(path, null));
            assertThat(cache(pair.get(0))).isEqualTo("miss");
            assertThat(cache(pair.get(1))).isEqualTo("hit");
        });
        HttpResponse<String> first = pair.get(0);
        HttpResponse<String> second = pair.get(1);
        assertThat(second.body()).isEqualTo(first.body()).contains("Sesión guardada " + secret);
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Content-Security-Policy")).isEqualTo(first.headers().firstValue("Content-Security-Policy"));
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
        // Monitoring sees it: /health/live's public-cache counts the answers sent from memory.
        JsonNode health = Hub.JSON.readTree(visit("/health/live", null).body());
        JsonNode kept = null;
        for (JsonNode c : health.get("checks")) {
            if ("public-cache".equals(c.get("name").asText())) {
                kept = c.get("data");
            }
        }
        assertThat(kept).as("public-cache en /health/live").isNotNull();
        assertThat(kept.get("hits").asLong()).isPositive();
        assertThat(kept.get("entries").asLong()).isPositive();
        // The validator still works on a kept copy: 304, and no policy (the client's copy keeps its own).
        HttpResponse<String> revalidated = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + path))
                .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().firstValue("Content-Security-Policy")).isEmpty();

        // Each language its own copy.
        HttpResponse<String> english = visit(path, "vinculo-lang=en");
        assertThat(cache(english)).isEqualTo("miss");
        assertThat(english.body()).contains("lang=\"en\"");
        assertThat(visit(path, null).body()).contains("lang=\"es\"");
        // Any other cookie (a session, perhaps someone's): never served a kept copy, nor kept.
        assertThat(cache(visit(path, "JSESSIONID=nadie"))).isEqualTo("none");

        // A change through the application: the very next visitor sees it.
        String summary = "Se explicó " + secret + " con palabras sencillas.";
        Hub.expect(200, send("PUT", "/api/v1/sessions/" + id + "/summaries", sessions.sofia,
                "{\"version\":" + s.get("version").asLong() + ",\"session\":{\"text\":\"" + summary + "\",\"translations\":{}}}"));
        HttpResponse<String> afterChange = visit(path, null);
        assertThat(cache(afterChange)).isEqualTo("miss");
        assertThat(afterChange.body()).contains(summary);

        // Behind the application's back (straight in the database): the kept copy stays until an admin flushes.
        // First the search index takes the changed session in, a second or so later, and that too renews the copy: a
        // copy still kept after more than the index's poll (1 s) is past that turn, which could otherwise come
        // between the copy kept and the visit below.
        Hub.eventually(30, () -> {
            assertThat(cache(visit(path, null))).isEqualTo("hit");
            Thread.sleep(2_500);
            assertThat(cache(visit(path, null))).isEqualTo("hit");
        });
        try (Connection c = Hub.db(); var st = c.prepareStatement("UPDATE meeting SET title = ? WHERE id = ?")) {
            st.setString(1, "Sesión corregida " + secret);
            st.setLong(2, id);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        HttpResponse<String> stale = visit(path, null);
        assertThat(cache(stale)).isEqualTo("hit");
        assertThat(stale.body()).contains("Sesión guardada " + secret);
        // Only an admin may flush. (Whether the copy outlives her refused call is not asked: a signed-in call may
        // itself write, the directory noting her sign-in, and any commit renews the copies.)
        assertThat(send("POST", "/api/v1/admin/public-cache/flush", sessions.elena, null).statusCode()).isIn(403, 404);
        Hub.flushPublicCache();
        HttpResponse<String> fresh = visit(path, null);
        assertThat(cache(fresh)).isEqualTo("miss");
        assertThat(fresh.body()).contains("Sesión corregida " + secret).doesNotContain("Sesión guardada " + secret);

        // A search is kept until the index changes: the session is found once the index has it, whenever it was asked.
        Hub.eventually(30, () -> assertThat(visit("/buscar/index.xhtml?q=" + secret, null).body()).contains("<mark>"));
    }
}
