package mx.snt.vinculo.it.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.json;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An accepted proposal becomes, with one action, an agenda item ("proposal for agreement") of a
 * session of its commission that has not started, linked both ways; every refusal changes nothing.
 */
class ProposalAgendaIT {

    static String mario;   // personal, ITEI (JAL)
    static String sofia;   // secretario-tecnico, member of CVPDCS
    static String ana;     // admin
    static long cvpdcs;
    static long ctipnt;

    @BeforeAll
    static void tokens() throws Exception {
        mario = Hub.signIn("mario.personal");
        sofia = Hub.signIn("sofia.secretaria");
        ana = Hub.signIn("ana.admin");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        ctipnt = count("SELECT id FROM workspace WHERE code = 'CTIPNT'");
    }

    static JsonNode submit(String title) throws Exception {
        return expect(201, send("POST", "/api/v1/proposals", mario, "{\"commissionId\":" + cvpdcs + ",\"title\":\"" + title
                + "\",\"summary\":\"Resumen para el orden del día\",\"text\":\"<p>Texto <b>de la propuesta</b></p>\","
                + "\"topic\":\"ACCESS_TO_INFORMATION\"}"));
    }

    static JsonNode accepted(String title) throws Exception {
        JsonNode p = submit(title);
        long id = p.get("id").asLong();
        JsonNode ev = expect(200, send("POST", "/api/v1/proposals/" + id + "/actions", sofia,
                "{\"action\":\"EVALUATE\",\"version\":" + p.get("version").asLong() + "}"));
        return expect(200, send("POST", "/api/v1/proposals/" + id + "/actions", sofia,
                "{\"action\":\"ACCEPT\",\"version\":" + ev.get("version").asLong() + ",\"answer\":\"Se lleva a sesión\"}"));
    }

    static JsonNode plan(String token, long workspaceId, String title) throws Exception {
        return expect(201, send("POST", "/api/v1/sessions", token, "{\"workspaceId\":" + workspaceId
                + ",\"kind\":\"ORDINARY\",\"title\":\"" + title + "\",\"date\":\"" + LocalDate.now().plusDays(20)
                + "\",\"time\":\"11:00\",\"durationMinutes\":90,\"place\":\"Sala de Plenos\",\"remoteVoting\":false}"));
    }

    static HttpResponse<String> toAgenda(String token, long id, long version, long sessionId) throws Exception {
        return send("POST", "/api/v1/proposals/" + id + "/agenda-item", token,
                "{\"version\":" + version + ",\"sessionId\":" + sessionId + "}");
    }

    @Test
    void anAcceptedProposalBecomesAnAgendaItemOfAPlannedSessionOfItsCommissionOnce() throws Exception {
        JsonNode session = plan(sofia, cvpdcs, "Sesión con propuesta aceptada");
        long sessionId = session.get("id").asLong();
        JsonNode p = accepted("Micrositio de datos abiertos municipales");
        long id = p.get("id").asLong();
        long v = p.get("version").asLong();
        assertThat(p.get("can").get("toAgenda").asBoolean()).isTrue();
        assertThat(p.get("agendaSessions").toString()).contains("Sesión con propuesta aceptada");

        // Not the commission's secretary: refused, nothing changes.
        expect(403, toAgenda(mario, id, v, sessionId));
        // A stale version: conflict.
        expect(409, toAgenda(sofia, id, v + 5, sessionId));
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE meeting_id = ?", sessionId)).isZero();

        JsonNode linked = expect(200, toAgenda(sofia, id, v, sessionId));
        assertThat(linked.get("agendaSessionId").asLong()).isEqualTo(sessionId);
        long itemId = linked.get("agendaItemId").asLong();
        assertThat(linked.get("can").get("toAgenda").asBoolean()).isFalse();
        assertThat(linked.get("history").toString()).contains("proposal.toAgenda");

        // The session shows the item, of the "proposal for agreement" kind, pointing back to the proposal.
        JsonNode s = json(get("/api/v1/sessions/" + sessionId, sofia));
        assertThat(s.get("items")).hasSize(1);
        JsonNode item = s.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(itemId);
        assertThat(item.get("kind").asText()).isEqualTo("PROPOSAL");
        assertThat(item.get("title").asText()).isEqualTo("Micrositio de datos abiertos municipales");
        assertThat(item.get("presenter").asText()).isEqualTo("ITEI");
        assertThat(item.get("body").asText()).contains("Resumen para el orden del día").contains("de la propuesta")
                .doesNotContain("<b>");
        assertThat(item.get("proposalId").asLong()).isEqualTo(id);
        // Both links in the database, and the audit trail.
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE id = ? AND agenda_session_id = ? AND agenda_item_id = ?",
                id, sessionId, itemId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE id = ? AND proposal_id = ?", itemId, id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Proposal' AND entity_id = ? AND action = 'proposal.toAgenda'",
                id)).isEqualTo(1);

        // A second attempt is refused, even to another session; nothing changes.
        JsonNode other = plan(sofia, cvpdcs, "Otra sesión de la comisión");
        HttpResponse<String> again = toAgenda(sofia, id, linked.get("version").asLong(), other.get("id").asLong());
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("ya está en el orden del día");
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE proposal_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE meeting_id = ?", other.get("id").asLong())).isZero();
        assertThat(count("SELECT agenda_session_id FROM proposal WHERE id = ?", id)).isEqualTo(sessionId);
    }

    @Test
    void aSessionOfAnotherCommissionOrANonAcceptedProposalIsRefusedAndNothingChanges() throws Exception {
        JsonNode foreign = plan(ana, ctipnt, "Sesión de otra comisión");
        long foreignId = foreign.get("id").asLong();
        JsonNode p = accepted("Propuesta para otra comisión");
        long id = p.get("id").asLong();
        HttpResponse<String> wrong = toAgenda(sofia, id, p.get("version").asLong(), foreignId);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("debe ser de la comisión");
        // Not even an admin may put it on another commission's session.
        expect(422, toAgenda(ana, id, p.get("version").asLong(), foreignId));
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE meeting_id = ?", foreignId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE id = ? AND agenda_item_id IS NULL AND agenda_session_id IS NULL", id))
                .isEqualTo(1);

        // A proposal that is not accepted (just submitted) cannot go on the agenda.
        JsonNode session = plan(sofia, cvpdcs, "Sesión sin propuestas pendientes");
        long sessionId = session.get("id").asLong();
        JsonNode submitted = submit("Propuesta aún no aceptada");
        long sid = submitted.get("id").asLong();
        assertThat(submitted.get("can").get("toAgenda").asBoolean()).isFalse();
        HttpResponse<String> notAccepted = toAgenda(sofia, sid, submitted.get("version").asLong(), sessionId);
        assertThat(notAccepted.statusCode()).isEqualTo(422);
        assertThat(notAccepted.body()).contains("Solo una propuesta aceptada");
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE meeting_id = ?", sessionId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE id = ? AND agenda_item_id IS NULL", sid)).isEqualTo(1);

        // A cancelled session no longer takes items.
        JsonNode cancelled = expect(200, send("POST", "/api/v1/sessions/" + sessionId + "/cancel", sofia,
                "{\"version\":" + session.get("version").asLong() + ",\"reason\":\"Sin quórum previsible\"}"));
        assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
        JsonNode q = json(get("/api/v1/proposals/" + id, sofia));
        assertThat(q.get("agendaSessions").toString()).doesNotContain("Sesión sin propuestas pendientes");
        HttpResponse<String> started = toAgenda(sofia, id, q.get("version").asLong(), sessionId);
        assertThat(started.statusCode()).isEqualTo(422);
        assertThat(started.body()).contains("ya comenzó o terminó");
        assertThat(count("SELECT COUNT(*) FROM meeting_item WHERE meeting_id = ?", sessionId)).isZero();
    }
}
