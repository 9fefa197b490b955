package mx.snt.vinculo.it.security;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ASVS 5.2: control characters never reach the database, a file's name never contradicts its
 * content, and rich text with a disguised script link is refused (the documented behaviour).
 */
class InputCleaningIT {

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
    void controlCharactersAreStrippedFromTitles() throws Exception {
        JsonNode d = Hub.expect(201, Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"a\\u0000b\\u0007c\",\"body\":\"uno\\u001b\\tdos\\nfin\",\"visibility\":\"PRIVATE\"}"));
        long id = d.get("id").asLong();
        assertThat(d.get("title").asText()).isEqualTo("abc");
        assertThat(Hub.string("SELECT title FROM document WHERE id = ?", id)).isEqualTo("abc");
        assertThat(Hub.string("SELECT body FROM document WHERE id = ?", id)).isEqualTo("uno\tdos\nfin");

        JsonNode a = Hub.expect(201, Hub.send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"Convenio\\u0000 con\\u0008trol\",\"purpose\":\"Prueba\\u0007.\"}"));
        assertThat(Hub.string("SELECT title FROM agreement WHERE id = ?", a.get("id").asLong())).isEqualTo("Convenio control");
    }

    @Test
    void aPdfNamedHtmlIsStoredAndListedAsPdf() throws Exception {
        long id = agreement();
        JsonNode a = Hub.expect(200, Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=ANNEX&name=x.html", mario, Hub.pdf("Anexo")));
        JsonNode attachment = a.get("attachments").get(0);
        assertThat(attachment.get("name").asText()).isEqualTo("x.pdf");
        assertThat(attachment.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(Hub.count("SELECT COUNT(*) FROM stored_file WHERE original_name = 'x.html'")).isZero();
        assertThat(Hub.count("SELECT COUNT(*) FROM stored_file WHERE original_name = 'x.pdf'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void agreementTextWithADisguisedScriptLinkIsRefused() throws Exception {
        long id = agreement();
        long version = Hub.expect(200, Hub.get("/api/v1/agreements/" + id, mario)).get("version").asLong();
        HttpResponse<String> r = Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                "{\"version\":" + version + ",\"type\":\"COORDINACION\",\"title\":\"Convenio\",\"purpose\":\"Prueba.\","
                        + "\"html\":" + Hub.JSON.writeValueAsString("<p><a href=\"jav&#x09;ascript:alert(1)\">clic</a></p>") + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        HttpResponse<String> plain = Hub.send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                "{\"version\":" + version + ",\"type\":\"COORDINACION\",\"title\":\"Convenio\",\"purpose\":\"Prueba.\","
                        + "\"html\":" + Hub.JSON.writeValueAsString("<p><a href=\"javascript:alert(1)\">clic</a></p>") + "}");
        assertThat(Hub.json(r).get("detail").asText()).isEqualTo(Hub.json(plain).get("detail").asText());
        assertThat(Hub.count("SELECT COUNT(*) FROM agreement_text_version WHERE agreement_id = ?", id)).isZero();
    }

    private static long agreement() throws Exception {
        JsonNode a = Hub.expect(201, Hub.send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"Convenio de entradas\",\"purpose\":\"Pruebas.\"}"));
        return a.get("id").asLong();
    }
}
