package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain-language summaries through the API: the session's secretary writes them (a commissioner may not), bad
 * input is a 422 that changes nothing, each change is audited and, for what is public, goes to the outbox; the
 * public page shows the summary beside the official text and each translation with its lang.
 */
class CitizenSummaryIT {

    @Test
    void theSecretaryWritesTheSummaryAndItsTranslationTheyAreAuditedPublishedAndShown() throws Exception {
        PublicSessions sessions = new PublicSessions();
        String secret = Hub.word();
        JsonNode s = sessions.act(sessions.convened("Sesión resumida " + secret, secret), "announce");
        long id = s.get("id").asLong();
        String body = "{\"version\":%d,\"session\":{\"text\":\"Se habló de %s en palabras sencillas.\",\"translations\":{%s}}}";

        HttpResponse<String> byCommissioner = send("PUT", "/api/v1/sessions/" + id + "/summaries", sessions.elena,
                body.formatted(s.get("version").asLong(), secret, ""));
        assertThat(byCommissioner.statusCode()).isIn(403, 404);
        HttpResponse<String> unknown = send("PUT", "/api/v1/sessions/" + id + "/summaries", sessions.sofia,
                body.formatted(s.get("version").asLong(), secret, "\"xx\":\"algo\""));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("«xx»");
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting WHERE id = ? AND plain_summary IS NOT NULL", id)).isZero();

        JsonNode saved = Hub.expect(200, send("PUT", "/api/v1/sessions/" + id + "/summaries", sessions.sofia,
                body.formatted(s.get("version").asLong(), secret, "\"tzo\":\"Tsotsil " + secret + "\"")));
        assertThat(saved.get("version").asLong()).isGreaterThan(s.get("version").asLong());
        // A stale version is a conflict, not a lost update.
        assertThat(send("PUT", "/api/v1/sessions/" + id + "/summaries", sessions.sofia,
                body.formatted(s.get("version").asLong(), secret, "")).statusCode()).isEqualTo(409);

        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Session' AND entity_id = ?"
                + " AND action = 'session.summary' AND actor = 'sofia.secretaria'", id)).isEqualTo(1);
        assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'summary.published' AND aggregate_id = ?"
                + " AND aggregate_type = 'Session'", id)).isEqualTo(1);
        JsonNode drafts = Hub.expect(200, Hub.get("/api/v1/sessions/" + id + "/summaries", sessions.sofia));
        assertThat(drafts.get("session").get("translations").get("tzo").asText()).isEqualTo("Tsotsil " + secret);

        String page = Hub.get(PublicSessions.path(s), null).body();
        assertThat(page).contains("Se habló de " + secret + " en palabras sencillas.")
                .contains("<p lang=\"tzo\">Tsotsil " + secret + "</p>").contains("tsotsil");
        // The open data carry it too.
        assertThat(Hub.get("/api/v1/public/sesiones?size=100&commission=CVPDCS", null).body())
                .contains("\"plainSummaryTranslations\":{\"tzo\":\"Tsotsil " + secret + "\"}");
    }
}
