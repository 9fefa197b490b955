package mx.snt.vinculo.it.sessions;

import mx.snt.vinculo.it.Hub;
import com.fasterxml.jackson.databind.JsonNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session services on the deployed EAR through the REST API, with real tokens, checking
 * the database: the whole cycle, and every refusal of the issue leaves nothing changed.
 */
class SessionsApiIT {

    static String sofia;   // secretaria técnica of CVPDCS
    static String elena;   // comisionada, CVPDCS
    static String carlos;  // comisionado, CVPDCS
    static String mario;   // personal, not of CVPDCS
    static long cvpdcs;
    static long elenaId;
    static long carlosId;

    @BeforeAll
    static void people() throws Exception {
        sofia = Hub.signIn("sofia.secretaria");
        elena = Hub.signIn("elena.comisionada");
        carlos = Hub.signIn("carlos.comisionado");
        mario = Hub.signIn("mario.personal");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        elenaId = Hub.count("SELECT id FROM member WHERE username = 'elena.comisionada'");
        carlosId = Hub.count("SELECT id FROM member WHERE username = 'carlos.comisionado'");
    }

    static JsonNode plan(String kind, LocalDate date, String title) throws Exception {
        return Hub.expect(201, Hub.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs + ",\"kind\":\"" + kind
                + "\",\"title\":\"" + title + "\",\"date\":\"" + date + "\",\"time\":\"11:00\",\"durationMinutes\":90,"
                + "\"place\":\"Sala de Plenos, Guadalajara\",\"remoteUrl\":\"https://reuniones.example.mx/cvpdcs\","
                + "\"remoteVoting\":true}"));
    }

    static JsonNode addItem(JsonNode s, String kind, String title, Long ref) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/items", sofia,
                "{\"version\":" + s.get("version").asLong() + ",\"kind\":\"" + kind + "\",\"title\":\"" + title
                        + "\",\"presenter\":\"Elena\"" + (ref == null ? "" : ",\"refSessionId\":" + ref) + "}"));
    }

    static JsonNode act(JsonNode s, String action) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/" + action, sofia,
                "{\"version\":" + s.get("version").asLong() + "}"));
    }

    static JsonNode addItemAs(String token, JsonNode s, String kind, String title) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/items", token,
                "{\"version\":" + s.get("version").asLong() + ",\"kind\":\"" + kind + "\",\"title\":\"" + title + "\"}"));
    }

    static JsonNode actAs(String token, JsonNode s, String action) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/" + action, token,
                "{\"version\":" + s.get("version").asLong() + "}"));
    }

    static JsonNode attendAs(String token, long id, long member, String status) throws Exception {
        return Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/attendance/" + member, token, "{\"status\":\"" + status + "\"}"));
    }

    static HttpResponse<String> voteAs(String token, long id, long item, String choice) throws Exception {
        return vote(id, item, token, choice);
    }

    static JsonNode attend(long id, long member, String status) throws Exception {
        return Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/attendance/" + member, sofia, "{\"status\":\"" + status + "\"}"));
    }

    static HttpResponse<String> vote(long id, long item, String token, String choice) throws Exception {
        return Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/votes", token, "{\"choice\":\"" + choice + "\"}");
    }

    /**
     * The session's day has come: its hour convened becomes now. A session convened with notice
     * is days ahead and may not start before its day (issue 12); the hub runs on the real clock.
     */
    static void dayHasCome(long id) throws Exception {
        Hub.update("UPDATE meeting SET starts_at = UTC_TIMESTAMP(6) WHERE id = ?", id);
    }

    static String state(long id) throws Exception {
        return Hub.string("SELECT state FROM meeting WHERE id = ?", id);
    }

    /**
     * The bug of issue 10: during the session an item moved ahead of one already voted shifted
     * it, and the next acuerdo repeated its number (a 500 on the unique constraint). Now a move
     * that would change a voted item's place is refused (422, problem+json), other moves still
     * work, and every acuerdo keeps the number it was issued with.
     */
    @Test
    void votedItemsNeverMoveAndAcuerdoNumbersNeverRepeat() throws Exception {
        JsonNode s = plan("ORDINARY", Hub.today().plusDays(22), "Sesión de prueba del orden y la numeración");
        long id = s.get("id").asLong();
        s = addItem(s, "PROPOSAL", "Primer punto", null);
        s = addItem(s, "PROPOSAL", "Segundo punto", null);
        s = addItem(s, "PROPOSAL", "Tercer punto", null);
        long item1 = s.get("items").get(0).get("id").asLong();
        long item2 = s.get("items").get(1).get("id").asLong();
        long item3 = s.get("items").get(2).get("id").asLong();
        s = act(s, "convene");
        dayHasCome(id);
        attend(id, elenaId, "PRESENT");
        s = attend(id, carlosId, "PRESENT");
        s = act(s, "start");
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item1 + "/open-vote", sofia, "{}"));
        Hub.expect(200, vote(id, item1, elena, "FOR"));
        Hub.expect(200, vote(id, item1, carlos, "FOR"));
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item1 + "/close-vote", sofia, "{}"));
        String prefix = "CVPDCS/SO/" + String.format("%02d", s.get("number").asInt()) + "/" + s.get("year").asInt() + "/";

        // Moving the third item ahead of the voted first one would shift it: refused, nothing moves.
        HttpResponse<String> ahead = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item3 + "/move", sofia,
                "{\"version\":" + s.get("version") + ",\"position\":1,\"reason\":\"Urgencia\"}");
        assertThat(ahead.statusCode()).isEqualTo(422);
        assertThat(ahead.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(Hub.json(ahead).get("detail").asText()).contains("ya fue votado");
        // Moving the voted item itself: refused too.
        HttpResponse<String> voted = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item1 + "/move", sofia,
                "{\"version\":" + s.get("version") + ",\"position\":3,\"reason\":\"Urgencia\"}");
        assertThat(voted.statusCode()).isEqualTo(422);
        assertThat(Hub.string("SELECT position FROM meeting_item WHERE id = ?", item1)).isEqualTo("1");
        assertThat(Hub.string("SELECT position FROM meeting_item WHERE id = ?", item3)).isEqualTo("3");

        // A move among items not yet voted is still allowed, and the numbering follows the places.
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item3 + "/move", sofia,
                "{\"version\":" + s.get("version") + ",\"position\":2,\"reason\":\"Urgencia\"}"));
        for (long item : new long[]{item3, item2}) {
            Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/current", sofia, "{}"));
            Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/open-vote", sofia, "{}"));
            Hub.expect(200, vote(id, item, elena, "FOR"));
            Hub.expect(200, vote(id, item, carlos, "AGAINST"));
            s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/close-vote", sofia, "{}"));
        }
        assertThat(Hub.string("SELECT number FROM acuerdo WHERE item_id = ?", item1)).isEqualTo(prefix + "01");
        assertThat(Hub.string("SELECT number FROM acuerdo WHERE item_id = ?", item3)).isEqualTo(prefix + "02");
        assertThat(Hub.string("SELECT number FROM acuerdo WHERE item_id = ?", item2)).isEqualTo(prefix + "03");
        assertThat(Hub.count("SELECT COUNT(DISTINCT number) FROM acuerdo WHERE meeting_id = ?", id)).isEqualTo(3);
    }

    @Test
    void wholeCycleFromPlanToPublicationWithRefusalsThatChangeNothing() throws Exception {
        JsonNode s = plan("ORDINARY", Hub.today().plusDays(21), "Sesión de prueba del ciclo completo");
        long id = s.get("id").asLong();
        assertThat(s.get("state").asText()).isEqualTo("PLANNED");

        // A commissioner does not drive the workflow.
        HttpResponse<String> forbidden = Hub.send("POST", "/api/v1/sessions/" + id + "/convene", elena, "{\"version\":0}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        s = addItem(s, "AGENDA_APPROVAL", "Aprobación del orden del día", null);
        long staleVersion = s.get("version").asLong();
        s = addItem(s, "PROPOSAL", "Programa de difusión en universidades", null);
        long item2 = s.get("items").get(1).get("id").asLong();
        s = addItem(s, "GENERAL_MATTERS", "Asuntos generales", null);
        long item3 = s.get("items").get(2).get("id").asLong();

        // Two secretaries, one agenda: the second edit on a stale version is a conflict, nothing lost.
        HttpResponse<String> stale = Hub.send("PUT", "/api/v1/sessions/" + id + "/items/" + item2, sofia,
                "{\"version\":" + staleVersion + ",\"kind\":\"PROPOSAL\",\"title\":\"Título que no debe quedar\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Hub.string("SELECT title FROM meeting_item WHERE id = ?", item2)).isEqualTo("Programa de difusión en universidades");

        // Documents: checked by content.
        HttpResponse<String> notDoc = Hub.upload("/api/v1/sessions/" + id + "/items/" + item2 + "/files?name=x.pdf&version="
                + s.get("version").asLong(), sofia, "esto no es un PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notDoc.statusCode()).isEqualTo(422);
        assertThat(Hub.json(notDoc).get("detail").asText()).contains("no es un documento admitido");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        s = Hub.expect(200, Hub.upload("/api/v1/sessions/" + id + "/items/" + item2 + "/files?name=programa.pdf&version="
                + s.get("version").asLong(), sofia, pdf));
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_item_file WHERE item_id = ?", item2)).isEqualTo(1);

        // Out of order: cannot start a session that was not convened.
        HttpResponse<String> early = Hub.send("POST", "/api/v1/sessions/" + id + "/start", sofia, "{\"version\":" + s.get("version") + "}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(state(id)).isEqualTo("PLANNED");

        s = act(s, "convene");
        assertThat(s.get("state").asText()).isEqualTo("CONVENED");
        String convocation = Hub.string("SELECT payload FROM outbox_event WHERE event_type = 'session.convened' AND aggregate_id = ?", id);
        JsonNode payload = Hub.JSON.readTree(convocation);
        assertThat(payload.get("notice").asText()).isEqualTo("CONVOCATION");
        assertThat(payload.get("recipients").toString()).contains("elena.comisionada").contains("carlos.comisionado")
                .contains("sofia.secretaria").doesNotContain("mario.personal");
        Calendar invitation = new CalendarBuilder().build(new StringReader(payload.get("ics").asText()));
        assertThat(((VEvent) invitation.getComponents("VEVENT").get(0)).getLocation().getValue()).isEqualTo("Sala de Plenos, Guadalajara");

        // Quorum: one of three members present is not enough.
        dayHasCome(id);
        attend(id, elenaId, "PRESENT");
        HttpResponse<String> noQuorum = Hub.send("POST", "/api/v1/sessions/" + id + "/start", sofia,
                "{\"version\":" + Hub.json(Hub.get("/api/v1/sessions/" + id, sofia)).get("version") + "}");
        assertThat(noQuorum.statusCode()).isEqualTo(422);
        assertThat(Hub.json(noQuorum).get("detail").asText()).contains("No hay quórum");
        assertThat(state(id)).isEqualTo("CONVENED");
        s = attend(id, carlosId, "REMOTE");
        s = act(s, "start");
        assertThat(s.get("state").asText()).isEqualTo("IN_PROGRESS");

        // Items in order: skipping ahead is refused, reordering during the session needs a reason.
        HttpResponse<String> skip = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item3 + "/current", sofia, "{}");
        assertThat(skip.statusCode()).isEqualTo(422);
        assertThat(Hub.json(skip).get("detail").asText()).contains("en orden");
        HttpResponse<String> noReason = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item3 + "/move", sofia,
                "{\"version\":" + s.get("version") + ",\"position\":1}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(Hub.string("SELECT position FROM meeting_item WHERE id = ?", item3)).isEqualTo("3");
        assertThat(Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item2 + "/open-vote", sofia, "{}").statusCode())
                .isEqualTo(422); // not the current item yet
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item2 + "/current", sofia, "{}"));

        // Votes: not before it opens; not from someone who is not a present commissioner.
        assertThat(vote(id, item2, elena, "FOR").statusCode()).isEqualTo(422);
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item2 + "/open-vote", sofia, "{}"));
        assertThat(vote(id, item2, mario, "FOR").statusCode()).isEqualTo(404);
        HttpResponse<String> secretaryVote = vote(id, item2, sofia, "FOR");
        assertThat(secretaryVote.statusCode()).isEqualTo(422);
        assertThat(Hub.json(secretaryVote).get("detail").asText()).contains("Solo votan los comisionados presentes");
        Hub.expect(200, vote(id, item2, elena, "FOR"));
        HttpResponse<String> early2 = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item2 + "/close-vote", sofia, "{}");
        assertThat(early2.statusCode()).isEqualTo(422);
        JsonNode tally = Hub.expect(200, vote(id, item2, carlos, "ABSTAIN"));
        assertThat(tally.get("items").get(1).get("votesFor").asLong()).isEqualTo(1);
        assertThat(tally.get("items").get(1).get("abstentions").asLong()).isEqualTo(1);
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item2 + "/close-vote", sofia, "{}"));
        String number = "CVPDCS/SO/" + String.format("%02d", s.get("number").asInt()) + "/" + s.get("year").asInt() + "/02";
        assertThat(s.get("acuerdos").get(0).get("number").asText()).isEqualTo(number);
        assertThat(Hub.string("SELECT result FROM acuerdo WHERE number = ?", number)).isEqualTo("APPROVED");

        // A closed vote cannot change.
        HttpResponse<String> late = vote(id, item2, elena, "AGAINST");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(Hub.json(late).get("detail").asText()).contains("ya se cerró");
        assertThat(Hub.string("SELECT b.choice FROM meeting_ballot b JOIN member m ON m.id = b.member_id"
                + " WHERE b.item_id = ? AND m.username = 'elena.comisionada'", item2)).isEqualTo("FOR");

        // An item of another session is refused.
        long otherItem = Hub.count("SELECT MIN(id) FROM meeting_item WHERE meeting_id <> ?", id);
        HttpResponse<String> foreign = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + otherItem + "/open-vote", sofia, "{}");
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(Hub.json(foreign).get("detail").asText()).contains("no pertenece a esta sesión");

        s = act(s, "close");
        assertThat(s.get("state").asText()).isEqualTo("CLOSED");
        assertThat(s.get("actaText").asText()).contains("Comisión de Vinculación");
        s = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/acta", sofia, "{\"version\":" + s.get("version")
                + ",\"text\":\"Narrativa revisada por la Secretaría Técnica.\"}"));
        HttpResponse<byte[]> acta = Hub.getBytes("/api/v1/sessions/" + id + "/acta.pdf", elena);
        assertThat(acta.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(acta.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("ACTA DE LA SESIÓN ORDINARIA").contains(number)
                    .contains("Narrativa revisada por la Secretaría Técnica.").contains("Página 1 de");
        }
        // Publishing before the acta is approved is out of order.
        assertThat(Hub.send("POST", "/api/v1/sessions/" + id + "/publish", sofia, "{\"version\":" + s.get("version") + "}").statusCode())
                .isEqualTo(422);

        // The acta is approved at a later session, as its agenda item.
        JsonNode next = plan("EXTRAORDINARY", Hub.today().plusDays(10), "Sesión que aprueba el acta");
        long nextId = next.get("id").asLong();
        next = addItem(next, "PREVIOUS_ACTA", "Aprobación del acta anterior", id);
        long actaItem = next.get("items").get(0).get("id").asLong();
        next = act(next, "convene");
        dayHasCome(nextId);
        attend(nextId, elenaId, "PRESENT");
        next = attend(nextId, carlosId, "PRESENT");
        next = act(next, "start");
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + nextId + "/items/" + actaItem + "/open-vote", sofia, "{}"));
        Hub.expect(200, vote(nextId, actaItem, elena, "FOR"));
        Hub.expect(200, vote(nextId, actaItem, carlos, "FOR"));
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + nextId + "/items/" + actaItem + "/close-vote", sofia, "{}"));
        assertThat(state(id)).isEqualTo("ACTA_APPROVED");

        s = Hub.json(Hub.get("/api/v1/sessions/" + id, sofia));
        s = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/links", sofia, "{\"version\":" + s.get("version")
                + ",\"recordingUrl\":\"https://videos.example.mx/cvpdcs/ciclo\"}"));
        s = act(s, "publish");
        assertThat(s.get("state").asText()).isEqualTo("PUBLISHED");
        assertThat(s.get("visibility").asText()).isEqualTo("PUBLIC");
        assertThat(Hub.string("SELECT visibility FROM acuerdo WHERE number = ?", number)).isEqualTo("PUBLIC");
        JsonNode acuerdoEvent = Hub.JSON.readTree(Hub.string("SELECT e.payload FROM outbox_event e JOIN acuerdo a ON a.id = e.aggregate_id"
                + " WHERE e.event_type = 'acuerdo.published' AND a.number = ?", number));
        assertThat(acuerdoEvent.get("pnt").get("number").asText()).isEqualTo(number);
        assertThat(acuerdoEvent.get("visibility").asText()).isEqualTo("PUBLIC");
        JsonNode actaEvent = Hub.JSON.readTree(Hub.string("SELECT payload FROM outbox_event WHERE event_type = 'acta.published'"
                + " AND aggregate_id = ?", id));
        long fileId = actaEvent.get("pnt").get("fileId").asLong();
        assertThat(Hub.string("SELECT kind FROM stored_file WHERE id = ?", fileId)).isEqualTo("PDF");
        assertThat(actaEvent.get("pnt").get("recordingUrl").asText()).isEqualTo("https://videos.example.mx/cvpdcs/ciclo");

        // Public now: anyone downloads the acta; the session page shows the recording.
        assertThat(Hub.getBytes("/sesiones/acta/" + id + ".pdf", null).statusCode()).isEqualTo(200);
        // The old address answers the public with its clean one (issue 15), where the recording is.
        HttpResponse<String> old = Hub.get("/sesiones/ver.xhtml?id=" + id, null);
        assertThat(old.statusCode()).isEqualTo(301);
        String clean = old.headers().firstValue("Location").orElseThrow().replace(Hub.APP, "");
        assertThat(Hub.get(clean, null).body()).contains("https://videos.example.mx/cvpdcs/ciclo");
        // The audit trail has every transition.
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Session' AND entity_id = ?"
                + " AND action = 'session.state'", id)).isEqualTo(4);
    }

    @Test
    void conveningWithoutTheNoticePeriodIsRefusedAndChangesNothing() throws Exception {
        JsonNode s = plan("ORDINARY", Hub.today().plusDays(1), "Sesión sin plazo suficiente");
        long id = s.get("id").asLong();
        s = addItem(s, "INFORMATION", "Informe", null);
        HttpResponse<String> r = Hub.send("POST", "/api/v1/sessions/" + id + "/convene", sofia, "{\"version\":" + s.get("version") + "}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(Hub.json(r).get("detail").asText()).contains("plazo de convocatoria").contains("5 días hábiles");
        assertThat(state(id)).isEqualTo("PLANNED");
        assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'session.convened' AND aggregate_id = ?", id)).isZero();
        // Moved to a date that respects the notice, it can be convened.
        s = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "?version=" + s.get("version").asLong(), sofia,
                "{\"title\":\"Sesión sin plazo suficiente\",\"date\":\"" + Hub.today().plusDays(21)
                        + "\",\"time\":\"12:00\",\"place\":\"Sala de Plenos\"}"));
        s = act(s, "convene");
        assertThat(state(id)).isEqualTo("CONVENED");
        // Cancelling needs a reason.
        assertThat(Hub.send("POST", "/api/v1/sessions/" + id + "/cancel", sofia, "{\"version\":" + s.get("version") + "}").statusCode())
                .isEqualTo(422);
        JsonNode c = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/cancel", sofia, "{\"version\":" + s.get("version")
                + ",\"reason\":\"Sin plazo\"}"));
        assertThat(c.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(Hub.string("SELECT cancel_reason FROM meeting WHERE id = ?", id)).isEqualTo("Sin plazo");
    }

    @Test
    void calendarsDownloadAndTheFeedIsPrivateAndRevocable() throws Exception {
        long demo = Hub.count("SELECT MIN(s.id) FROM meeting s JOIN workspace w ON w.id = s.workspace_id"
                + " WHERE w.code = 'CVPDCS' AND s.state = 'CONVENED'");
        HttpResponse<String> ics = Hub.get("/api/v1/sessions/" + demo + "/calendar.ics", elena);
        assertThat(ics.statusCode()).isEqualTo(200);
        Calendar one = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(one.getComponents("VEVENT")).hasSize(1);
        // Not a member of CVPDCS: a private session is not found, in the API and as a download.
        assertThat(Hub.get("/api/v1/sessions/" + demo + "/calendar.ics", mario).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/sesiones/ics/" + demo + ".ics", null).statusCode()).isEqualTo(404);

        String path = Hub.json(Hub.get("/api/v1/sessions/feed", elena)).get("path").asText();
        HttpResponse<String> feed = Hub.get(path, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        Calendar cal = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).contains("vinculo-sesion-" + demo + "@snt.mx");
        // Elena is in CVPDCS and CPDP, not CTIPNT: CTIPNT's sessions are not in her feed.
        assertThat(events).extracting(e -> e.getSummary().getValue()).allMatch(t -> !t.startsWith("CTIPNT"))
                .anyMatch(t -> t.startsWith("CVPDCS"));

        String renewed = Hub.json(Hub.send("POST", "/api/v1/sessions/feed/renew", elena, "{}")).get("path").asText();
        assertThat(renewed).isNotEqualTo(path);
        assertThat(Hub.get(path, null).statusCode()).isEqualTo(404);
        assertThat(Hub.get(renewed, null).statusCode()).isEqualTo(200);
    }

    @Test
    void demoDataShowsTheWholeCycleForTwoCommissions() throws Exception {
        for (String code : new String[]{"CVPDCS", "CTIPNT"}) {
            assertThat(Hub.count("SELECT COUNT(*) FROM meeting s JOIN workspace w ON w.id = s.workspace_id"
                    + " WHERE w.code = ? AND s.state = 'PUBLISHED' AND s.visibility = 'PUBLIC'", code)).isGreaterThanOrEqualTo(1);
            assertThat(Hub.count("SELECT COUNT(*) FROM acuerdo a JOIN workspace w ON w.id = a.workspace_id"
                    + " WHERE w.code = ? AND a.visibility = 'PUBLIC'", code)).isGreaterThanOrEqualTo(2);
            assertThat(Hub.count("SELECT COUNT(*) FROM meeting s JOIN workspace w ON w.id = s.workspace_id"
                    + " WHERE w.code = ? AND s.state = 'CONVENED'", code)).isGreaterThanOrEqualTo(2);
        }
        long published = Hub.count("SELECT MIN(s.id) FROM meeting s WHERE s.state = 'PUBLISHED'");
        HttpResponse<byte[]> pdf = Hub.getBytes("/sesiones/acta/" + published + ".pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("ACTA DE LA SESIÓN ORDINARIA 01/");
        }
        // mario is not a member of CVPDCS: its list shows him what is public or for the network, never its private ones.
        JsonNode list = Hub.expect(200, Hub.get("/api/v1/sessions?workspaceId=" + cvpdcs + "&size=100", mario));
        assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(1);
        list.get("items").forEach(i -> assertThat(i.get("visibility").asText()).isNotEqualTo("PRIVATE"));
        JsonNode members = Hub.expect(200, Hub.get("/api/v1/sessions?workspaceId=" + cvpdcs + "&size=100", elena));
        assertThat(members.get("total").asLong()).isGreaterThan(list.get("total").asLong());
    }
}
