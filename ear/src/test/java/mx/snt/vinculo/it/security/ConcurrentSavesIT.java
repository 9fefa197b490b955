package mx.snt.vinculo.it.security;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two saves of the same version sent at the same moment, many rounds: whichever layer detects
 * the race (the aggregate's version check, or the database at commit through an
 * OptimisticLockException), exactly one save wins and the other is a 409 problem — never a 500,
 * never a lost update.
 */
class ConcurrentSavesIT {

    static String mario;   // personal, ITEI (JAL)
    static long jal;
    static long nl;

    @BeforeAll
    static void setUp() throws Exception {
        mario = Hub.token("mario.personal");
        Hub.expect(200, Hub.get("/api/v1/me", mario));
        jal = Hub.workspaceId(mario, "JAL");
        nl = Hub.bodyId(mario, "NL");
    }

    @Test
    void twoSavesOfOneAgreementDraftGiveOneSuccessAndOneConflict() throws Exception {
        long id = agreement("Convenio de guardados simultáneos");
        for (int round = 1; round <= 14; round++) {
            JsonNode before = Hub.expect(200, Hub.get("/api/v1/agreements/" + id, mario));
            long version = before.get("version").asLong();
            long texts = Hub.count("SELECT COUNT(*) FROM agreement_text_version WHERE agreement_id = ?", id);
            String[] html = {"<p>Ronda " + round + ", editor A.</p>", "<p>Ronda " + round + ", editor B.</p>"};
            List<HttpResponse<String>> answers = race(
                    () -> Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario, draft(version, html[0])),
                    () -> Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario, draft(version, html[1])));
            int winner = oneWinsOneConflicts(answers, "agreement round " + round);
            JsonNode after = Hub.expect(200, Hub.get("/api/v1/agreements/" + id, mario));
            assertThat(after.get("bodyHtml").asText()).as("round " + round).isEqualTo(html[winner]);
            assertThat(after.get("version").asLong()).isGreaterThan(version);
            assertThat(Hub.count("SELECT COUNT(*) FROM agreement_text_version WHERE agreement_id = ?", id)).isEqualTo(texts + 1);
        }
    }

    @Test
    void twoVisibilityChangesOfOneDocumentGiveOneSuccessAndOneConflict() throws Exception {
        JsonNode d = Hub.expect(201, Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"Documento disputado\",\"body\":\"x\",\"visibility\":\"PRIVATE\"}"));
        long id = d.get("id").asLong();
        for (int round = 1; round <= 8; round++) {
            JsonNode before = Hub.expect(200, Hub.get("/api/v1/documents/" + id, mario));
            long version = before.get("version").asLong();
            String target = "PRIVATE".equals(before.get("visibility").asText()) ? "NETWORK" : "PRIVATE";
            String body = "{\"visibility\":\"" + target + "\",\"version\":" + version + "}";
            List<HttpResponse<String>> answers = race(
                    () -> Hub.send("PATCH", "/api/v1/documents/" + id, mario, body),
                    () -> Hub.send("PATCH", "/api/v1/documents/" + id, mario, body));
            oneWinsOneConflicts(answers, "document round " + round);
            JsonNode after = Hub.expect(200, Hub.get("/api/v1/documents/" + id, mario));
            assertThat(after.get("visibility").asText()).isEqualTo(target);
            assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        }
    }

    @Test
    void aPartyChangeIsANewVersionSoAnOlderViewConflicts() throws Exception {
        long id = agreement("Convenio de partes y versiones");
        JsonNode seen = Hub.expect(200, Hub.get("/api/v1/agreements/" + id, mario));
        long old = seen.get("version").asLong();
        JsonNode added = Hub.expect(200, Hub.send("POST", "/api/v1/agreements/" + id + "/parties", mario,
                "{\"category\":\"CIVIL_SOCIETY\",\"name\":\"Observatorio Ciudadano\",\"signatory\":\"Dirección\"}"));
        assertThat(added.get("version").asLong()).isGreaterThan(old);
        HttpResponse<String> stale = Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario, draft(old, "<p>Vista vieja.</p>"));
        assertThat(stale.statusCode()).isEqualTo(409);

        long party = added.get("parties").get(added.get("parties").size() - 1).get("id").asLong();
        long beforeChange = added.get("version").asLong();
        JsonNode changed = Hub.expect(200, Hub.send("PUT", "/api/v1/agreements/" + id + "/parties/" + party, mario,
                "{\"signatory\":\"Presidencia del Observatorio\"}"));
        assertThat(changed.get("version").asLong()).isGreaterThan(beforeChange);
        assertThat(Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario, draft(beforeChange, "<p>Otra vista vieja.</p>"))
                .statusCode()).isEqualTo(409);
        Hub.expect(200, Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                draft(changed.get("version").asLong(), "<p>Vista al día.</p>")));
    }

    // ------------------------------------------------------------------ helpers

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Both calls released at the same instant by a barrier, on two threads. */
    static List<HttpResponse<String>> race(Call a, Call b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Call c : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return c.send();
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one 2xx and one 409 problem; the index of the winner. */
    static int oneWinsOneConflicts(List<HttpResponse<String>> answers, String what) throws Exception {
        List<Integer> codes = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(codes).as(what + ": " + answers.get(0).body() + " / " + answers.get(1).body()).containsExactly(200, 409);
        int winner = answers.get(0).statusCode() == 200 ? 0 : 1;
        HttpResponse<String> loser = answers.get(1 - winner);
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Hub.json(loser).get("title").asText()).isEqualTo("Conflicto de edición");
        assertThat(Hub.json(loser).get("detail").asText()).contains("Alguien más modificó");
        return winner;
    }

    static long agreement(String title) throws Exception {
        JsonNode a = Hub.expect(201, Hub.send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"" + title + "\",\"purpose\":\"Asistencia técnica recíproca.\"}"));
        long id = a.get("id").asLong();
        Hub.expect(200, Hub.send("POST", "/api/v1/agreements/" + id + "/parties", mario,
                "{\"bodyId\":" + nl + ",\"signatory\":\"Presidencia de la COTAI\"}"));
        return id;
    }

    static String draft(long version, String html) throws Exception {
        return "{\"version\":" + version + ",\"type\":\"COORDINACION\",\"title\":\"Convenio simultáneo\","
                + "\"purpose\":\"Asistencia técnica.\",\"html\":" + Hub.JSON.writeValueAsString(html) + ",\"publicInForce\":true}";
    }
}
