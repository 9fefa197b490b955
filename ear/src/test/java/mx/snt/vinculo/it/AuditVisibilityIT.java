package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.json;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail follows the visibility rule: the admin of INAI (ana.admin, FED) gets 404 on
 * ITEI's private document, agreement, library entry and session, and on the audit page sees the
 * actions, times and actors of their events but none of their titles, party names, agenda items
 * or legal-review comments. No demo admin belongs to ITEI, so "who may see it sees the detail"
 * is asserted through a public document and through a private one that becomes public (its
 * earlier events follow).
 */
class AuditVisibilityIT {

    static String mario;   // personal, ITEI (JAL)
    static String sofia;   // secretaria técnica, ITEI (JAL) and CVPDCS
    static String lucia;   // juridico, INAIP (YUC)
    static String pedro;   // personal, COTAI (NL)
    static String ana;     // admin, INAI (FED)
    static long jal;
    static long nl;
    static long cvpdcs;

    @BeforeAll
    static void people() throws Exception {
        mario = Hub.signIn("mario.personal");
        sofia = Hub.signIn("sofia.secretaria");
        lucia = Hub.signIn("lucia.juridico");
        pedro = Hub.signIn("pedro.personal");
        ana = Hub.signIn("ana.admin");
        jal = Hub.workspaceId(mario, "JAL");
        nl = Hub.bodyId(mario, "NL");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
    }

    static JsonNode audit(String entityType, long entityId) throws Exception {
        return expect(200, get("/api/v1/audit?size=100&entityType=" + entityType + "&entityId=" + entityId, ana));
    }

    /** Every secret word of ITEI's private items, each of which must stay off the audit page. */
    @Test
    void anAdminOfAnotherBodySeesActionsAndTimesButNoContentOfPrivateItems() throws Exception {
        List<String> secrets = new ArrayList<>();

        // A private document.
        String docTitle = "Minuta " + Hub.word();
        secrets.add(docTitle);
        long doc = expect(201, send("POST", "/api/v1/documents", mario, "{\"workspaceId\":" + jal + ",\"title\":\""
                + docTitle + "\",\"body\":\"Interno\",\"visibility\":\"PRIVATE\"}")).get("id").asLong();

        // A private agreement with a party, sent back from legal review with a comment.
        String agTitle = "Convenio " + Hub.word();
        String party = "Universidad " + Hub.word();
        String comment = "Falta la cláusula " + Hub.word();
        secrets.addAll(List.of(agTitle, party, comment));
        JsonNode a = ok(send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"" + agTitle + "\",\"purpose\":\"Asistencia técnica.\"}"));
        long ag = a.get("id").asLong();
        a = ok(send("POST", "/api/v1/agreements/" + ag + "/parties", mario,
                "{\"bodyId\":" + nl + ",\"signatory\":\"Presidencia de la COTAI\"}"));
        a = ok(send("POST", "/api/v1/agreements/" + ag + "/parties", mario,
                "{\"category\":\"UNIVERSITY\",\"name\":\"" + party + "\",\"signatory\":\"Rectoría\",\"contactEmail\":\"enlace@udg.mx\"}"));
        a = ok(send("PUT", "/api/v1/agreements/" + ag + "/draft", mario, "{\"version\":" + a.get("version").asLong()
                + ",\"type\":\"COORDINACION\",\"title\":\"" + agTitle + "\",\"purpose\":\"Asistencia técnica.\","
                + "\"html\":\"<p>PRIMERA. Objeto.</p>\",\"publicInForce\":true}"));
        a = expect(200, move(mario, ag, a, "INTERNAL_REVIEW", null));
        a = expect(200, move(mario, ag, a, "LEGAL_REVIEW", null));
        a = expect(200, move(lucia, ag, a, "DRAFT", "\"comment\":\"" + comment + "\""));

        // A private library entry.
        String entryTitle = "Guía " + Hub.word();
        secrets.add(entryTitle);
        long entry = expect(201, send("POST", "/api/v1/library", mario, "{\"workspaceId\":" + jal + ",\"title\":\""
                + entryTitle + "\",\"authors\":\"Mario Pérez\",\"year\":2024,\"type\":\"GUIDE\",\"topics\":[\"ARCHIVES\"],"
                + "\"keywords\":\"\",\"summary\":\"Resumen\",\"visibility\":\"PRIVATE\"}")).get("id").asLong();

        // A (private, as every planned one) session of CVPDCS with an agenda item.
        String sessionTitle = "Sesión " + Hub.word();
        String itemTitle = "Punto " + Hub.word();
        secrets.addAll(List.of(sessionTitle, itemTitle));
        JsonNode s = expect(201, send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"ORDINARY\",\"title\":\"" + sessionTitle + "\",\"date\":\"" + Hub.today().plusDays(30)
                + "\",\"time\":\"11:00\",\"durationMinutes\":90,\"place\":\"Sala de Plenos\",\"remoteVoting\":false}"));
        long session = s.get("id").asLong();
        expect(200, send("POST", "/api/v1/sessions/" + session + "/items", sofia, "{\"version\":" + s.get("version").asLong()
                + ",\"kind\":\"PROPOSAL\",\"title\":\"" + itemTitle + "\",\"presenter\":\"Elena\"}"));

        // The admin of INAI may not see any of them…
        assertThat(get("/api/v1/documents/" + doc, ana).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/agreements/" + ag, ana).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/library/" + entry, ana).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/sessions/" + session, ana).statusCode()).isEqualTo(404);

        // …and the audit page shows none of their content: not on the first page, not filtered by item.
        String page = get("/api/v1/audit?size=100", ana).body();
        for (String secret : secrets) {
            assertThat(page).doesNotContain(secret);
        }
        for (Object[] item : new Object[][]{{"Document", doc}, {"Agreement", ag}, {"LibraryEntry", entry}, {"Session", session}}) {
            JsonNode events = audit((String) item[0], (Long) item[1]).get("items");
            // The events are there, with action, time and who; the item and the detail are not.
            assertThat(events.size()).as("events of " + item[0]).isPositive();
            for (JsonNode e : events) {
                assertThat(e.get("restricted").asBoolean()).isTrue();
                assertThat(e.get("action").asText()).isNotBlank();
                assertThat(e.get("occurredAt").asText()).isNotBlank();
                assertThat(e.get("actor").asText()).isNotBlank();
                assertThat(e.hasNonNull("detail")).isFalse();  // JSON-B leaves nulls out
                assertThat(e.get("entityId").asLong()).isZero();
            }
            for (String secret : secrets) {
                assertThat(events.toString()).doesNotContain(secret);
            }
        }
        // The actions stay readable.
        assertThat(audit("Agreement", ag).toString()).contains("agreement.transition").contains("agreement.party.add");
        assertThat(audit("Session", session).toString()).contains("session.item.add").contains("sofia.secretaria");
    }

    @Test
    void detailsOfItemsTheAdminMaySeeShowAndFollowAVisibilityChange() throws Exception {
        String publicTitle = "Aviso " + Hub.word();
        long shared = expect(201, send("POST", "/api/v1/documents", mario, "{\"workspaceId\":" + jal + ",\"title\":\""
                + publicTitle + "\",\"body\":\"Para todos\",\"visibility\":\"NETWORK\"}")).get("id").asLong();
        JsonNode e = audit("Document", shared).get("items").get(0);
        assertThat(e.get("restricted").asBoolean()).isFalse();
        assertThat(e.get("detail").asText()).isEqualTo(publicTitle);
        assertThat(e.get("entityId").asLong()).isEqualTo(shared);

        // A private document becomes public: its earlier events (the creation, with the title) follow.
        String laterPublic = "Informe " + Hub.word();
        JsonNode d = expect(201, send("POST", "/api/v1/documents", mario, "{\"workspaceId\":" + jal + ",\"title\":\""
                + laterPublic + "\",\"body\":\"Texto\",\"visibility\":\"PRIVATE\"}"));
        long id = d.get("id").asLong();
        assertThat(audit("Document", id).toString()).doesNotContain(laterPublic);
        expect(200, send("PATCH", "/api/v1/documents/" + id, mario,
                "{\"visibility\":\"PUBLIC\",\"version\":" + d.get("version").asLong() + "}"));
        JsonNode events = audit("Document", id).get("items");
        assertThat(events).hasSize(2);
        assertThat(events.toString()).contains(laterPublic);
        events.forEach(x -> assertThat(x.get("restricted").asBoolean()).isFalse());

        // The stored scope followed the change.
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND entity_type = 'Document'"
                + " AND visibility = 'PUBLIC' AND workspace_id = ?", id, jal)).isEqualTo(2);
        // Non-admins do not read the audit trail at all.
        assertThat(get("/api/v1/audit", pedro).statusCode()).isEqualTo(403);
    }

    static HttpResponse<String> move(String token, long id, JsonNode a, String to, String extra) throws Exception {
        return send("POST", "/api/v1/agreements/" + id + "/transitions", token,
                "{\"version\":" + a.get("version").asLong() + ",\"to\":\"" + to + "\"" + (extra == null ? "" : "," + extra) + "}");
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return json(r);
    }
}
