package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing PRIVATE or NETWORK reaches the public: for every kind the public reads (session, acuerdo, agreement in
 * force, library entry, material of each kind, document), a PRIVATE and a NETWORK item carry one unique marker
 * word and a PUBLIC control item another; every public page, Atom feed, iCalendar feed, CSV and JSON download, the
 * sitemap, every page of the public API and the public search are read signed out, and the hidden marker is in
 * none of them while each control is found (so the test can fail). Sessions, library entries and documents are
 * made through the API as their people would; acuerdos through a vote (their visibility set as publication
 * would); agreements in force and materials are copies of the demo's public ones with the visibility changed,
 * since reaching IN_FORCE or filling a material takes a whole workflow that other tests cover.
 */
class PublicLeakIT {

    static PublicSessions sessions;
    static final Map<String, String> HIDDEN = new LinkedHashMap<>();  // kind → marker of its PRIVATE and NETWORK items
    static final Map<String, String> SHOWN = new LinkedHashMap<>();   // kind → marker of its PUBLIC control
    static String shownDocument;

    @BeforeAll
    static void items() throws Exception {
        sessions = new PublicSessions();
        String mario = Hub.signIn("mario.personal");
        long jal = Hub.workspaceId(mario, "JAL");

        // Sessions: a private one and one for the network (planned so), and a public control (announced).
        String hiddenSession = mark("SESSION", "sesion");
        session("PRIVATE", "Sesión reservada " + hiddenSession);
        session("NETWORK", "Sesión de red " + hiddenSession);
        // The control session holds the acuerdos: its items' titles are public, the acuerdos' markers come after.
        JsonNode control = sessions.act(session("PRIVATE", "Sesión abierta " + show("SESSION", "sesion")), "announce");
        control = sessions.started(control);
        List<Long> acuerdos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            control = voteItem(control, i);
        }
        for (JsonNode a : control.get("acuerdos")) {
            acuerdos.add(a.get("id").asLong());
        }
        assertThat(acuerdos).hasSize(3);
        String hiddenAcuerdo = mark("ACUERDO", "acuerdo");
        String shownAcuerdo = show("ACUERDO", "acuerdo");
        // Their texts get their markers; one stays private, one is for the network, one is published.
        Hub.update("UPDATE acuerdo SET text = ? WHERE id = ?", "Se aprueba el punto reservado " + hiddenAcuerdo, acuerdos.get(0));
        Hub.update("UPDATE acuerdo SET text = ?, visibility = 'NETWORK' WHERE id = ?", "Se aprueba el punto de red " + hiddenAcuerdo,
                acuerdos.get(1));
        Hub.update("UPDATE acuerdo SET text = ?, visibility = 'PUBLIC' WHERE id = ?", "Se aprueba el punto abierto " + shownAcuerdo,
                acuerdos.get(2));

        // Library entries and documents through the API.
        String hiddenEntry = mark("ENTRY", "acervo");
        entry(mario, jal, "Guía reservada " + hiddenEntry, "PRIVATE");
        entry(mario, jal, "Guía de red " + hiddenEntry, "NETWORK");
        entry(mario, jal, "Guía abierta " + show("ENTRY", "acervo"), "PUBLIC");
        String hiddenDocument = mark("DOCUMENT", "documento");
        document(mario, jal, "Documento reservado " + hiddenDocument, "PRIVATE");
        document(mario, jal, "Documento de red " + hiddenDocument, "NETWORK");
        // A public document has no page of the public site of its own: the search finds it.
        shownDocument = "visibledocumento" + Hub.word();
        document(mario, jal, "Documento abierto " + shownDocument, "PUBLIC");

        // Agreements in force: copies of the demo's public one.
        long inForce = Hub.count("SELECT MIN(id) FROM agreement WHERE state = 'IN_FORCE' AND visibility = 'PUBLIC'");
        String hiddenAgreement = mark("AGREEMENT", "convenio");
        copy("agreement", inForce, "Convenio reservado " + hiddenAgreement, "PRIVATE");
        copy("agreement", inForce, "Convenio de red " + hiddenAgreement, "NETWORK");
        copy("agreement", inForce, "Convenio abierto " + show("AGREEMENT", "convenio"), "PUBLIC");

        // Materials of each kind: copies of the demo's public ones (a gallery keeps no images: its title is the point).
        for (String kind : List.of("DOCUMENTARY", "AUDIOVISUAL", "STENOGRAPHIC", "STATISTICAL", "PHOTOGRAPHIC")) {
            long demo = Hub.count("SELECT MIN(id) FROM material WHERE kind = ? AND visibility = 'PUBLIC'", kind);
            String hidden = mark("MATERIAL_" + kind, "material");
            copy("material", demo, "Material reservado " + hidden, "PRIVATE");
            copy("material", demo, "Material de red " + hidden, "NETWORK");
            copy("material", demo, "Material abierto " + show("MATERIAL_" + kind, "material"), "PUBLIC");
        }
    }

    private static String mark(String kind, String prefix) {
        String m = "oculto" + prefix + Hub.word();
        HIDDEN.put(kind, m);
        return m;
    }

    private static String show(String kind, String prefix) {
        String m = "visible" + prefix + Hub.word();
        SHOWN.put(kind, m);
        return m;
    }

    private static JsonNode session(String visibility, String title) throws Exception {
        JsonNode s = expect(201, send("POST", "/api/v1/sessions", sessions.sofia, "{\"workspaceId\":" + sessions.cvpdcs
                + ",\"kind\":\"EXTRAORDINARY\",\"title\":\"" + title + "\",\"date\":\"" + LocalDate.now(Hub.MEXICO).plusDays(3)
                + "\",\"time\":\"11:00\",\"durationMinutes\":90,\"place\":\"Sala de Plenos\",\"livestreamUrl\":"
                + "\"https://www.youtube.com/watch?v=" + PublicSessions.STREAM_ID + "\",\"remoteVoting\":true,\"visibility\":\""
                + visibility + "\"}"));
        s = sessions.item(s, "Primer punto de " + title);
        s = sessions.item(s, "Segundo punto de " + title);
        s = sessions.item(s, "Tercer punto de " + title);
        return sessions.act(s, "convene");
    }

    private static JsonNode voteItem(JsonNode s, int index) throws Exception {
        long id = s.get("id").asLong();
        long item = s.get("items").get(index).get("id").asLong();
        if (index > 0) {
            // Only the item in discussion is voted: the secretary takes the next one up first.
            Hub.expect(200, send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/current", sessions.sofia, "{}"));
        }
        Hub.expect(200, send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/open-vote", sessions.sofia, "{}"));
        Hub.expect(200, send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/votes", sessions.elena, "{\"choice\":\"FOR\"}"));
        Hub.expect(200, send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/votes", sessions.carlos, "{\"choice\":\"FOR\"}"));
        return Hub.expect(200, send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/close-vote", sessions.sofia, "{}"));
    }

    private static void entry(String token, long ws, String title, String visibility) throws Exception {
        expect(201, send("POST", "/api/v1/library", token, "{\"workspaceId\":" + ws + ",\"title\":\"" + title
                + "\",\"authors\":\"Mario Pérez\",\"year\":2025,\"type\":\"GUIDE\",\"topics\":[\"TRANSPARENCY\"],\"keywords\":\"datos\","
                + "\"summary\":\"Resumen de " + title + "\",\"visibility\":\"" + visibility + "\"}"));
    }

    private static void document(String token, long ws, String title, String visibility) throws Exception {
        expect(201, send("POST", "/api/v1/documents", token, "{\"workspaceId\":" + ws + ",\"title\":\"" + title
                + "\",\"body\":\"Texto de " + title + "\",\"visibility\":\"" + visibility + "\"}"));
    }

    /** A copy of a row with another title and visibility (every other column as it is, the id new). */
    private static void copy(String table, long id, String title, String visibility) throws Exception {
        List<String> columns = new ArrayList<>();
        try (var c = Hub.db(); var st = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String col = rs.getString(1).toLowerCase();
                    if (!col.equals("id")) {
                        columns.add(col);
                    }
                }
            }
        }
        String list = String.join(", ", columns);
        String select = String.join(", ", columns.stream().map(col -> switch (col) {
            case "title" -> "?";
            case "visibility" -> "?";
            default -> col;
        }).toList());
        int changed = Hub.update("INSERT INTO " + table + " (" + list + ") SELECT " + select + " FROM " + table + " WHERE id = ?",
                order(columns, title, visibility, id));
        assertThat(changed).isEqualTo(1);
    }

    /** The parameters in the order of the columns they replace (title and visibility), then the id. */
    private static Object[] order(List<String> columns, String title, String visibility, long id) {
        List<Object> out = new ArrayList<>();
        for (String c : columns) {
            if (c.equals("title")) {
                out.add(title);
            } else if (c.equals("visibility")) {
                out.add(visibility);
            }
        }
        out.add(id);
        return out.toArray();
    }

    /** Every public answer, signed out: pages, feeds, downloads, sitemap, the API's every page, and the search for each marker. */
    private static String everythingPublic() throws Exception {
        long ctipnt = Hub.count("SELECT id FROM workspace WHERE code = 'CTIPNT'");
        List<String> paths = new ArrayList<>(List.of("/", "/sesiones/publicas", "/acuerdos", "/convenios-vigentes",
                "/comisiones/cvpdcs", "/comisiones/ctipnt", "/regiones/rco", "/acervo/", "/materiales/index.xhtml",
                "/materiales/index.xhtml?ws=" + sessions.cvpdcs, "/materiales/index.xhtml?ws=" + ctipnt, "/datos/", "/sitemap.xml",
                "/feeds/sesiones.ics", "/feeds/cvpdcs/sesiones.ics"));
        for (String kind : List.of("sesiones", "acuerdos", "convenios", "acervo", "materiales")) {
            paths.add("/feeds/" + kind + ".atom");
            paths.add("/feeds/cvpdcs/" + kind + ".atom");
            paths.add("/feeds/jal/" + kind + ".atom");
        }
        for (String dataset : List.of("sesiones", "acuerdos", "convenios", "acervo")) {
            paths.add("/datos/descarga/" + dataset + ".csv");
            paths.add("/datos/descarga/" + dataset + ".json");
        }
        StringBuilder all = new StringBuilder();
        for (String p : paths) {
            HttpResponse<String> r = Hub.get(p, null);
            assertThat(r.statusCode()).as(p).isEqualTo(200);
            all.append(r.body()).append('\n');
        }
        // Every page of the public API.
        for (String dataset : List.of("sesiones", "acuerdos", "convenios", "acervo")) {
            int first = 0;
            long total;
            do {
                JsonNode page = Hub.expect(200, Hub.get("/api/v1/public/" + dataset + "?size=100&first=" + first, null));
                all.append(page).append('\n');
                total = page.get("total").asLong();
                first += 100;
            } while (first < total);
        }
        // The pages of every public session and acuerdo the sitemap lists (each item's own page).
        for (String loc : all.toString().split("<loc>")) {
            int end = loc.indexOf("</loc>");
            if (end > 0 && (loc.contains("/sesiones/") || loc.contains("/acuerdos/"))) {
                all.append(Hub.get(loc.substring(0, end).replace(Hub.APP, ""), null).body()).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void noPrivateOrNetworkItemOfAnyKindReachesAnyPublicAnswerWhileEachPublicControlDoes() throws Exception {
        String all = everythingPublic();
        HIDDEN.forEach((kind, marker) -> assertThat(all).as("%s oculto (%s)", kind, marker).doesNotContain(marker));
        SHOWN.forEach((kind, marker) -> assertThat(all).as("%s público (%s)", kind, marker).contains(marker));
    }

    @Test
    void thePublicSearchFindsThePublicControlsAndNothingHidden() throws Exception {
        // The index follows the database through its change log: what the API made is searchable shortly.
        for (String shown : List.of(SHOWN.get("SESSION"), SHOWN.get("ENTRY"), shownDocument)) {
            Hub.eventually(60, () -> assertThat(Hub.get("/buscar/index.xhtml?q=" + shown, null).body()).as(shown)
                    .contains("class=\"result\"").doesNotContain("id=\"no-results\""));
        }
        for (Map.Entry<String, String> e : HIDDEN.entrySet()) {
            HttpResponse<String> r = Hub.get("/buscar/index.xhtml?q=" + e.getValue(), null);
            assertThat(r.statusCode()).isEqualTo(200);
            // The search box repeats the words asked for; the results are none.
            assertThat(r.body()).as(e.getKey()).contains("id=\"no-results\"").doesNotContain("class=\"result\"");
        }
    }
}
