package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 through the API on the deployed EAR: a body's voting rules, a start refused before
 * the session's day, the chair's casting vote deciding a 1–1 tie, a recusal out of the base,
 * a secret ballot that shows no names anywhere (detail, database read side, acta), and the
 * roll call of the open votes in the acta.
 */
class VotingRulesIT {

    static String sofia;
    static String elena;
    static String carlos;
    static String mario;
    static long cvpdcs;
    static long elenaId;
    static long carlosId;

    @BeforeAll
    static void people() throws Exception {
        SessionsApiIT.people();
        sofia = SessionsApiIT.sofia;
        elena = SessionsApiIT.elena;
        carlos = SessionsApiIT.carlos;
        mario = SessionsApiIT.mario;
        cvpdcs = SessionsApiIT.cvpdcs;
        elenaId = SessionsApiIT.elenaId;
        carlosId = SessionsApiIT.carlosId;
    }

    /** The body's rules go back to the defaults, so other tests of CVPDCS start sessions with no chair. */
    @AfterAll
    static void restore() throws Exception {
        Hub.send("PUT", "/api/v1/sessions/voting-rules/" + cvpdcs, sofia,
                "{\"defaultRule\":\"SIMPLE_MAJORITY_PRESENT\",\"castingVote\":false}");
    }

    static JsonNode item(JsonNode s, String title, String extra) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/items", sofia,
                "{\"version\":" + s.get("version").asLong() + ",\"kind\":\"PROPOSAL\",\"title\":\"" + title + "\"" + extra + "}"));
    }

    static JsonNode itemNode(JsonNode s, long itemId) {
        for (JsonNode i : s.get("items")) {
            if (i.get("id").asLong() == itemId) {
                return i;
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    static String vote(JsonNode rollCall, long memberId) {
        for (JsonNode r : rollCall) {
            if (r.get("memberId").asLong() == memberId) {
                return r.get("vote").asText();
            }
        }
        return null;
    }

    static void itemAction(long id, long item, String action) throws Exception {
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/" + action, sofia, "{}"));
    }

    @Test
    void castingVoteRecusalSecretBallotAndAStartBeforeTheDay() throws Exception {
        // The body's rules: members read them, only its secretary changes them, others do not see them.
        assertThat(Hub.get("/api/v1/sessions/voting-rules/" + cvpdcs, mario).statusCode()).isEqualTo(404);
        assertThat(Hub.send("PUT", "/api/v1/sessions/voting-rules/" + cvpdcs, elena,
                "{\"defaultRule\":\"QUALIFIED_TWO_THIRDS\",\"castingVote\":true}").statusCode()).isEqualTo(403);
        JsonNode rules = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/voting-rules/" + cvpdcs, sofia,
                "{\"defaultRule\":\"SIMPLE_MAJORITY_PRESENT\",\"castingVote\":true}"));
        assertThat(rules.get("castingVote").asBoolean()).isTrue();
        assertThat(Hub.json(Hub.get("/api/v1/sessions/voting-rules/" + cvpdcs, elena)).get("castingVote").asBoolean()).isTrue();
        assertThat(Hub.count("SELECT COUNT(*) FROM body_voting_settings WHERE workspace_id = ? AND casting_vote = TRUE", cvpdcs))
                .isEqualTo(1);

        LocalDate day = Hub.today().plusDays(21);
        JsonNode s = SessionsApiIT.plan("ORDINARY", day, "Sesión de prueba de las reglas de votación");
        long id = s.get("id").asLong();
        s = item(s, "Programa de difusión", "");
        s = item(s, "Lineamientos de la Comisión", ",\"voteRule\":\"QUALIFIED_TWO_THIRDS\"");
        s = item(s, "Nombramiento de la Secretaría Técnica", ",\"secret\":true");
        long tie = s.get("items").get(0).get("id").asLong();
        long recusal = s.get("items").get(1).get("id").asLong();
        long secret = s.get("items").get(2).get("id").asLong();
        assertThat(itemNode(s, tie).get("voteRule").asText()).isEqualTo("SIMPLE_MAJORITY_PRESENT");
        assertThat(itemNode(s, recusal).get("voteRule").asText()).isEqualTo("QUALIFIED_TWO_THIRDS");
        assertThat(itemNode(s, secret).get("secret").asBoolean()).isTrue();
        s = SessionsApiIT.act(s, "convene");
        SessionsApiIT.attend(id, elenaId, "PRESENT");
        s = SessionsApiIT.attend(id, carlosId, "PRESENT");

        // Three weeks early: refused with the day and the hour, in Spanish and in English; nothing changes.
        String start = "{\"version\":" + s.get("version") + ",\"chairMemberId\":" + elenaId + "}";
        HttpResponse<String> early = Hub.send("POST", "/api/v1/sessions/" + id + "/start", sofia, start);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String date = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(Hub.json(early).get("detail").asText()).isEqualTo("La sesión está convocada para el " + date
                + " a las 11:00; puede iniciarse a partir de las 10:00 de ese día.");
        HttpResponse<String> earlyEn = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + "/api/v1/sessions/" + id + "/start"))
                .header("Authorization", "Bearer " + sofia).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(start)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(earlyEn.statusCode()).isEqualTo(422);
        assertThat(Hub.json(earlyEn).get("detail").asText())
                .isEqualTo("The session is convened for " + date + " at 11:00; it may start from 10:00 that day.");
        assertThat(SessionsApiIT.state(id)).isEqualTo("CONVENED");
        assertThat(Hub.string("SELECT started_at FROM meeting WHERE id = ?", id)).isNull();

        // On its day: the body's chair breaks ties, so the chair must be named.
        SessionsApiIT.dayHasCome(id);
        HttpResponse<String> noChair = Hub.send("POST", "/api/v1/sessions/" + id + "/start", sofia, "{\"version\":" + s.get("version") + "}");
        assertThat(noChair.statusCode()).isEqualTo(422);
        assertThat(Hub.json(noChair).get("detail").asText()).contains("voto de calidad");
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/start", sofia, start));
        assertThat(s.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(Hub.count("SELECT chair_member_id FROM meeting WHERE id = ?", id)).isEqualTo(elenaId);

        // 1. A 1–1 tie: the chair (Elena) voted for, so it passes, and the acuerdo says so.
        itemAction(id, tie, "open-vote");
        Hub.expect(200, SessionsApiIT.vote(id, tie, elena, "FOR"));
        Hub.expect(200, SessionsApiIT.vote(id, tie, carlos, "AGAINST"));
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + tie + "/close-vote", sofia, "{}"));
        assertThat(itemNode(s, tie).get("result").asText()).isEqualTo("APPROVED");
        JsonNode acuerdo = s.get("acuerdos").get(0);
        assertThat(acuerdo.get("castingVote").asBoolean()).isTrue();
        assertThat(acuerdo.get("text").asText()).startsWith("Se aprueba, con el voto de calidad de quien preside: Programa de difusión");
        assertThat(Hub.count("SELECT casting_vote FROM acuerdo WHERE item_id = ?", tie)).isEqualTo(1);
        JsonNode roll = itemNode(s, tie).get("rollCall");
        assertThat(vote(roll, elenaId)).isEqualTo("FOR");
        assertThat(vote(roll, carlosId)).isEqualTo("AGAINST");

        // 2. Carlos recuses himself: he may not vote, and two thirds are counted without him.
        itemAction(id, recusal, "current");
        itemAction(id, recusal, "open-vote");
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + recusal + "/recusals", carlos,
                "{\"reason\":\"Conflicto de interés\"}"));
        assertThat(itemNode(s, recusal).get("recusals").get(0).get("memberId").asLong()).isEqualTo(carlosId);
        assertThat(itemNode(s, recusal).get("recusals").get(0).get("reason").asText()).isEqualTo("Conflicto de interés");
        HttpResponse<String> recusedVote = SessionsApiIT.vote(id, recusal, carlos, "AGAINST");
        assertThat(recusedVote.statusCode()).isEqualTo(422);
        assertThat(Hub.json(recusedVote).get("detail").asText()).contains("se excusó");
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_ballot WHERE item_id = ?", recusal)).isZero();
        Hub.expect(200, SessionsApiIT.vote(id, recusal, elena, "FOR"));
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + recusal + "/close-vote", sofia, "{}"));
        assertThat(itemNode(s, recusal).get("result").asText()).isEqualTo("APPROVED");
        assertThat(vote(itemNode(s, recusal).get("rollCall"), carlosId)).isEqualTo("RECUSED");
        assertThat(Hub.count("SELECT recusals FROM acuerdo WHERE item_id = ?", recusal)).isEqualTo(1);
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_recusal WHERE item_id = ?", recusal)).isEqualTo(1);

        // 3. A secret ballot: counts only; who has voted is kept, what they voted is tied to nobody.
        itemAction(id, secret, "current");
        itemAction(id, secret, "open-vote");
        Hub.expect(200, SessionsApiIT.vote(id, secret, elena, "FOR"));
        HttpResponse<String> again = SessionsApiIT.vote(id, secret, elena, "AGAINST");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(Hub.json(again).get("detail").asText()).contains("votación secreta");
        HttpResponse<String> tooSoon = Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + secret + "/close-vote", sofia, "{}");
        assertThat(Hub.json(tooSoon).get("detail").asText()).contains("Falta 1 voto");
        JsonNode mine = Hub.expect(200, SessionsApiIT.vote(id, secret, carlos, "FOR"));
        assertThat(itemNode(mine, secret).get("votedSecretly").asBoolean()).isTrue();
        JsonNode myVote = itemNode(mine, secret).get("myVote");
        assertThat(myVote == null || myVote.isNull()).isTrue();
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + secret + "/close-vote", sofia, "{}"));
        JsonNode secretItem = itemNode(s, secret);
        assertThat(secretItem.get("votesFor").asLong()).isEqualTo(2);
        assertThat(secretItem.get("rollCall")).isEmpty();
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_ballot WHERE item_id = ? AND member_id IS NULL", secret)).isEqualTo(2);
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_ballot WHERE item_id = ? AND member_id IS NOT NULL", secret)).isZero();
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_secret_voter WHERE item_id = ?", secret)).isEqualTo(2);
        // Neither the ballot (who recorded it) nor the audit trail (the choice) ties a vote to its voter.
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_ballot WHERE item_id = ? AND cast_by <> 'secret'", secret)).isZero();
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'AgendaItem' AND entity_id = ?"
                + " AND action = 'session.vote.cast' AND to_state IS NOT NULL", secret)).isZero();
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'AgendaItem' AND entity_id = ?"
                + " AND action = 'session.vote.cast'", secret)).isEqualTo(2);
        String elenaName = null;
        String carlosName = null;
        for (JsonNode a : s.get("attendees")) {
            if (a.get("memberId").asLong() == elenaId) {
                elenaName = a.get("name").asText();
            } else if (a.get("memberId").asLong() == carlosId) {
                carlosName = a.get("name").asText();
            }
        }
        assertThat(secretItem.toString()).doesNotContain(elenaName).doesNotContain(carlosName)
                .doesNotContain("elena").doesNotContain("carlos");
        JsonNode secretAcuerdo = s.get("acuerdos").get(2);
        assertThat(secretAcuerdo.get("secret").asBoolean()).isTrue();
        // The public read of the detail is the same as a member's: no names on the secret item.
        assertThat(itemNode(Hub.json(Hub.get("/api/v1/sessions/" + id, elena)), secret).get("rollCall")).isEmpty();

        // The acta: the roll call of the open votes, who recused, counts only for the secret one.
        s = SessionsApiIT.act(s, "close");
        HttpResponse<byte[]> acta = Hub.getBytes("/api/v1/sessions/" + id + "/acta.pdf", elena);
        assertThat(acta.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(acta.body())) {
            // Words only: a long line may wrap anywhere.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String today = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX")).format(Hub.today());
            assertThat(text).contains("Fecha: " + today).contains("horas del " + today);
            assertThat(text).contains("Votación nominal:").contains("con el voto de calidad de quien preside")
                    .contains(elenaName + " a favor").contains(carlosName + " en contra").contains(carlosName + " excusa")
                    .contains("Se excusó de este asunto: " + carlosName + ": Conflicto de interés")
                    .contains("Regla: mayoría calificada de dos terceras partes");
            String secretPart = text.substring(text.indexOf("3. Nombramiento de la Secretaría Técnica"), text.indexOf(" Acuerdos "));
            assertThat(secretPart).contains("Votación secreta: solo constan los totales.").contains("2 a favor, 0 en contra")
                    .doesNotContain(elenaName).doesNotContain(carlosName).doesNotContain("Votación nominal");
        }
    }
}
