package mx.snt.vinculo.it.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.json;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreements through the REST API on the deployed EAR, with real tokens and the database
 * behind it: the whole workflow, who may do what, what each body sees, and the refusals
 * (nothing stored when refused).
 */
class AgreementApiIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    static String mario;   // personal, ITEI (JAL)
    static String pedro;   // personal, COTAI (NL)
    static String lucia;   // juridico, INAIP (YUC)
    static String elena;   // comisionado, ITEI (JAL)
    static String carlos;  // comisionado, INFOCDMX (CDMX)
    static String ana;     // admin
    static long jal;
    static long nl;

    @BeforeAll
    static void people() throws Exception {
        mario = Hub.token("mario.personal");
        pedro = Hub.token("pedro.personal");
        lucia = Hub.token("lucia.juridico");
        elena = Hub.token("elena.comisionada");
        carlos = Hub.token("carlos.comisionado");
        ana = Hub.token("ana.admin");
        // Members (and their roles) enter the directory at their first call.
        for (String t : new String[]{mario, pedro, lucia, elena, carlos, ana}) {
            assertThat(get("/api/v1/me", t).statusCode()).isEqualTo(200);
        }
        jal = Hub.bodyId(mario, "JAL");
        nl = Hub.bodyId(mario, "NL");
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return json(r);
    }

    static JsonNode create(String title) throws Exception {
        JsonNode a = ok(send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"" + title + "\",\"purpose\":\"Asistencia técnica recíproca.\"}"));
        a = ok(send("POST", "/api/v1/agreements/" + a.get("id").asLong() + "/parties", mario,
                "{\"bodyId\":" + nl + ",\"signatory\":\"Presidencia de la COTAI\"}"));
        return ok(send("POST", "/api/v1/agreements/" + a.get("id").asLong() + "/parties", mario,
                "{\"category\":\"UNIVERSITY\",\"name\":\"Universidad de Guadalajara\",\"signatory\":\"Rectoría\",\"contactEmail\":\"enlace@udg.mx\"}"));
    }

    static JsonNode draft(long id, long version, String html) throws Exception {
        return ok(send("PUT", "/api/v1/agreements/" + id + "/draft", mario, draftJson(version, html, null, null, true)));
    }

    static String draftJson(long version, String html, String start, String end, boolean pub) throws Exception {
        return "{\"version\":" + version + ",\"type\":\"COORDINACION\",\"title\":\"" + "Convenio API" + "\",\"purpose\":\"Asistencia técnica.\","
                + "\"html\":" + Hub.JSON.writeValueAsString(html)
                + (start != null ? ",\"validityStart\":\"" + start + "\"" : "")
                + (end != null ? ",\"validityEnd\":\"" + end + "\"" : "")
                + ",\"publicInForce\":" + pub + "}";
    }

    static HttpResponse<String> move(String token, long id, long version, String to, String extra) throws Exception {
        return send("POST", "/api/v1/agreements/" + id + "/transitions", token,
                "{\"version\":" + version + ",\"to\":\"" + to + "\"" + (extra == null ? "" : "," + extra) + "}");
    }

    @Test
    void signedWithAValidityStartingNextMonthItIsSignedNotInForceAndNotPublished() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        JsonNode a = create("Convenio firmado API");
        long id = a.get("id").asLong();
        a = draft(id, a.get("version").asLong(), "<p>PRIMERA. Objeto.</p>");
        a = ok(move(mario, id, a.get("version").asLong(), "INTERNAL_REVIEW", null));
        a = ok(move(mario, id, a.get("version").asLong(), "LEGAL_REVIEW", null));
        a = ok(send("POST", "/api/v1/agreements/" + id + "/legal-clearance", lucia, "{\"version\":" + a.get("version").asLong() + "}"));
        a = ok(move(elena, id, a.get("version").asLong(), "APPROVED", null));
        a = ok(move(mario, id, a.get("version").asLong(), "SIGNING", null));
        for (JsonNode p : a.get("parties")) {
            a = ok(send("POST", "/api/v1/agreements/" + id + "/signatures", mario,
                    "{\"partyId\":" + p.get("id").asLong() + ",\"date\":\"" + today + "\"}"));
        }
        a = ok(send("PUT", "/api/v1/agreements/" + id + "/validity", mario,
                "{\"version\":" + a.get("version").asLong() + ",\"start\":\"" + start + "\",\"end\":\"" + start.plusYears(1) + "\"}"));
        a = ok(Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=SIGNED_PDF&name=firmado.pdf", mario, PDF));

        // Signed, not in force: private, out of the PNT until its start date.
        assertThat(a.get("state").asText()).isEqualTo("SIGNED");
        assertThat(a.get("visibility").asText()).isEqualTo("PRIVATE");
        assertThat(a.get("signedOn").asText()).isEqualTo(today.toString());
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'agreement.published' AND aggregate_id = ?", id)).isZero();
        assertThat(get("/api/v1/agreements/" + id, carlos).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/agreements?state=SIGNED&size=100", mario).body()).contains("\"id\":" + id + ",");
        // No person may put it in force; the daily run leaves it until its start.
        assertThat(move(mario, id, a.get("version").asLong(), "IN_FORCE", null).statusCode()).isEqualTo(403);
        ok(send("POST", "/api/v1/agreements/jobs/daily", ana, "{}"));
        assertThat(Hub.string("SELECT state FROM agreement WHERE id = ?", id)).isEqualTo("SIGNED");
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'agreement.published' AND aggregate_id = ?", id)).isZero();
        assertThat(ok(get("/api/v1/agreements/dashboard", mario)).get("byState").toString()).contains("SIGNED");
    }

    @Test
    void theWholeWorkflowWithRolesVisibilityAndPublication() throws Exception {
        JsonNode a = create("Convenio API");
        long id = a.get("id").asLong();
        assertThat(a.get("parties")).hasSize(3);
        assertThat(a.get("state").asText()).isEqualTo("DRAFT");
        a = draft(id, a.get("version").asLong(), "<p>PRIMERA. Objeto.</p><p>SEGUNDA. Enlaces.</p>");
        assertThat(a.get("textVersion").asInt()).isEqualTo(1);

        // Out of order and wrong role: refused, nothing changes.
        HttpResponse<String> early = move(elena, id, a.get("version").asLong(), "APPROVED", null);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("no puede pasar");
        HttpResponse<String> notTheirs = move(pedro, id, a.get("version").asLong(), "INTERNAL_REVIEW", null);
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("Su rol no le permite");
        assertThat(Hub.string("SELECT state FROM agreement WHERE id = ?", id)).isEqualTo("DRAFT");

        // Visibility: the drafter and the party body see it, a third body and the legal reviewer do not (yet).
        assertThat(get("/api/v1/agreements/" + id, pedro).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/agreements/" + id, carlos).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/agreements/" + id, lucia).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/agreements/" + id, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/agreements?size=100&party=Universidad%20de%20Guadalajara", pedro).body()).contains("\"id\":" + id + ",");
        assertThat(get("/api/v1/agreements?size=100&party=Universidad%20de%20Guadalajara", carlos).body()).doesNotContain("\"id\":" + id + ",");

        a = ok(move(mario, id, a.get("version").asLong(), "INTERNAL_REVIEW", null));
        a = ok(move(mario, id, a.get("version").asLong(), "LEGAL_REVIEW", null));
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'review.requested' AND aggregate_id = ?", id)).isEqualTo(1);
        assertThat(Hub.string("SELECT payload FROM outbox_event WHERE event_type = 'review.requested' AND aggregate_id = ?", id))
                .contains("lucia.juridico").contains("REVIEW_REQUESTED");

        // Legal (another body) sees it while in legal review; sending back needs a comment.
        assertThat(get("/api/v1/agreements/" + id, lucia).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/agreements?state=LEGAL_REVIEW&size=100", lucia).body()).contains("\"id\":" + id + ",");
        assertThat(move(lucia, id, a.get("version").asLong(), "DRAFT", null).statusCode()).isEqualTo(422);
        a = ok(move(lucia, id, a.get("version").asLong(), "DRAFT", "\"comment\":\"Falta la cláusula de datos personales.\""));
        assertThat(a.get("state").asText()).isEqualTo("DRAFT");
        assertThat(a.get("timeline").toString()).contains("Falta la cláusula de datos personales.").contains("lucia.juridico");
        assertThat(get("/api/v1/agreements/" + id, lucia).statusCode()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Agreement' AND entity_id = ? AND to_state = 'DRAFT'"
                + " AND actor = 'lucia.juridico'", id)).isEqualTo(1);

        a = draft(id, a.get("version").asLong(), "<p>PRIMERA. Objeto.</p><p>SEGUNDA. Enlaces.</p><p>TERCERA. Datos personales.</p>");
        assertThat(a.get("versions")).hasSize(2);
        JsonNode diff = ok(get("/api/v1/agreements/" + id + "/compare?left=1&right=2", pedro));
        assertThat(diff.get("rows").toString()).contains("TERCERA. Datos personales.").contains("ADDED");

        a = ok(move(mario, id, a.get("version").asLong(), "INTERNAL_REVIEW", null));
        a = ok(move(mario, id, a.get("version").asLong(), "LEGAL_REVIEW", null));
        // A commissioner cannot approve before legal's opinion; staff cannot give it.
        assertThat(move(elena, id, a.get("version").asLong(), "APPROVED", null).statusCode()).isEqualTo(422);
        assertThat(send("POST", "/api/v1/agreements/" + id + "/legal-clearance", mario, "{\"version\":" + a.get("version").asLong() + "}").statusCode())
                .isEqualTo(403);
        a = ok(send("POST", "/api/v1/agreements/" + id + "/legal-clearance", lucia, "{\"version\":" + a.get("version").asLong() + ",\"comment\":\"Procedente.\"}"));
        // One favourable opinion: a second is refused and changes nothing.
        HttpResponse<String> again = send("POST", "/api/v1/agreements/" + id + "/legal-clearance", lucia,
                "{\"version\":" + a.get("version").asLong() + ",\"comment\":\"Otra vez.\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("detail").asText()).contains("ya tiene el dictamen jurídico favorable");
        assertThat(ok(get("/api/v1/agreements/" + id, lucia)).get("version").asLong()).isEqualTo(a.get("version").asLong());
        // A commissioner of a body that is not a party cannot approve.
        assertThat(move(carlos, id, a.get("version").asLong(), "APPROVED", null).statusCode()).isEqualTo(404);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        assertThat(move(elena, id, a.get("version").asLong(), "APPROVED", "\"acuerdoNumber\":\"CVPDCS/SO/03/2026/04\"").statusCode()).isEqualTo(422);
        a = ok(move(elena, id, a.get("version").asLong(), "APPROVED",
                "\"acuerdoNumber\":\"CVPDCS/SO/03/2026/04\",\"acuerdoDate\":\"" + today + "\""));
        assertThat(a.get("acuerdoNumber").asText()).isEqualTo("CVPDCS/SO/03/2026/04");
        a = ok(move(mario, id, a.get("version").asLong(), "SIGNING", null));

        // Signatures: a party from elsewhere is refused; a disguised file and a non-PDF signed copy too.
        JsonNode other = create("Otro convenio API");
        long foreignParty = other.get("parties").get(1).get("id").asLong();
        HttpResponse<String> foreign = send("POST", "/api/v1/agreements/" + id + "/signatures", mario,
                "{\"partyId\":" + foreignParty + ",\"date\":\"" + today + "\"}");
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("no está en el convenio");
        long files = count("SELECT COUNT(*) FROM stored_file");
        HttpResponse<String> disguised = Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=SIGNED_PDF&name=convenio.pdf",
                mario, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.statusCode()).isEqualTo(422);
        HttpResponse<String> png = Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=SIGNED_PDF&name=firma.png", mario, PNG);
        assertThat(png.statusCode()).isEqualTo(422);
        assertThat(png.body()).contains("PDF");
        assertThat(count("SELECT COUNT(*) FROM stored_file")).isEqualTo(files);
        assertThat(count("SELECT COUNT(*) FROM agreement_attachment WHERE agreement_id = ?", id)).isZero();

        for (JsonNode p : a.get("parties")) {
            a = ok(send("POST", "/api/v1/agreements/" + id + "/signatures", mario,
                    "{\"partyId\":" + p.get("id").asLong() + ",\"date\":\"" + today + "\"}"));
        }
        assertThat(a.get("state").asText()).isEqualTo("SIGNING");
        // Still private while signing: the third body does not see it.
        assertThat(get("/api/v1/agreements/" + id, carlos).statusCode()).isEqualTo(404);
        HttpResponse<String> backwards = send("PUT", "/api/v1/agreements/" + id + "/validity", mario,
                "{\"version\":" + a.get("version").asLong() + ",\"start\":\"" + today + "\",\"end\":\"" + today.minusDays(1) + "\"}");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("no puede ser anterior");
        a = ok(send("PUT", "/api/v1/agreements/" + id + "/validity", mario,
                "{\"version\":" + a.get("version").asLong() + ",\"start\":\"" + today + "\",\"end\":\"" + today.plusYears(2) + "\"}"));
        assertThat(a.get("state").asText()).isEqualTo("SIGNING");
        a = ok(Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=SIGNED_PDF&name=Convenio%20firmado.pdf", mario, PDF));

        // Every party signed, the PDF is there, the validity too: in force and public, published once.
        assertThat(a.get("state").asText()).isEqualTo("IN_FORCE");
        assertThat(a.get("visibility").asText()).isEqualTo("PUBLIC");
        assertThat(a.get("signedOn").asText()).isEqualTo(today.toString());
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'agreement.published' AND aggregate_id = ?", id)).isEqualTo(1);
        String published = Hub.string("SELECT payload FROM outbox_event WHERE event_type = 'agreement.published' AND aggregate_id = ?", id);
        assertThat(published).contains("\"pnt\"").contains("Universidad de Guadalajara").contains("\"validityEnd\":\"" + today.plusYears(2))
                .contains("/convenios/archivo?convenio=" + id);
        assertThat(get("/api/v1/agreements/" + id, carlos).statusCode()).isEqualTo(200);
        // Signed out, its page is its card in the register of agreements in force (the old address redirects there).
        HttpResponse<String> moved = get("/convenios/ver.xhtml?id=" + id, null);
        assertThat(moved.statusCode()).isEqualTo(301);
        HttpResponse<String> publicPage = get(moved.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""), null);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body()).contains("Convenio API").contains("convenio-" + id).contains("Universidad de Guadalajara")
                .doesNotContain("enlace@udg.mx").doesNotContain("mario.personal");
        long attachment = a.get("attachments").get(0).get("id").asLong();
        HttpResponse<byte[]> pdf = Hub.getBytes("/convenios/archivo?convenio=" + id + "&id=" + attachment, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(PDF);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("Convenio%20firmado.pdf");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Agreement' AND entity_id = ? AND action = 'agreement.transition'", id))
                .isEqualTo(8);

        // In force: a commissioner of a body that is not a party sees it (public) but cannot end it;
        // a party's commissioner renews it, which starts a new draft linked to the old one.
        assertThat(move(carlos, id, a.get("version").asLong(), "TERMINATED",
                "\"reason\":\"x\",\"endDate\":\"" + today + "\"").statusCode()).isEqualTo(403);
        assertThat(move(elena, id, a.get("version").asLong(), "TERMINATED", "\"reason\":\"x\"").statusCode()).isEqualTo(422);
        a = ok(move(elena, id, a.get("version").asLong(), "RENEWED", null));
        assertThat(a.get("state").asText()).isEqualTo("RENEWED");
        long renewal = a.get("renewedById").asLong();
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE id = ? AND renewed_from_id = ? AND state = 'DRAFT'", renewal, id)).isEqualTo(1);
        JsonNode next = ok(get("/api/v1/agreements/" + renewal, pedro));
        assertThat(next.get("parties")).hasSize(3);
        assertThat(next.get("bodyHtml").asText()).contains("TERCERA. Datos personales.");
        assertThat(get("/api/v1/agreements/" + renewal, carlos).statusCode()).isEqualTo(404);
    }

    @Test
    void twoPeopleSavingTheSameDraftTheSecondGetsAConflict() throws Exception {
        JsonNode a = create("Convenio concurrente");
        long id = a.get("id").asLong();
        long read = a.get("version").asLong();
        draft(id, read, "<p>Texto de la primera persona.</p>");
        HttpResponse<String> second = send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                draftJson(read, "<p>Texto de la segunda persona.</p>", null, null, true));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Hub.string("SELECT body_html FROM agreement WHERE id = ?", id)).contains("primera persona");
        assertThat(count("SELECT COUNT(*) FROM agreement_text_version WHERE agreement_id = ?", id)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        JsonNode a = create("Convenio con entradas malas");
        long id = a.get("id").asLong();
        long v = a.get("version").asLong();
        HttpResponse<String> script = send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                draftJson(v, "<p>Hola</p><script>fetch('https://evil')</script>", null, null, true));
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).contains("código activo");
        HttpResponse<String> handler = send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                draftJson(v, "<img src=x onerror=alert(1)>", null, null, true));
        assertThat(handler.statusCode()).isEqualTo(422);
        HttpResponse<String> dates = send("PUT", "/api/v1/agreements/" + id + "/draft", mario,
                draftJson(v, "<p>Bien</p>", "2026-06-01", "2026-05-31", true));
        assertThat(dates.statusCode()).isEqualTo(422);
        assertThat(Hub.string("SELECT body_html FROM agreement WHERE id = ?", id)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM agreement_text_version WHERE agreement_id = ?", id)).isZero();
        assertThat(Hub.string("SELECT validity_start FROM agreement WHERE id = ?", id)).isNull();

        // A draft without text cannot go to review; a body cannot be a party twice; anyone else cannot edit.
        assertThat(move(mario, id, v, "INTERNAL_REVIEW", null).body()).contains("necesita un texto");
        assertThat(send("POST", "/api/v1/agreements/" + id + "/parties", mario, "{\"bodyId\":" + nl + ",\"signatory\":\"X\"}").statusCode())
                .isEqualTo(422);
        assertThat(send("PUT", "/api/v1/agreements/" + id + "/draft", pedro, draftJson(v, "<p>Intruso</p>", null, null, true)).statusCode())
                .isEqualTo(403);
        long annexes = count("SELECT COUNT(*) FROM stored_file");
        HttpResponse<String> exe = Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=ANNEX&name=anexo.docx", mario,
                "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exe.statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM stored_file")).isEqualTo(annexes);
        ok(Hub.upload("/api/v1/agreements/" + id + "/attachments?kind=ANNEX&name=anexo.pdf", mario, PDF));
        assertThat(count("SELECT COUNT(*) FROM agreement_attachment WHERE agreement_id = ? AND kind = 'ANNEX'", id)).isEqualTo(1);
    }

    @Test
    void theDailyJobMarksOverdueCommitmentsAndQueuesReminders() throws Exception {
        JsonNode a = create("Convenio con compromisos");
        long id = a.get("id").asLong();
        long party = a.get("parties").get(2).get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        a = ok(send("POST", "/api/v1/agreements/" + id + "/commitments", pedro,
                "{\"partyId\":" + party + ",\"description\":\"Informe atrasado\",\"responsible\":\"Rectoría\",\"dueDate\":\"" + today.minusDays(2) + "\"}"));
        assertThat(send("POST", "/api/v1/agreements/" + id + "/commitments", carlos,
                "{\"partyId\":" + party + ",\"description\":\"Ajeno\",\"responsible\":\"X\",\"dueDate\":\"" + today + "\"}").statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/agreements/" + id + "/commitments", mario,
                "{\"partyId\":999999,\"description\":\"Sin parte\",\"responsible\":\"X\",\"dueDate\":\"" + today + "\"}").statusCode())
                .isEqualTo(422);
        assertThat(send("POST", "/api/v1/agreements/jobs/daily", mario, "{}").statusCode()).isEqualTo(403);
        JsonNode run = ok(send("POST", "/api/v1/agreements/jobs/daily", ana, "{}"));
        assertThat(run.get("overdueCommitments").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(Hub.string("SELECT status FROM agreement_commitment WHERE agreement_id = ? AND description = 'Informe atrasado'", id))
                .isEqualTo("OVERDUE");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'commitment.overdue' AND actor = 'sistema'")).isGreaterThanOrEqualTo(1);
        // The demo's agreement in force ending within 30 days gets its 30-day reminder, once.
        ok(send("POST", "/api/v1/agreements/jobs/daily", ana, "{}"));
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'agreement.expiring' AND idempotency_key LIKE '%d30%'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(Hub.string("SELECT payload FROM outbox_event WHERE event_type = 'agreement.expiring' ORDER BY id LIMIT 1"))
                .contains("AGREEMENT_EXPIRING").contains("recipients");
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'commitment.dueSoon'")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void listsFiltersDashboardAndSpreadsheetShowOnlyWhatTheCallerMaySee() throws Exception {
        JsonNode mine = create("Convenio exportable ITEI-COTAI");
        long id = mine.get("id").asLong();
        JsonNode page = ok(get("/api/v1/agreements?state=DRAFT&type=COORDINACION&size=100", pedro));
        assertThat(page.toString()).contains("Convenio exportable ITEI-COTAI");
        assertThat(ok(get("/api/v1/agreements?state=IN_FORCE&size=100", pedro)).toString()).doesNotContain("Convenio exportable ITEI-COTAI");
        // the demo's agreement ending within 30 days
        assertThat(ok(get("/api/v1/agreements?expiringDays=30&size=100", mario)).toString()).contains("El Informador");
        JsonNode dash = ok(get("/api/v1/agreements/dashboard", mario));
        assertThat(dash.get("byState").toString()).contains("IN_FORCE").contains("DRAFT");
        assertThat(dash.get("byYearAndType")).isNotEmpty();

        HttpResponse<byte[]> xlsx = Hub.getBytes("/convenios/exportar?estado=DRAFT&tipo=COORDINACION&parte=guadalajara", pedro);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(sheetText(xlsx.body())).contains("Convenio exportable ITEI-COTAI").contains("Borrador");
        HttpResponse<byte[]> other = Hub.getBytes("/convenios/exportar?estado=DRAFT&tipo=COORDINACION&parte=guadalajara", carlos);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(sheetText(other.body())).doesNotContain("Convenio exportable ITEI-COTAI");
        assertThat(id).isPositive();
    }

    /** The strings of an .xlsx (its shared strings part), read with java.util.zip. */
    static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("xl/")) {
                    all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(all).as("una hoja de cálculo").isNotEmpty();
        return all.toString();
    }
}
