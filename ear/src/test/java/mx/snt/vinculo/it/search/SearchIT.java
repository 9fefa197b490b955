package mx.snt.vinculo.it.search;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static mx.snt.vinculo.it.Hub.enc;
import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.json;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's one search on the deployed EAR with the demo data: what people typed and found nothing with before
 * (issue 14's table) now finds what they expect, signed out and signed in; private items of every kind never show
 * in another body's results, counts or facets; bad input never errors; an admin's rebuild keeps the answers.
 */
class SearchIT {

    static String mario;   // ITEI (JAL), commission CPDP
    static String pedro;   // COTAI (NL)
    static String sofia;   // secretary, ITEI, commission CVPDCS
    static String ana;     // admin
    static long jal;
    static long cvpdcs;

    private static final Pattern TOTAL = Pattern.compile("id=\"results-title\">\\s*(\\d+) resultados");

    @BeforeAll
    static void tokens() throws Exception {
        mario = Hub.signIn("mario.personal");
        pedro = Hub.signIn("pedro.personal");
        sofia = Hub.signIn("sofia.secretaria");
        ana = Hub.signIn("ana.admin");
        jal = Hub.workspaceId(mario, "JAL");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        // The index is built from the database at start-up, in the background.
        Hub.eventually(60, () -> assertThat(search("", pedro).get("total").asLong()).isGreaterThan(200));
    }

    static JsonNode search(String query, String token) throws Exception {
        return expect(200, get("/api/v1/search?q=" + enc(query), token));
    }

    /** The total the public results page shows for a query, signed out. */
    static long publicTotal(String query) throws Exception {
        HttpResponse<String> r = get("/buscar/index.xhtml?q=" + enc(query) + "&tipo=LIBRARY", null);
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = TOTAL.matcher(r.body());
        assertThat(m.find()).as("results count on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    static long facet(JsonNode result, String dim, String value) {
        for (JsonNode f : result.get("facets").path(dim)) {
            if (value.equals(f.get("value").asText())) {
                return f.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void whatPeopleTypedNowFindsTheDemoEntriesSignedOutAndIn() throws Exception {
        assertThat(publicTotal("información pública")).isPositive();
        assertThat(publicTotal("publica")).isPositive();
        assertThat(publicTotal("archivo")).isPositive();
        assertThat(publicTotal("datos personales")).isPositive();
        long solicitud = publicTotal("solicitud");
        assertThat(solicitud).isPositive().isEqualTo(publicTotal("solicitudes"));

        JsonNode library = expect(200, get("/api/v1/search?kind=LIBRARY&q=" + enc("datos personales"), pedro));
        long inTopic = json(get("/api/v1/library?topic=PERSONAL_DATA", pedro)).get("page").get("total").asLong();
        assertThat(inTopic).isGreaterThanOrEqualTo(30);
        assertThat(library.get("total").asLong()).isGreaterThanOrEqualTo(inTopic);
        assertThat(facet(library, "topic", "PERSONAL_DATA")).isEqualTo(inTopic);
        assertThat(search("solicitud", pedro).get("total").asLong()).isEqualTo(search("solicitudes", pedro).get("total").asLong());
        assertThat(search("informacion publica", pedro).get("total").asLong()).isEqualTo(search("Información Pública", pedro).get("total").asLong());
        // The library's own API runs on the same engine.
        assertThat(json(get("/api/v1/library?q=" + enc("datos personales"), pedro)).get("page").get("total").asLong())
                .isEqualTo(library.get("total").asLong());
        // Highlights mark the matched words.
        JsonNode first = search("anonimización", pedro).get("hits").get(0);
        assertThat(first.toString()).contains("\"hit\":true");
    }

    @Test
    void privateItemsOfEveryKindStayOutOfOtherBodiesResultsCountsAndFacets() throws Exception {
        String w = Hub.word();
        long entry = expect(201, send("POST", "/api/v1/library", mario, "{\"workspaceId\":" + jal + ",\"title\":\"Entrada " + w
                + "\",\"authors\":\"ITEI\",\"year\":2025,\"type\":\"STUDY\",\"topics\":[\"ARCHIVES\"],\"keywords\":\"\",\"summary\":\"Privada\","
                + "\"visibility\":\"PRIVATE\"}")).get("id").asLong();
        long document = expect(201, send("POST", "/api/v1/documents", mario, "{\"workspaceId\":" + jal + ",\"title\":\"Documento "
                + w + "\",\"body\":\"Solo ITEI\",\"visibility\":\"PRIVATE\"}")).get("id").asLong();
        long agreement = expect(201, send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"Convenio " + w + "\",\"purpose\":\"Borrador interno.\"}")).get("id").asLong();
        JsonNode session = expect(201, send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"ORDINARY\",\"title\":\"Sesión " + w + "\",\"date\":\"" + LocalDate.now().plusDays(20)
                + "\",\"time\":\"11:00\",\"durationMinutes\":60,\"place\":\"Guadalajara\"}"));
        expect(200, send("POST", "/api/v1/sessions/" + session.get("id").asLong() + "/items", sofia, "{\"version\":"
                + session.get("version").asLong() + ",\"kind\":\"INFORMATION\",\"title\":\"Informe " + w + "\",\"presenter\":\"Elena\"}"));

        // The members who may see them find each kind.
        Hub.eventually(5, () -> assertThat(kinds(search(w, mario))).containsExactlyInAnyOrder("LIBRARY", "DOCUMENT", "AGREEMENT"));
        Hub.eventually(5, () -> assertThat(kinds(search(w, sofia))).contains("SESSION", "AGENDA_ITEM", "LIBRARY", "DOCUMENT"));
        JsonNode mine = search(w, mario);
        assertThat(facet(mine, "kind", "LIBRARY")).isEqualTo(1);
        assertThat(facet(mine, "workspace", String.valueOf(jal))).isEqualTo(3);

        // Another body's member: no result, no count, no facet, no suggestion.
        JsonNode other = search(w, pedro);
        assertThat(other.get("total").asLong()).isZero();
        assertThat(other.get("hits")).isEmpty();
        assertThat(other.get("facets").toString()).doesNotContain("\"count\"");
        assertThat(other.path("didYouMean").isNull() || other.path("didYouMean").isMissingNode()).isTrue();
        assertThat(expect(200, get("/api/v1/search/suggest?q=" + enc("Entrada " + w.substring(0, 5)), pedro))).isEmpty();
        assertThat(expect(200, get("/api/v1/search?kind=LIBRARY&q=" + enc("Entrada " + w), pedro)).get("total").asLong()).isZero();
        // Signed out: the public page finds nothing either.
        HttpResponse<String> page = get("/buscar/index.xhtml?q=" + enc(w), null);
        assertThat(page.body()).contains("0 resultados");
        assertThat(page.body()).doesNotContain("/acervo/ver.xhtml?id=" + entry).doesNotContain("/documentos/ver.xhtml?id=" + document)
                .doesNotContain("/convenios/ver.xhtml?id=" + agreement);

        // Adding a party body makes the agreement that body's to find (the agreements' party rule).
        long nl = Hub.bodyId(pedro, "NL");
        assertThat(send("POST", "/api/v1/agreements/" + agreement + "/parties", mario, "{\"bodyId\":" + nl
                + ",\"signatory\":\"Presidencia de la COTAI\"}").statusCode()).isBetween(200, 201);
        Hub.eventually(5, () -> assertThat(kinds(search(w, pedro))).containsExactly("AGREEMENT"));
    }

    static List<String> kinds(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("kind").asText()));
        return out;
    }

    @Test
    void badInputNeverErrorsAndEmptyListsTheNewest() throws Exception {
        for (String typed : List.of("archivo AND manual", "archi*", "archivo~2", "\"datos personales", "title:x", "(a",
                "+a -b", "x".repeat(1_000), "[a TO z]", "\\")) {
            assertThat(get("/api/v1/search?q=" + enc(typed), pedro).statusCode()).as(typed).isEqualTo(200);
            assertThat(get("/buscar/index.xhtml?q=" + enc(typed), null).statusCode()).as(typed).isEqualTo(200);
        }
        JsonNode stop = search("de la y los", pedro);
        assertThat(stop.get("notice").asText()).isEqualTo("ONLY_STOP_WORDS");
        assertThat(get("/buscar/index.xhtml?q=" + enc("de la y"), null).body()).contains("id=\"only-stop-words\"");
        JsonNode newest = search("", pedro);
        assertThat(newest.get("hits").size()).isEqualTo(20);
        assertThat(newest.get("hits").get(0).get("date").asText()).isGreaterThanOrEqualTo(newest.get("hits").get(19).get("date").asText());
        assertThat(get("/api/v1/search?kind=NOPE", pedro).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?sort=DROP", pedro).headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(get("/api/v1/search?year=abc", pedro).statusCode()).isEqualTo(400);
        JsonNode typo = search("archibos", pedro);
        assertThat(typo.get("total").asLong()).isZero();
        assertThat(typo.get("didYouMean").asText()).isEqualTo("archivos");
        assertThat(get("/buscar/index.xhtml?q=archibos", null).body()).contains("id=\"did-you-mean\"");
        JsonNode phrase = search("\"datos personales\"", pedro);
        assertThat(phrase.get("total").asLong()).isPositive();
    }

    @Test
    void anAdminRebuildsEveryIndexAndTheAnswersStayTheSame() throws Exception {
        long before = search("transparencia", pedro).get("total").asLong();
        String lastRebuild = expect(200, get("/api/v1/search/index", ana)).path("finishedAt").asText();
        assertThat(get("/api/v1/search/index", pedro).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/search/index/rebuild", ana, "{}").statusCode()).isEqualTo(202);
        Hub.eventually(30, () -> {
            JsonNode ix = expect(200, get("/api/v1/search/index", ana));
            assertThat(ix.get("running").asBoolean()).isFalse();
            assertThat(ix.path("finishedAt").asText()).isNotEqualTo(lastRebuild);
            assertThat(search("transparencia", pedro).get("total").asLong()).isEqualTo(before);
        });
    }
}
