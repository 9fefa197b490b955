package mx.snt.vinculo.it.proposals;

import mx.snt.vinculo.it.Hub;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;

import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.json;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls and proposals on the deployed EAR through the API: the workflow by role, adhesions,
 * comments, what an accepted proposal becomes, and bad input that changes nothing.
 */
class ProposalsIT {

    static String mario;   // personal, ITEI (JAL)
    static String pedro;   // personal, COTAI (NL)
    static String lucia;   // juridico, INAIP (YUC)
    static String sofia;   // secretario-tecnico, member of CVPDCS
    static long cvpdcs;
    static long jal;

    @BeforeAll
    static void tokens() throws Exception {
        mario = Hub.signIn("mario.personal");
        pedro = Hub.signIn("pedro.personal");
        lucia = Hub.signIn("lucia.juridico");
        sofia = Hub.signIn("sofia.secretaria");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        jal = Hub.workspaceId(mario, "JAL");
    }

    static long openCall(String title) throws Exception {
        String body = "{\"commissionId\":" + cvpdcs + ",\"title\":\"" + title + "\",\"topic\":\"OPEN_GOVERNMENT\","
                + "\"description\":\"Descripción\",\"openToAll\":true,\"opensOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"closesOn\":\"" + LocalDate.now().plusDays(10) + "\"}";
        return expect(201, send("POST", "/api/v1/proposals/calls", sofia, body)).get("id").asLong();
    }

    static JsonNode submit(String token, Long callId, String title, String text, String filesJson) throws Exception {
        String body = "{" + (callId != null ? "\"callId\":" + callId : "\"commissionId\":" + cvpdcs)
                + ",\"title\":\"" + title + "\",\"summary\":\"Resumen de la propuesta\",\"text\":\"" + text
                + "\",\"topic\":\"ACCESS_TO_INFORMATION\"" + (filesJson == null ? "" : ",\"files\":" + filesJson) + "}";
        return expect(201, send("POST", "/api/v1/proposals", token, body));
    }

    static JsonNode act(String token, long id, long version, String action, String answer, int status) throws Exception {
        return expect(status, send("POST", "/api/v1/proposals/" + id + "/actions", token,
                "{\"action\":\"" + action + "\",\"version\":" + version + (answer == null ? "" : ",\"answer\":\"" + answer + "\"") + "}"));
    }

    @Test
    void onlyTheCommissionsSecretaryOpensCalls() throws Exception {
        String body = "{\"commissionId\":" + cvpdcs + ",\"title\":\"Convocatoria ajena\",\"topic\":\"ARCHIVES\","
                + "\"description\":\"x\",\"opensOn\":\"" + LocalDate.now() + "\",\"closesOn\":\"" + LocalDate.now().plusDays(3) + "\"}";
        expect(403, send("POST", "/api/v1/proposals/calls", mario, body));
        HttpResponse<String> past = send("POST", "/api/v1/proposals/calls", sofia, body.replace(
                LocalDate.now().plusDays(3).toString(), LocalDate.now().minusDays(3).toString()));
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM proposal_call WHERE title = 'Convocatoria ajena'")).isZero();
    }

    @Test
    void submitAdhereCommentEvaluateAcceptAndTurnIntoALibraryEntry() throws Exception {
        long call = openCall("Convocatoria de flujo completo");
        String file = "[{\"name\":\"anexo técnico.pdf\",\"content\":\"" + Base64.getEncoder().encodeToString(Hub.pdf("anexo")) + "\"}]";
        JsonNode p = submit(mario, call, "Ferias de transparencia itinerantes", "<p>Texto <b>con formato</b></p>", file);
        long id = p.get("id").asLong();
        assertThat(p.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(p.get("bodyAcronym").asText()).isEqualTo("ITEI");
        assertThat(p.get("text").asText()).contains("<b>con formato</b>");
        assertThat(p.get("files").get(0).get("name").asText()).isEqualTo("anexo técnico.pdf");

        // Another body adheres, once; the author's own body cannot.
        assertThat(expect(200, send("POST", "/api/v1/proposals/" + id + "/adhesion", pedro, null)).get("adhesionCount").asInt()).isEqualTo(1);
        HttpResponse<String> again = send("POST", "/api/v1/proposals/" + id + "/adhesion", pedro, null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("COTAI ya se adhirió");
        expect(422, send("POST", "/api/v1/proposals/" + id + "/adhesion", mario, null));
        assertThat(count("SELECT COUNT(*) FROM proposal_adhesion WHERE proposal_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT adhesion_count FROM proposal WHERE id = ?", id)).isEqualTo(1);
        // The list shows the count of adhering bodies.
        JsonNode listed = json(get("/api/v1/proposals?call=" + call, lucia));
        assertThat(listed.get("items").get(0).get("adhesions").asInt()).isEqualTo(1);

        // Comments: one level of replies; the author edits; the commission moderates.
        JsonNode withComment = expect(200, send("POST", "/api/v1/proposals/" + id + "/comments", lucia, "{\"text\":\"Muy útil para Yucatán\"}"));
        long commentId = withComment.get("comments").get(0).get("id").asLong();
        JsonNode withReply = expect(200, send("POST", "/api/v1/proposals/" + id + "/comments", mario,
                "{\"parentId\":" + commentId + ",\"text\":\"Gracias\"}"));
        long replyId = withReply.get("comments").get(0).get("replies").get(0).get("id").asLong();
        expect(422, send("POST", "/api/v1/proposals/" + id + "/comments", pedro, "{\"parentId\":" + replyId + ",\"text\":\"Tercer nivel\"}"));
        expect(403, send("PATCH", "/api/v1/proposals/comments/" + commentId, pedro, "{\"text\":\"No es mío\",\"version\":0}"));
        long commentVersion = withComment.get("comments").get(0).get("version").asLong();
        JsonNode edited = expect(200, send("PATCH", "/api/v1/proposals/comments/" + commentId, lucia,
                "{\"text\":\"Muy útil para Yucatán y Campeche\",\"version\":" + commentVersion + "}"));
        assertThat(edited.get("comments").get(0).get("text").asText()).endsWith("Campeche");
        expect(403, send("POST", "/api/v1/proposals/comments/" + replyId + "/hide", pedro, null));
        expect(200, send("POST", "/api/v1/proposals/comments/" + replyId + "/hide", sofia, null));
        assertThat(json(get("/api/v1/proposals/" + id, pedro)).get("comments").get(0).get("replies")).isEmpty();

        // The workflow by role.
        long v = json(get("/api/v1/proposals/" + id, sofia)).get("version").asLong();
        act(pedro, id, v, "EVALUATE", null, 403);
        act(sofia, id, v + 7, "EVALUATE", null, 409);
        act(sofia, id, v, "ACCEPT", "Directo", 422);
        JsonNode evaluating = act(sofia, id, v, "EVALUATE", null, 200);
        assertThat(evaluating.get("state").asText()).isEqualTo("UNDER_EVALUATION");
        act(mario, id, evaluating.get("version").asLong(), "WITHDRAW", null, 422);
        act(sofia, id, evaluating.get("version").asLong(), "ACCEPT", null, 422);
        JsonNode accepted = act(sofia, id, evaluating.get("version").asLong(), "ACCEPT", "La Comisión la incorpora a su programa", 200);
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        JsonNode seenByAuthor = json(get("/api/v1/proposals/" + id, mario));
        assertThat(seenByAuthor.get("answer").asText()).isEqualTo("La Comisión la incorpora a su programa");
        assertThat(seenByAuthor.get("history").toString()).contains("proposal.submit").contains("proposal.evaluate")
                .contains("proposal.accept").contains("proposal.adhere");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Proposal' AND entity_id = ? AND to_state = 'ACCEPTED'", id)).isEqualTo(1);

        // One action turns it into a library entry of the proposing body, linked both ways.
        expect(403, send("POST", "/api/v1/proposals/" + id + "/library", mario, "{\"version\":" + accepted.get("version").asLong() + "}"));
        JsonNode linked = expect(200, send("POST", "/api/v1/proposals/" + id + "/library", sofia,
                "{\"version\":" + accepted.get("version").asLong() + ",\"visibility\":\"NETWORK\"}"));
        long entryId = linked.get("libraryEntryId").asLong();
        expect(422, send("POST", "/api/v1/proposals/" + id + "/library", sofia, "{\"version\":" + linked.get("version").asLong() + "}"));
        JsonNode entry = json(get("/api/v1/library/" + entryId, pedro));
        assertThat(entry.get("proposalId").asLong()).isEqualTo(id);
        assertThat(entry.get("bodyAcronym").asText()).isEqualTo("ITEI");
        assertThat(entry.get("type").asText()).isEqualTo("GOOD_PRACTICE");
        assertThat(entry.get("files").get(0).get("name").asText()).isEqualTo("anexo técnico.pdf");
        Hub.eventually(5, () -> assertThat(json(get("/api/v1/library?q=" + Hub.enc("ferias TRANSPARENCIA itinerantes"), pedro))
                .get("page").get("items").toString()).contains("\"id\":" + entryId));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        String base = "{\"commissionId\":" + cvpdcs + ",\"summary\":\"Resumen\",\"topic\":\"ARCHIVES\",";
        HttpResponse<String> empty = send("POST", "/api/v1/proposals", mario, base + "\"title\":\"  \",\"text\":\"Texto\"}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Escriba el título");
        HttpResponse<String> longTitle = send("POST", "/api/v1/proposals", mario, base + "\"title\":\"" + "x".repeat(201) + "\",\"text\":\"Texto\"}");
        assertThat(longTitle.statusCode()).isEqualTo(422);
        HttpResponse<String> script = send("POST", "/api/v1/proposals", mario, base
                + "\"title\":\"Propuesta con script\",\"text\":\"<p>Hola</p><script>alert(1)</script>\"}");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).contains("script");
        String disguised = Base64.getEncoder().encodeToString("MZ\u0090\u0000 esto es un ejecutable".getBytes());
        HttpResponse<String> file = send("POST", "/api/v1/proposals", mario, base
                + "\"title\":\"Propuesta con archivo disfrazado\",\"text\":\"Texto\",\"files\":[{\"name\":\"informe.pdf\",\"content\":\"" + disguised + "\"}]}");
        assertThat(file.statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE title IN ('Propuesta con script', 'Propuesta con archivo disfrazado')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM stored_file WHERE original_name = 'informe.pdf'")).isZero();
    }

    @Test
    void aClosedCallTakesNoProposals() throws Exception {
        long call = openCall("Convocatoria que cerrará");
        // Its deadline passes (the call closes by itself; no job needed).
        Hub.update("UPDATE proposal_call SET opens_on = ?, closes_on = ? WHERE id = ?",
                LocalDate.now().minusDays(30), LocalDate.now().minusDays(2), call);
        assertThat(json(get("/api/v1/proposals/calls/" + call, mario)).get("open").asBoolean()).isFalse();
        HttpResponse<String> late = send("POST", "/api/v1/proposals", pedro, "{\"callId\":" + call
                + ",\"title\":\"Propuesta tardía\",\"summary\":\"R\",\"text\":\"T\",\"topic\":\"ARCHIVES\"}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("está cerrada");
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE title = 'Propuesta tardía'")).isZero();
    }

    @Test
    void aWithdrawnProposalTakesNoAdhesionsAndOnlyTheAuthorWithdraws() throws Exception {
        JsonNode p = submit(mario, null, "Propuesta que se retira", "Texto", null);
        long id = p.get("id").asLong();
        act(pedro, id, p.get("version").asLong(), "WITHDRAW", null, 403);
        JsonNode withdrawn = act(mario, id, p.get("version").asLong(), "WITHDRAW", null, 200);
        assertThat(withdrawn.get("state").asText()).isEqualTo("WITHDRAWN");
        HttpResponse<String> adhesion = send("POST", "/api/v1/proposals/" + id + "/adhesion", pedro, null);
        assertThat(adhesion.statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM proposal_adhesion WHERE proposal_id = ?", id)).isZero();
    }

    @Test
    void anAdhesionCanBeWithdrawnAndListsFilterByStateBodyAndTopic() throws Exception {
        JsonNode p = submit(mario, null, "Propuesta filtrable", "Texto", null);
        long id = p.get("id").asLong();
        expect(200, send("POST", "/api/v1/proposals/" + id + "/adhesion", lucia, null));
        JsonNode back = expect(200, send("DELETE", "/api/v1/proposals/" + id + "/adhesion", lucia, null));
        assertThat(back.get("adhesionCount").asInt()).isZero();
        assertThat(json(get("/api/v1/proposals?state=SUBMITTED&body=" + jal + "&topic=ACCESS_TO_INFORMATION&size=100", pedro))
                .get("items").toString()).contains("Propuesta filtrable");
        assertThat(json(get("/api/v1/proposals?state=ACCEPTED&body=" + jal + "&size=100", pedro))
                .get("items").toString()).doesNotContain("Propuesta filtrable");
        assertThat(json(get("/api/v1/proposals?topic=ARCHIVES&size=100", pedro)).get("items").toString())
                .doesNotContain("Propuesta filtrable");
    }
}
