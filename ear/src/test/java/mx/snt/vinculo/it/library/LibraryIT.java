package mx.snt.vinculo.it.library;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.enc;
import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.json;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/** The library on the deployed EAR: search (accents, ranking, facets, PDF text), adoption, publication, conflicts, downloads. */
class LibraryIT {

    static String mario;   // ITEI (JAL)
    static String pedro;   // COTAI (NL)
    static long jal;

    @BeforeAll
    static void tokens() throws Exception {
        mario = Hub.signIn("mario.personal");
        pedro = Hub.signIn("pedro.personal");
        jal = Hub.workspaceId(mario, "JAL");
    }

    static String entry(String title, String keywords, String summary, String type, String topics, String visibility) {
        return "{\"workspaceId\":" + jal + ",\"title\":\"" + title + "\",\"authors\":\"Mario Pérez\",\"year\":2024,"
                + "\"type\":\"" + type + "\",\"topics\":" + topics + ",\"keywords\":\"" + keywords + "\",\"summary\":\""
                + summary + "\",\"visibility\":\"" + visibility + "\"}";
    }

    static long create(String title, String keywords, String summary, String type, String topics, String visibility) throws Exception {
        return expect(201, send("POST", "/api/v1/library", mario, entry(title, keywords, summary, type, topics, visibility)))
                .get("id").asLong();
    }

    static List<Long> ids(JsonNode result) {
        List<Long> out = new ArrayList<>();
        result.get("page").get("items").forEach(i -> out.add(i.get("id").asLong()));
        return out;
    }

    @Test
    void searchIgnoresAccentsAndCaseAndRanksTitleOverKeywordsOverSummaryOverPdfText() throws Exception {
        String w = Hub.word();
        long inSummary = create("Guía de archivos municipales", "archivos", "Cómo aplicar la " + w + " en municipios", "GUIDE", "[\"ARCHIVES\"]", "NETWORK");
        long inTitle = create("Información pública y " + w, "transparencia", "Resumen breve", "STUDY", "[\"ACCESS_TO_INFORMATION\",\"TRANSPARENCY\"]", "NETWORK");
        long inKeywords = create("Manual de datos personales", w + ", datos", "Otro resumen", "MANUAL", "[\"PERSONAL_DATA\"]", "NETWORK");
        long inPdf = create("Estudio sin la palabra", "nada", "Nada aquí", "STUDY", "[\"ARCHIVES\"]", "NETWORK");
        expect(200, send("POST", "/api/v1/library/" + inPdf + "/files", mario, "{\"name\":\"estudio.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(Hub.pdf("Texto del anexo con " + w + " adentro")) + "\"}"));

        Hub.eventually(5, () -> assertThat(ids(json(get("/api/v1/library?q=" + enc(w.toUpperCase()), pedro)))).hasSize(4));
        JsonNode r = json(get("/api/v1/library?q=" + enc(w.toUpperCase()), pedro));
        assertThat(ids(r)).containsExactly(inTitle, inKeywords, inSummary, inPdf);
        assertThat(r.get("page").get("items").get(0).get("score").asLong())
                .isGreaterThan(r.get("page").get("items").get(1).get("score").asLong());

        // "informacion publica" (no accents, any case) finds "Información pública".
        JsonNode accents = json(get("/api/v1/library?q=" + enc("INFORMACION publica " + w), pedro));
        assertThat(ids(accents)).containsExactly(inTitle);
        assertThat(count("SELECT COUNT(*) FROM search_change WHERE item_type = 'LibraryEntry' AND item_id = ?", inTitle)).isEqualTo(1);

        // Facets count the whole result; a facet filter narrows it.
        assertThat(r.get("page").get("total").asLong()).isEqualTo(4);
        assertThat(facet(r, "types", "STUDY")).isEqualTo(2);
        assertThat(facet(r, "topics", "ARCHIVES")).isEqualTo(2);
        assertThat(facet(r, "bodies", String.valueOf(jal))).isEqualTo(4);
        assertThat(facet(r, "years", "2024")).isEqualTo(4);
        JsonNode studies = json(get("/api/v1/library?q=" + w + "&type=STUDY", pedro));
        assertThat(ids(studies)).containsExactly(inTitle, inPdf);
        JsonNode archives = json(get("/api/v1/library?q=" + w + "&topic=ARCHIVES", pedro));
        assertThat(ids(archives)).containsExactlyInAnyOrder(inSummary, inPdf);
        JsonNode none = json(get("/api/v1/library?q=" + w + "&year=1999", pedro));
        assertThat(none.get("page").get("total").asLong()).isZero();
    }

    static long facet(JsonNode result, String name, String value) {
        for (JsonNode f : result.get(name)) {
            if (value.equals(f.get("value").asText())) {
                return f.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void privateEntriesStayInTheirBodyAndPublicOnesGoToTheOutbox() throws Exception {
        String w = Hub.word();
        long priv = create("Nota privada " + w, "", "Solo ITEI", "ARTICLE", "[\"TRANSPARENCY\"]", "PRIVATE");
        long pub = create("Guía pública " + w, "", "Para todos", "GUIDE", "[\"TRANSPARENCY\",\"OPEN_GOVERNMENT\"]", "PUBLIC");
        Hub.eventually(5, () -> assertThat(ids(json(get("/api/v1/library?q=" + w, mario)))).contains(priv, pub));
        assertThat(ids(json(get("/api/v1/library?q=" + w, pedro)))).containsExactly(pub);
        assertThat(get("/api/v1/library/" + priv, pedro).statusCode()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'LibraryEntry' AND aggregate_id = ?"
                + " AND event_type = 'library.published' AND payload LIKE '%\"kind\":\"LIBRARY_ENTRY\"%' AND payload LIKE '%\"pnt\":{%'"
                + " AND payload LIKE '%OPEN_GOVERNMENT%'", pub)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'LibraryEntry' AND aggregate_id = ?", priv)).isZero();
    }

    @Test
    void aBodyAdoptsOnceAndTheLibrarySortsByAdoption() throws Exception {
        String w = Hub.word();
        long a = create("Práctica A " + w, "", "Resumen", "GOOD_PRACTICE", "[\"ACCOUNTABILITY\"]", "NETWORK");
        long b = create("Práctica B " + w, "", "Resumen", "GOOD_PRACTICE", "[\"ACCOUNTABILITY\"]", "NETWORK");
        String adoption = "{\"adoptedOn\":\"" + LocalDate.now().minusDays(3) + "\",\"note\":\"La aplicamos en Nuevo León\"}";
        JsonNode adopted = expect(200, send("POST", "/api/v1/library/" + a + "/adoptions", pedro, adoption));
        assertThat(adopted.get("adoptions").get(0).get("bodyAcronym").asText()).isEqualTo("COTAI");
        HttpResponse<String> twice = send("POST", "/api/v1/library/" + a + "/adoptions", pedro, adoption);
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("COTAI ya registró");
        expect(422, send("POST", "/api/v1/library/" + b + "/adoptions", pedro,
                "{\"adoptedOn\":\"" + LocalDate.now().plusDays(5) + "\",\"note\":\"Futuro\"}"));
        assertThat(count("SELECT COUNT(*) FROM library_adoption WHERE entry_id IN (?, ?)", a, b)).isEqualTo(1);
        Hub.eventually(5, () -> assertThat(ids(json(get("/api/v1/library?q=" + w + "&sort=ADOPTION", pedro)))).containsExactly(a, b));
        assertThat(json(get("/api/v1/library?q=" + w + "&sort=ADOPTION", pedro)).get("page").get("items").get(0)
                .get("adoptions").asInt()).isEqualTo(1);
    }

    @Test
    void twoEditorsOfOneEntryTheSecondGetsAConflictAndNothingIsLost() throws Exception {
        long id = create("Entrada editada", "", "Resumen original", "ARTICLE", "[\"ARCHIVES\"]", "NETWORK");
        long version = json(get("/api/v1/library/" + id, mario)).get("version").asLong();
        String first = entry("Título del primer editor", "", "Resumen original", "ARTICLE", "[\"ARCHIVES\"]", "NETWORK")
                .replace("}", ",\"version\":" + version + "}");
        expect(200, send("PUT", "/api/v1/library/" + id, mario, first));
        String second = entry("Título del segundo editor", "", "Resumen original", "ARTICLE", "[\"ARCHIVES\"]", "NETWORK")
                .replace("}", ",\"version\":" + version + "}");
        HttpResponse<String> conflict = send("PUT", "/api/v1/library/" + id, mario, second);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM library_entry WHERE id = ? AND title = 'Título del primer editor'", id)).isEqualTo(1);
        // Someone of another body may read it but not edit it.
        expect(403, send("PUT", "/api/v1/library/" + id, pedro, first.replace(",\"version\":" + version, ",\"version\":" + (version + 1))));
    }

    @Test
    void badEntriesAreRefusedAndDisguisedFilesToo() throws Exception {
        HttpResponse<String> empty = send("POST", "/api/v1/library", mario, entry("", "", "R", "GUIDE", "[\"ARCHIVES\"]", "NETWORK"));
        assertThat(empty.statusCode()).isEqualTo(422);
        HttpResponse<String> script = send("POST", "/api/v1/library", mario,
                entry("Entrada con script", "", "<script>alert(1)</script>", "GUIDE", "[\"ARCHIVES\"]", "NETWORK"));
        assertThat(script.statusCode()).isEqualTo(422);
        HttpResponse<String> noTopic = send("POST", "/api/v1/library", mario, entry("Entrada sin tema", "", "R", "GUIDE", "[]", "NETWORK"));
        assertThat(noTopic.statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM library_entry WHERE title IN ('Entrada con script', 'Entrada sin tema')")).isZero();
        long id = create("Entrada con archivo", "", "R", "GUIDE", "[\"ARCHIVES\"]", "NETWORK");
        HttpResponse<String> disguised = send("POST", "/api/v1/library/" + id + "/files", mario, "{\"name\":\"guia.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString("<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)) + "\"}");
        assertThat(disguised.statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM library_entry_file WHERE entry_id = ?", id)).isZero();
    }

    @Test
    void filesDownloadWithTheirOriginalNameAndAreCounted() throws Exception {
        long id = create("Entrada descargable", "", "R", "GUIDE", "[\"ARCHIVES\"]", "NETWORK");
        JsonNode withFile = expect(200, send("POST", "/api/v1/library/" + id + "/files", mario, "{\"name\":\"Guía de archivos 2025.pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(Hub.pdf("guia")) + "\"}"));
        long fileId = withFile.get("files").get(0).get("fileId").asLong();
        HttpResponse<byte[]> d = Hub.getBytes("/acervo/archivo?entrada=" + id + "&archivo=" + fileId, pedro);
        assertThat(d.statusCode()).isEqualTo(200);
        assertThat(new String(d.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(d.headers().firstValue("Content-Disposition").orElse("")).contains("Gu%C3%ADa%20de%20archivos%202025.pdf");
        assertThat(d.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(count("SELECT downloads FROM library_entry WHERE id = ?", id)).isEqualTo(1);
        assertThat(Hub.getBytes("/acervo/archivo?entrada=" + id + "&archivo=" + (fileId + 100000), pedro).statusCode()).isEqualTo(404);
    }
}
