package mx.snt.vinculo.it.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data, feeds and the public API, signed out: every Atom feed parses with the elements RFC 4287 requires,
 * the public calendar parses with ical4j, the CSV and JSON downloads hold exactly the public items (a PRIVATE
 * and a NETWORK entry made here never appear; for sessions, acuerdos and agreements the ids equal the database's
 * public ones), the API pages and refuses a bad parameter with problem+json in the caller's language, and the
 * OpenAPI document lists only public paths.
 */
class OpenDataIT {

    static String word;
    static long publicEntry;
    static long privateEntry;
    static long networkEntry;

    @BeforeAll
    static void entries() throws Exception {
        String mario = Hub.signIn("mario.personal");
        long jal = Hub.workspaceId(mario, "JAL");
        word = Hub.word();
        publicEntry = create(mario, jal, "Guía abierta " + word, "PUBLIC");
        privateEntry = create(mario, jal, "Nota reservada " + word, "PRIVATE");
        networkEntry = create(mario, jal, "Nota de red " + word, "NETWORK");
    }

    private static long create(String token, long ws, String title, String visibility) throws Exception {
        return expect(201, send("POST", "/api/v1/library", token, "{\"workspaceId\":" + ws + ",\"title\":\"" + title
                + "\",\"authors\":\"Mario Pérez\",\"year\":2025,\"type\":\"GUIDE\",\"topics\":[\"TRANSPARENCY\"],\"keywords\":\"datos\","
                + "\"summary\":\"Resumen de " + title + "\",\"visibility\":\"" + visibility + "\"}")).get("id").asLong();
    }

    @Test
    void theCsvAndJsonDownloadsHoldThePublicItemsOnly() throws Exception {
        HttpResponse<byte[]> csv = Hub.getBytes("/datos/descarga/acervo.csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);  // the BOM for Excel
        List<CSVRecord> rows = parse(new String(bytes, StandardCharsets.UTF_8));
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(Long.parseLong(r.get("id"))));
        assertThat(ids).contains(publicEntry).doesNotContain(privateEntry, networkEntry);
        assertThat(ids).hasSize((int) Hub.count("SELECT COUNT(*) FROM library_entry WHERE visibility = 'PUBLIC'"));
        CSVRecord mine = rows.stream().filter(r -> r.get("id").equals(String.valueOf(publicEntry))).findFirst().orElseThrow();
        assertThat(mine.get("title")).isEqualTo("Guía abierta " + word);
        assertThat(mine.get("body")).isEqualTo("ITEI");
        assertThat(mine.get("topics")).isEqualTo("TRANSPARENCY");
        assertThat(mine.get("url")).isEqualTo(Hub.APP + "/acervo/ver.xhtml?id=" + publicEntry);
        String all = new String(bytes, StandardCharsets.UTF_8);
        assertThat(all).doesNotContain("Nota reservada " + word).doesNotContain("Nota de red " + word);

        JsonNode json = Hub.json(Hub.get("/datos/descarga/acervo.json", null));
        assertThat(json.get("dataset").asText()).isEqualTo("acervo");
        List<Long> jsonIds = new ArrayList<>();
        json.get("items").forEach(i -> jsonIds.add(i.get("id").asLong()));
        assertThat(new HashSet<>(jsonIds)).isEqualTo(ids);
        assertThat(jsonIds).isSorted();

        // Sessions, acuerdos and agreements: exactly the database's public rows (the demo has private ones too).
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting WHERE visibility <> 'PUBLIC'")).isPositive();
        assertThat(csvIds("sesiones")).isEqualTo(dbIds("SELECT id FROM meeting WHERE visibility = 'PUBLIC'")).isNotEmpty();
        assertThat(csvIds("acuerdos")).isEqualTo(dbIds("SELECT a.id FROM acuerdo a JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE a.visibility = 'PUBLIC' AND m.visibility = 'PUBLIC'")).isNotEmpty();
        assertThat(Hub.count("SELECT COUNT(*) FROM agreement WHERE NOT (visibility = 'PUBLIC' AND state = 'IN_FORCE')")).isPositive();
        assertThat(csvIds("convenios")).isEqualTo(dbIds("SELECT id FROM agreement WHERE visibility = 'PUBLIC' AND state = 'IN_FORCE'"));
        // One commission's data: its rows only; an unknown one is 404, a malformed one 400 problem+json.
        long cvpdcs = Hub.count("SELECT id FROM workspace WHERE code = 'CVPDCS' AND type = 'COMMISSION'");
        List<CSVRecord> one = parse(Hub.get("/datos/descarga/sesiones.csv?comision=cvpdcs", null).body());
        assertThat(one).isNotEmpty().allSatisfy(r -> assertThat(r.get("commission")).isEqualTo("CVPDCS"));
        assertThat(one).hasSize((int) Hub.count("SELECT COUNT(*) FROM meeting WHERE visibility = 'PUBLIC' AND workspace_id = ?", cvpdcs));
        assertThat(Hub.get("/datos/descarga/sesiones.csv?comision=NOEXISTE", null).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = Hub.get("/datos/descarga/sesiones.csv?comision=" + Hub.enc("<x>"), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Hub.get("/datos/descarga/secretos.csv", null).statusCode()).isEqualTo(404);
    }

    @Test
    void everyAtomFeedParsesWithItsRequiredElementsAndHoldsPublicItemsOnly() throws Exception {
        for (String kind : List.of("sesiones", "acuerdos", "convenios", "acervo", "materiales")) {
            for (String path : List.of("/feeds/" + kind + ".atom", "/feeds/cvpdcs/" + kind + ".atom")) {
                HttpResponse<String> r = Hub.get(path, null);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
                Element feed = atom(r.body());
                assertThat(feed.getLocalName()).isEqualTo("feed");
                for (String required : List.of("id", "title", "updated", "author")) {
                    assertThat(direct(feed, required)).as(path + " " + required).isNotEmpty();
                }
                assertThat(URI.create(direct(feed, "id").get(0).getTextContent()).getScheme()).isEqualTo("tag");
                boolean self = false;
                for (Element l : direct(feed, "link")) {
                    self |= "self".equals(l.getAttribute("rel")) && l.getAttribute("href").equals(Hub.APP + path);
                }
                assertThat(self).as(path + " self link").isTrue();
                for (Element e : direct(feed, "entry")) {
                    for (String required : List.of("id", "title", "updated", "link")) {
                        assertThat(direct(e, required)).as(path + " entry " + required).isNotEmpty();
                    }
                    assertThat(direct(e, "link").get(0).getAttribute("href")).startsWith(Hub.APP + "/");
                }
                if (!kind.equals("convenios") && !path.contains("/cvpdcs/")) {
                    assertThat(direct(feed, "entry")).as(path + " has entries (demo data)").isNotEmpty();
                }
                // And as a feed reader reads it (Rome): Atom 1.0, every entry with its title, link and date.
                com.rometools.rome.feed.synd.SyndFeed read = new com.rometools.rome.io.SyndFeedInput()
                        .build(new java.io.StringReader(r.body()));
                assertThat(read.getFeedType()).as(path).isEqualTo("atom_1.0");
                assertThat(read.getTitle()).as(path).isNotBlank();
                assertThat(read.getEntries()).hasSameSizeAs(direct(feed, "entry"));
                for (com.rometools.rome.feed.synd.SyndEntry e : read.getEntries()) {
                    assertThat(e.getTitle()).as(path).isNotBlank();
                    assertThat(e.getLink()).as(path).startsWith(Hub.APP + "/");
                    assertThat(e.getUpdatedDate()).as(path).isNotNull();
                }
            }
        }
        String library = Hub.get("/feeds/acervo.atom", null).body();
        assertThat(library).contains("Guía abierta " + word).doesNotContain("Nota reservada " + word).doesNotContain("Nota de red " + word);
        // Conditional GET: nothing changed, 304.
        HttpResponse<String> first = Hub.get("/feeds/acervo.atom", null);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + "/feeds/acervo.atom"))
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(Hub.get("/feeds/nada.atom", null).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/feeds/noexiste/sesiones.atom", null).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicCalendarParsesStrictlyWithStableUidsAndNoMeetingLink() throws Exception {
        HttpResponse<String> r = Hub.get("/feeds/sesiones.ics", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        for (String line : r.body().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar cal = new CalendarBuilder().build(new StringReader(r.body()));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        List<VEvent> events = cal.getComponents("VEVENT");
        Set<Long> publicIds = dbIds("SELECT id FROM meeting WHERE visibility = 'PUBLIC'");
        assertThat(events).isNotEmpty();
        for (VEvent e : events) {
            String uid = e.getUid().orElseThrow().getValue();
            assertThat(uid).matches("vinculo-sesion-\\d+@snt\\.mx");
            assertThat(publicIds).contains(Long.parseLong(uid.replaceAll("\\D+", " ").strip().split(" ")[0]));
            assertThat(e.getSequence()).isNotNull();
            assertThat(e.toString()).contains("STATUS:");
        }
        String remote = Hub.string("SELECT MAX(remote_url) FROM meeting WHERE visibility = 'PUBLIC'");
        if (remote != null) {
            assertThat(r.body().replace("\r\n ", "")).doesNotContain(remote);
        }
        assertThat(Hub.get("/feeds/cvpdcs/sesiones.ics", null).statusCode()).isEqualTo(200);
        assertThat(Hub.get("/feeds/acervo.ics", null).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicApiPagesAndRefusesBadParametersWithAProblemInTheCallersLanguage() throws Exception {
        JsonNode first = expect(200, Hub.get("/api/v1/public/acervo?size=2", null));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("total").asLong()).isEqualTo(Hub.count("SELECT COUNT(*) FROM library_entry WHERE visibility = 'PUBLIC'"));
        assertThat(first.get("links").get("next").asText()).isEqualTo(Hub.APP + "/api/v1/public/acervo?first=2&size=2");
        JsonNode second = expect(200, Hub.get("/api/v1/public/acervo?first=2&size=2", null));
        assertThat(second.get("first").asInt()).isEqualTo(2);
        assertThat(second.get("items").get(0).get("id").asLong()).isGreaterThan(first.get("items").get(1).get("id").asLong());
        JsonNode mine = expect(200, Hub.get("/api/v1/public/acervo?size=100&first="
                + Math.max(0, first.get("total").asLong() - 100), null));
        List<Long> last = new ArrayList<>();
        mine.get("items").forEach(i -> last.add(i.get("id").asLong()));
        assertThat(last).contains(publicEntry).doesNotContain(privateEntry, networkEntry);
        // A bearer token changes nothing: the public API answers what the public sees.
        JsonNode withToken = expect(200, Hub.get("/api/v1/public/acervo?size=100&first="
                + Math.max(0, first.get("total").asLong() - 100), Hub.signIn("mario.personal")));
        assertThat(withToken.get("total").asLong()).isEqualTo(first.get("total").asLong());

        HttpResponse<String> tooBig = Hub.get("/api/v1/public/sesiones?size=101", null);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Hub.json(tooBig).get("detail").asText()).isEqualTo("El parámetro «size» no tiene un valor válido.");
        HttpResponse<String> english = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + "/api/v1/public/sesiones?first=-1"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(Hub.json(english).get("detail").asText()).contains("first").doesNotContain("parámetro");
        assertThat(Hub.get("/api/v1/public/sesiones?size=abc", null).statusCode()).isEqualTo(400);
        assertThat(Hub.get("/api/v1/public/sesiones?commission=NOEXISTE", null).statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = Hub.get("/api/v1/public/secretos", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode sessions = expect(200, Hub.get("/api/v1/public/sesiones?commission=CVPDCS&size=100", null));
        sessions.get("items").forEach(s -> assertThat(s.get("commission").asText()).isEqualTo("CVPDCS"));
        // The members' API still asks for a token.
        assertThat(Hub.get("/api/v1/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentListsOnlyThePublicPaths() throws Exception {
        // A real validator first (swagger-parser): the document is valid OpenAPI 3, with no message at all.
        String json = Hub.get("/api/v1/public/openapi.json", null).body();
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed =
                new io.swagger.v3.parser.OpenAPIV3Parser().readContents(json, null, null);
        assertThat(parsed.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths().keySet()).isNotEmpty().allMatch(p -> p.startsWith("/public/"));
        JsonNode doc = expect(200, Hub.get("/api/v1/public/openapi.json", null));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo(Hub.APP + "/api/v1");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/public/"))
                .contains("/public/sesiones", "/public/acuerdos", "/public/convenios", "/public/acervo");
        String text = doc.toString();
        for (String internal : List.of("/me", "/admin", "/workspaces", "/documents", "/audit", "/integration", "/proposals")) {
            assertThat(text).doesNotContain("\"" + internal);
        }
        // Every documented path answers anonymously.
        for (String p : paths) {
            assertThat(Hub.get("/api/v1" + p, null).statusCode()).as(p).isEqualTo(200);
        }
        HttpResponse<String> yaml = Hub.get("/api/v1/public/openapi.yaml", null);
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(yaml.body()).startsWith("\"openapi\": \"3.0.3\"").contains("\n  \"/public/sesiones\":\n");
        // Payara's own /openapi stays off: it would describe the internal endpoints.
        assertThat(Hub.get("/openapi", null).statusCode()).isNotEqualTo(200);
    }

    @Test
    void theFieldsPageDescribesEveryFieldOfEveryDataset() throws Exception {
        HttpResponse<String> es = Hub.get("/datos/index.xhtml", null);
        assertThat(es.statusCode()).isEqualTo(200);
        assertThat(es.body()).contains("Datos abiertos").contains("Fecha y hora de inicio convocada, en UTC.")
                .contains("href=\"/datos/descarga/acuerdos.csv\"").contains("/api/v1/public/openapi.yaml");
        for (String field : List.of("startsAt", "votesAgainst", "validityEnd", "licence")) {
            assertThat(es.body()).contains("<code>" + field + "</code>");
        }
        // English: MaterialsBrowserIT switches the page's language (pages follow the person's choice, not the header).
    }

    private static List<CSVRecord> parse(String text) throws Exception {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(t))) {
            return p.getRecords();
        }
    }

    private static Set<Long> csvIds(String dataset) throws Exception {
        HttpResponse<String> r = Hub.get("/datos/descarga/" + dataset + ".csv", null);
        assertThat(r.statusCode()).isEqualTo(200);
        Set<Long> ids = new HashSet<>();
        parse(r.body()).forEach(rec -> ids.add(Long.parseLong(rec.get("id"))));
        return ids;
    }

    private static Set<Long> dbIds(String sql) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (var c = Hub.db(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static Element atom(String xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        return doc.getDocumentElement();
    }

    /** The element's children of that Atom name (not deeper descendants: an entry's id is not the feed's). */
    private static List<Element> direct(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
