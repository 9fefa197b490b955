package mx.snt.vinculo.it.notices;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static mx.snt.vinculo.it.Hub.count;
import static mx.snt.vinculo.it.Hub.enc;
import static mx.snt.vinculo.it.Hub.expect;
import static mx.snt.vinculo.it.Hub.get;
import static mx.snt.vinculo.it.Hub.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices that reach the right person, on the deployed EAR, read back from the mail catcher
 * (GreenMail's API): the author of an agreement hears that legal sent it back (with the
 * comment, by the reviewer's name) and that it was approved; the author of a proposal hears
 * the commission's decision with its answer; members of a convened session get the updated
 * convocation saying what changed, with the .ics of the same UID and a higher SEQUENCE; and the
 * digest has one line per item with its latest state, as HTML and as text.
 */
class NoticesIT {

    static final String MAIL_API = "http://127.0.0.1:" + System.getProperty("mail.api.port", "8025");
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    static String mario, lucia, elena, sofia, ana;
    static long jal, nl, cvpdcs;

    @BeforeAll
    static void people() throws Exception {
        mario = Hub.signIn("mario.personal");
        lucia = Hub.signIn("lucia.juridico");
        elena = Hub.signIn("elena.comisionada");
        sofia = Hub.signIn("sofia.secretaria");
        ana = Hub.signIn("ana.admin");
        jal = Hub.bodyId(mario, "JAL");
        nl = Hub.bodyId(mario, "NL");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
    }

    // ------------------------------------------------------------------ agreements

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return Hub.json(r);
    }

    static JsonNode move(String token, JsonNode a, String to, String extra) throws Exception {
        return ok(send("POST", "/api/v1/agreements/" + a.get("id").asLong() + "/transitions", token,
                "{\"version\":" + a.get("version").asLong() + ",\"to\":\"" + to + "\"" + (extra == null ? "" : "," + extra) + "}"));
    }

    @Test
    void theAuthorHearsThatLegalSentTheAgreementBackWithTheCommentAndThatItWasApproved() throws Exception {
        String title = "Convenio de avisos " + System.nanoTime();
        JsonNode a = ok(send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"" + title + "\",\"purpose\":\"Asistencia técnica recíproca.\"}"));
        a = ok(send("POST", "/api/v1/agreements/" + a.get("id").asLong() + "/parties", mario,
                "{\"bodyId\":" + nl + ",\"signatory\":\"Presidencia de la COTAI\"}"));
        a = ok(send("PUT", "/api/v1/agreements/" + a.get("id").asLong() + "/draft", mario, "{\"version\":" + a.get("version").asLong()
                + ",\"type\":\"COORDINACION\",\"title\":\"" + title + "\",\"purpose\":\"Asistencia técnica.\","
                + "\"html\":\"<p>PRIMERA. Objeto.</p>\",\"publicInForce\":false}"));
        a = move(mario, a, "INTERNAL_REVIEW", null);
        a = move(mario, a, "LEGAL_REVIEW", null);
        String comment = "Falta la cláusula de datos personales (LGPDPPSO, art. 3).";
        a = move(lucia, a, "DRAFT", "\"comment\":\"" + comment + "\"");
        runOutbox();

        String reviewer = fullName("lucia.juridico");
        Mail sentBack = waitFor("mario.personal@jal.vinculo.test", "Convenio devuelto: " + title);
        assertThat(sentBack.text()).startsWith(fullName("mario.personal") + ":")
                .contains(reviewer + " le devolvió el siguiente convenio")
                .contains("Comentario de la revisión:\n" + comment)
                .contains(Hub.APP + "/convenios/ver.xhtml?id=" + a.get("id").asLong())
                .doesNotContain("lucia.juridico");
        assertThat(sentBack.html()).contains(reviewer).contains("Falta la cláusula de datos personales")
                .contains("href=\"" + Hub.APP + "/convenios/ver.xhtml?id=" + a.get("id").asLong() + "\"");
        assertThat(sentBack.contentType()).startsWith("multipart/alternative");

        a = move(mario, a, "INTERNAL_REVIEW", null);
        a = move(mario, a, "LEGAL_REVIEW", null);
        a = ok(send("POST", "/api/v1/agreements/" + a.get("id").asLong() + "/legal-clearance", lucia,
                "{\"version\":" + a.get("version").asLong() + ",\"comment\":\"Procedente.\"}"));
        a = move(elena, a, "APPROVED", "\"acuerdoNumber\":\"CVPDCS/SO/03/2026/09\",\"acuerdoDate\":\"" + LocalDate.now(MEXICO) + "\"");
        runOutbox();
        Mail approved = waitFor("mario.personal@jal.vinculo.test", "Convenio aprobado: " + title);
        assertThat(approved.text()).contains(fullName("elena.comisionada") + " aprobó el siguiente convenio");
        // Nobody else got them, and each went once.
        assertThat(messages("elena.comisionada@jal.vinculo.test", "Convenio aprobado: " + title)).isEmpty();
        assertThat(messages("mario.personal@jal.vinculo.test", "Convenio devuelto: " + title)).hasSize(1);

        // The digest of today: one line for this agreement with where it is now, in a mail with text and HTML.
        Hub.update("DELETE FROM digest_sent WHERE member_id = (SELECT id FROM member WHERE username = 'mario.personal')"
                + " AND period_key = ?", "D:" + LocalDate.now(MEXICO));
        expect(200, send("POST", "/api/v1/admin/integration/digests/run?frequency=DAILY&day=" + LocalDate.now(MEXICO), ana, ""));
        Mail digest = null;
        for (Mail m : waitForAll("mario.personal@jal.vinculo.test", "Resumen de Vínculo")) {
            if (m.text().contains(title)) {
                digest = m;
            }
        }
        assertThat(digest).as("today's digest mentions " + title).isNotNull();
        assertThat(digest.contentType()).startsWith("multipart/alternative");
        assertThat(digest.text()).containsOnlyOnce(title).contains(title + ": pasó a Aprobado").doesNotContain("cambió de estado");
        assertThat(digest.html()).containsOnlyOnce(title + "</a>").contains("pasó a Aprobado").contains("<table role=\"presentation\"");
    }

    // ------------------------------------------------------------------ proposals

    @Test
    void theAuthorOfAProposalHearsItWasAcceptedWithTheCommissionsAnswer() throws Exception {
        String title = "Propuesta de avisos " + System.nanoTime();
        JsonNode p = expect(201, send("POST", "/api/v1/proposals", mario, "{\"commissionId\":" + cvpdcs + ",\"title\":\"" + title
                + "\",\"summary\":\"Resumen de la propuesta\",\"text\":\"<p>Texto</p>\",\"topic\":\"ACCESS_TO_INFORMATION\"}"));
        long id = p.get("id").asLong();
        JsonNode evaluating = expect(200, send("POST", "/api/v1/proposals/" + id + "/actions", sofia,
                "{\"action\":\"EVALUATE\",\"version\":" + p.get("version").asLong() + "}"));
        String answer = "La Comisión la incorpora a su programa anual de trabajo.";
        expect(200, send("POST", "/api/v1/proposals/" + id + "/actions", sofia,
                "{\"action\":\"ACCEPT\",\"version\":" + evaluating.get("version").asLong() + ",\"answer\":\"" + answer + "\"}"));
        runOutbox();
        Mail accepted = waitFor("mario.personal@jal.vinculo.test", "Propuesta aceptada: " + title);
        assertThat(accepted.text()).contains("La comisión aceptó su propuesta").contains("Respuesta de la comisión:\n" + answer)
                .contains(Hub.APP + "/propuestas/ver.xhtml?id=" + id);
        // The kinds are offered on the preferences (each can be turned off).
        assertThat(get("/api/v1/me/preferences", mario).body()).contains("\"PROPOSAL_DECIDED\"").contains("\"AGREEMENT_SENT_BACK\"")
                .contains("\"AGREEMENT_APPROVED\"");
    }

    // ------------------------------------------------------------------ sessions

    static JsonNode edit(JsonNode s, LocalDate date, String time, String place) throws Exception {
        return expect(200, send("PUT", "/api/v1/sessions/" + s.get("id").asLong() + "?version=" + s.get("version").asLong(), sofia,
                "{\"workspaceId\":" + cvpdcs + ",\"kind\":\"ORDINARY\",\"title\":\"" + s.get("title").asText() + "\",\"date\":\"" + date
                        + "\",\"time\":\"" + time + "\",\"durationMinutes\":90,\"place\":\"" + place
                        + "\",\"remoteUrl\":\"https://reuniones.example.mx/cvpdcs-avisos\",\"remoteVoting\":true}"));
    }

    static int sequence(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        VEvent e = (VEvent) cal.getComponents("VEVENT").get(0);
        return Integer.parseInt(e.getProperty("SEQUENCE").orElseThrow().getValue());
    }

    @Test
    void membersOfAConvenedSessionGetTheUpdatedConvocationWithTheSameUidAndAHigherSequence() throws Exception {
        String title = "Sesión de avisos " + System.nanoTime();
        LocalDate day = Hub.today().plusDays(28);
        JsonNode s = expect(201, send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs + ",\"kind\":\"ORDINARY\",\"title\":\""
                + title + "\",\"date\":\"" + day + "\",\"time\":\"11:00\",\"durationMinutes\":90,\"place\":\"Sala de Plenos, Guadalajara\","
                + "\"remoteUrl\":\"https://reuniones.example.mx/cvpdcs-avisos\",\"remoteVoting\":true}"));
        long id = s.get("id").asLong();
        s = expect(200, send("POST", "/api/v1/sessions/" + id + "/items", sofia, "{\"version\":" + s.get("version").asLong()
                + ",\"kind\":\"PROPOSAL\",\"title\":\"Programa anual de vinculación\",\"presenter\":\"Elena\"}"));
        long item = s.get("items").get(0).get("id").asLong();
        s = expect(200, Hub.upload("/api/v1/sessions/" + id + "/items/" + item + "/files?name=programa.pdf&version="
                + s.get("version").asLong(), sofia, Hub.pdf("programa")));
        // A planned session has no convocation: changing it mails nobody.
        s = edit(s, day, "11:30", "Sala de Plenos, Guadalajara");
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'Session' AND aggregate_id = ?"
                + " AND event_type = 'session.convocationUpdated'", id)).isZero();

        s = expect(200, send("POST", "/api/v1/sessions/" + id + "/convene", sofia, "{\"version\":" + s.get("version").asLong() + "}"));
        runOutbox();
        String label = "SO " + String.format("%02d", s.get("number").asInt()) + "/" + s.get("year").asInt();
        Mail convocation = waitFor("elena.comisionada@jal.vinculo.test", "Convocatoria: " + title);
        assertThat(convocation.text()).contains("Órgano: Comisión de Vinculación").contains("Sesión: " + label)
                .contains("Reunión a distancia: https://reuniones.example.mx/cvpdcs-avisos")
                .contains("1. Programa anual de vinculación — Elena")
                .containsPattern("Documento: programa\\.pdf " + Pattern.quote(Hub.APP) + "/sesiones/archivo/" + id + "/\\d+")
                .contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 11:30");
        assertThat(convocation.attachments()).anyMatch(ics -> ics.contains("BEGIN:VCALENDAR"));
        String firstIcs = Hub.string("SELECT payload FROM outbox_event WHERE event_type = 'session.convened' AND aggregate_id = ?", id);
        int convenedSequence = sequence(Hub.JSON.readTree(firstIcs).get("ics").asText());

        // Moved an hour later and to another room, and an item added: one update each, saying what changed.
        s = edit(s, day, "12:30", "Sala 2, Guadalajara");
        s = expect(200, send("POST", "/api/v1/sessions/" + id + "/items", sofia, "{\"version\":" + s.get("version").asLong()
                + ",\"kind\":\"GENERAL_MATTERS\",\"title\":\"Asuntos generales\"}"));
        runOutbox();
        String d = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Mail moved = null;
        Mail added = null;
        for (Mail m : waitForAll("elena.comisionada@jal.vinculo.test", "Convocatoria actualizada: " + title, 2)) {
            if (m.text().contains("Fecha y hora: " + d + " 11:30 → " + d + " 12:30")) {
                moved = m;
            }
            if (m.text().contains("Punto agregado: 2. Asuntos generales")) {
                added = m;
            }
        }
        assertThat(moved).as("the update of the time and place").isNotNull();
        assertThat(moved.text()).contains("Qué cambió:").contains("Lugar: Sala de Plenos, Guadalajara → Sala 2, Guadalajara");
        assertThat(added).as("the update of the agenda").isNotNull();
        List<String> payloads = new ArrayList<>();
        try (var c = Hub.db(); var ps = c.prepareStatement("SELECT payload FROM outbox_event WHERE event_type = 'session.convocationUpdated'"
                + " AND aggregate_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
        }
        assertThat(payloads).hasSize(2);
        int afterMove = sequence(Hub.JSON.readTree(payloads.get(0)).get("ics").asText());
        int afterItem = sequence(Hub.JSON.readTree(payloads.get(1)).get("ics").asText());
        assertThat(afterMove).isGreaterThan(convenedSequence);
        assertThat(afterItem).isGreaterThan(afterMove);
        // The download says the same as the last update, with the same UID.
        HttpResponse<String> ics = get("/api/v1/sessions/" + id + "/calendar.ics", elena);
        assertThat(ics.statusCode()).isEqualTo(200);
        String download = ics.body();
        assertThat(sequence(download)).isEqualTo(afterItem);
        assertThat(download.replace("\r\n ", "")).contains("UID:vinculo-sesion-" + id + "@snt.mx").contains("STATUS:CONFIRMED")
                .contains("URL:" + Hub.APP + "/sesiones/ver.xhtml?id=" + id);
        for (String line : download.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // Not for people outside the session's workspace.
        assertThat(messages("mario.personal@jal.vinculo.test", "Convocatoria actualizada: " + title)).isEmpty();
    }

    // ------------------------------------------------------------------ the mail catcher

    /** A received mail: subject, top content type, its text/plain and text/html parts decoded, and text attachments. */
    record Mail(String subject, String contentType, String text, String html, List<String> attachments) {
    }

    static void runOutbox() throws Exception {
        expect(200, send("POST", "/api/v1/admin/integration/outbox/run", ana, ""));
    }

    static String fullName(String username) throws Exception {
        return (Hub.string("SELECT first_name FROM member WHERE username = ?", username) + " "
                + Hub.string("SELECT last_name FROM member WHERE username = ?", username)).trim();
    }

    static List<Mail> messages(String address, String subjectStart) throws Exception {
        HttpResponse<String> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(MAIL_API + "/api/user/" + enc(address)
                + "/messages/INBOX")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<Mail> out = new ArrayList<>();
        if (r.statusCode() != 200) {
            return out;
        }
        for (JsonNode m : Hub.JSON.readTree(r.body())) {
            String subject = m.path("subject").asText();
            if (subject.startsWith(subjectStart)) {
                out.add(parse(subject, m.path("mimeMessage").asText()));
            }
        }
        return out;
    }

    static Mail waitFor(String address, String subject) throws Exception {
        return waitForAll(address, subject, 1).get(0);
    }

    static List<Mail> waitForAll(String address, String subject) throws Exception {
        return waitForAll(address, subject, 1);
    }

    /** Polls the catcher (mail is sent right after the outbox run, but SMTP is asynchronous) for up to 20 s. */
    static List<Mail> waitForAll(String address, String subject, int atLeast) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        List<Mail> found = messages(address, subject);
        while (found.size() < atLeast && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            runOutbox();
            found = messages(address, subject);
        }
        assertThat(found).as("mail to %s starting %s", address, subject).hasSizeGreaterThanOrEqualTo(atLeast);
        return found;
    }

    static Mail parse(String subject, String mime) {
        String[] headBody = split(mime);
        String type = header(headBody[0], "Content-Type");
        List<String> text = new ArrayList<>(), html = new ArrayList<>(), files = new ArrayList<>();
        walk(headBody[0], headBody[1], text, html, files);
        return new Mail(subject, type, String.join("\n", text), String.join("\n", html), files);
    }

    private static void walk(String head, String body, List<String> text, List<String> html, List<String> files) {
        String type = header(head, "Content-Type").toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            Matcher b = Pattern.compile("boundary=\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE).matcher(header(head, "Content-Type"));
            if (!b.find()) {
                return;
            }
            String[] parts = body.split(Pattern.quote("--" + b.group(1)));
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("--")) {
                    break;
                }
                String[] hb = split(parts[i].replaceFirst("^\r?\n", ""));
                walk(hb[0], hb[1], text, html, files);
            }
            return;
        }
        String decoded = decode(body, header(head, "Content-Transfer-Encoding"));
        if (header(head, "Content-Disposition").toLowerCase(Locale.ROOT).startsWith("attachment")) {
            files.add(decoded);
        } else if (type.startsWith("text/plain")) {
            text.add(decoded.replace("\r\n", "\n"));
        } else if (type.startsWith("text/html")) {
            html.add(decoded);
        } else {
            files.add(decoded);
        }
    }

    private static String[] split(String part) {
        int i = part.indexOf("\r\n\r\n");
        int skip = 4;
        if (i < 0) {
            i = part.indexOf("\n\n");
            skip = 2;
        }
        return i < 0 ? new String[]{part, ""} : new String[]{part.substring(0, i), part.substring(i + skip)};
    }

    /** A header's value, unfolded ("" when absent). */
    private static String header(String head, String name) {
        String unfolded = head.replaceAll("\r?\n[ \t]+", " ");
        for (String line : unfolded.split("\r?\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    private static String decode(String body, String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT);
        if (e.equals("base64")) {
            return new String(Base64.getMimeDecoder().decode(body.trim()), StandardCharsets.UTF_8);
        }
        if (e.equals("quoted-printable")) {
            String joined = body.replace("=\r\n", "").replace("=\n", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char ch = joined.charAt(i);
                if (ch == '=' && i + 2 < joined.length()) {
                    out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
        return body;
    }
}
