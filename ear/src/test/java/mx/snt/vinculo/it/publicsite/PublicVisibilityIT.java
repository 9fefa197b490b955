package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site shows the public and nothing else: a private (not announced) session and an
 * acuerdo of a session not yet published answer 404 at their clean addresses, the same 404 as a
 * missing one, and appear in no register, list or sitemap; the remote-meeting link never reaches
 * the public (page, old address, .ics); bad filters are a 400 with a message, never a 500.
 */
class PublicVisibilityIT {

    static PublicSessions sessions;

    @BeforeAll
    static void people() throws Exception {
        sessions = new PublicSessions();
    }

    @Test
    void aPrivateSessionIsA404EverywhereAndAnAnnouncedOneHidesItsMeetingLink() throws Exception {
        String secret = Hub.word();
        JsonNode s = sessions.convened("Sesión reservada " + secret, secret);
        long id = s.get("id").asLong();
        String path = PublicSessions.path(s);

        // Private: its clean address is the public 404, like an address that names nothing.
        HttpResponse<String> hidden = Hub.get(path, null);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(secret);
        assertThat(Hub.get("/sesiones/cvpdcs/2026/se-99", null).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/sitemap.xml", null).body()).doesNotContain(path);
        assertThat(Hub.get("/sesiones/publicas", null).body()).doesNotContain(secret);
        assertThat(Hub.get("/", null).body()).doesNotContain(secret);
        // The old address of a private session still asks for sign-in (it says nothing about the id).
        HttpResponse<String> old = Hub.get("/sesiones/ver.xhtml?id=" + id, null);
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElse("")).contains("/entrar");

        // Announced: public, at its clean address; the old address answers 301 to it.
        s = sessions.act(s, "announce");
        HttpResponse<String> page = Hub.get(path, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sesión reservada " + secret).contains("Pronunciamiento público " + secret)
                .doesNotContain(PublicSessions.REMOTE).doesNotContain("reuniones.example.mx");
        assertThat(page.body()).contains("<link rel=\"canonical\" href=\"" + Hub.APP + path + "\"")
                .contains("property=\"og:title\"").contains("name=\"twitter:card\"");
        assertThat(Hub.get("/sitemap.xml", null).body()).contains(Hub.APP + path);
        HttpResponse<String> moved = Hub.get("/sesiones/ver.xhtml?id=" + id, null);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElse("")).endsWith(path);
        // Its calendar file for the public carries no meeting link either; a member's does.
        assertThat(Hub.get("/sesiones/ics/" + id + ".ics", null).body()).contains("BEGIN:VCALENDAR").doesNotContain("reuniones.example.mx");
        assertThat(Hub.get("/api/v1/sessions/" + id, sessions.elena).body()).contains(PublicSessions.REMOTE + secret);

        // Held: its acuerdo is private until the session is published — 404 and in no register or sitemap.
        s = sessions.started(s);
        s = sessions.votedFirst(s);
        String number = s.get("acuerdos").get(0).get("number").asText();
        assertThat(Hub.get(PublicSessions.acuerdoPath(number), null).statusCode()).isEqualTo(404);
        // (The search box repeats the words asked for: the register itself finds nothing.)
        assertThat(Hub.get("/acuerdos?q=" + Hub.enc(number), null).body()).contains("id=\"no-results\"").doesNotContain("id=\"register\"");
        assertThat(Hub.get("/acuerdos?q=" + Hub.enc(secret), null).body()).contains("id=\"no-results\"");
        assertThat(Hub.get("/acuerdos?comision=CVPDCS&pagina=1", null).body()).doesNotContain(number);
        assertThat(Hub.get("/sitemap.xml", null).body()).doesNotContain(PublicSessions.acuerdoPath(number));
        assertThat(Hub.get(path, null).body()).doesNotContain(number).doesNotContain("reuniones.example.mx");

        // A published acuerdo of the demo is there, at its stable address.
        HttpResponse<String> register = Hub.get("/acuerdos?comision=CVPDCS", null);
        assertThat(register.statusCode()).isEqualTo(200);
        String published = "CVPDCS/SO/01/" + Hub.today().getYear() + "/02";
        if (register.body().contains(published)) {
            assertThat(Hub.get(PublicSessions.acuerdoPath(published), null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void chaptersAreStampedWhenItemsAreTakenUpAndEditableAfterwards() throws Exception {
        String secret = Hub.word();
        JsonNode s = sessions.act(sessions.convened("Sesión con capítulos " + secret, secret), "announce");
        long id = s.get("id").asLong();
        s = sessions.started(s);
        String path = PublicSessions.path(s);
        // In progress: the transmission is embedded (YouTube's embed address), with the live page linked.
        String live = Hub.get(path, null).body();
        assertThat(live).contains("id=\"livestream-embed\"").contains("https://www.youtube-nocookie.com/embed/" + PublicSessions.STREAM_ID)
                .contains("/en-vivo/" + id).doesNotContain("reuniones.example.mx");
        long second = s.get("items").get(1).get("id").asLong();
        long first = s.get("items").get(0).get("id").asLong();
        s = Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + second + "/current", sessions.sofia, "{}"));
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_item WHERE id = ? AND recording_offset IS NOT NULL", second)).isEqualTo(1);
        assertThat(Hub.count("SELECT recording_offset FROM meeting_item WHERE id = ?", first)).isZero();
        s = sessions.act(s, "close");

        // Afterwards the secretary gives the recording and corrects the chapters; bad input changes nothing.
        s = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/links", sessions.sofia, "{\"version\":" + s.get("version")
                + ",\"livestreamUrl\":\"https://www.youtube.com/watch?v=" + PublicSessions.STREAM_ID
                + "\",\"recordingUrl\":\"https://youtu.be/" + PublicSessions.STREAM_ID + "\"}"));
        HttpResponse<String> bad = Hub.send("PUT", "/api/v1/sessions/" + id + "/recording", sessions.sofia, "{\"version\":"
                + s.get("version") + ",\"chapters\":{\"" + second + "\":\"12:75\"},\"stenoText\":\"x\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("12:75");
        s = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/recording", sessions.sofia, "{\"version\":"
                + s.get("version") + ",\"chapters\":{\"" + first + "\":\"0:30\",\"" + second + "\":\"1:02:03\"},"
                + "\"stenoText\":\"Secretaría Técnica: buenos días " + secret + ".\\n\\nCoordinación: gracias.\"}"));
        String held = Hub.get(path, null).body();
        assertThat(held).contains("id=\"chapters\"").contains("data-offset=\"30\"").contains("data-offset=\"3723\"")
                .contains(path + "?t=3723#grabacion").contains("buenos días " + secret);
        assertThat(Hub.get(path + "?t=3723", null).body())
                .contains("https://www.youtube-nocookie.com/embed/" + PublicSessions.STREAM_ID + "?start=3723");
    }

    @Test
    void badFiltersAreA400WithAMessageAndUnknownAddressesA404() throws Exception {
        HttpResponse<String> year = Hub.get("/acuerdos?anio=20x6", null);
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("El año debe tener cuatro cifras");
        assertThat(Hub.get("/acuerdos?resultado=QUIZAS", null).statusCode()).isEqualTo(400);
        assertThat(Hub.get("/sesiones/publicas?comision=NOEXISTE", null).statusCode()).isEqualTo(400);
        assertThat(Hub.get("/sesiones/publicas?mes=2026-13", null).statusCode()).isEqualTo(400);
        assertThat(Hub.get("/acuerdos?pagina=99999999999999", null).statusCode()).isEqualTo(200);
        assertThat(Hub.get("/comisiones/no-existe", null).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/regiones/cvpdcs", null).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/acuerdos/NO-ES-UN-ACUERDO", null).statusCode()).isEqualTo(404);
        assertThat(Hub.get("/acuerdos/CVPDCS-SO-99-2026-99", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theOldLinkOfAnAgreementInForceLeadsToItsCardInTheRegister() throws Exception {
        long id = Hub.count("SELECT MIN(id) FROM agreement WHERE state = 'IN_FORCE' AND visibility = 'PUBLIC'");
        HttpResponse<String> moved = Hub.get("/convenios/ver.xhtml?id=" + id, null);
        assertThat(moved.statusCode()).isEqualTo(301);
        String location = moved.headers().firstValue("Location").orElse("");
        assertThat(location).contains("/convenios-vigentes?q=").endsWith("#convenio-" + id);
        assertThat(Hub.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""), null).body())
                .contains("id=\"convenio-" + id + "\"");
        // One that is not in force (or not public) is not redirected: its page's own rule answers.
        long other = Hub.count("SELECT COALESCE(MIN(id), 0) FROM agreement WHERE state <> 'IN_FORCE'");
        assertThat(Hub.get("/convenios/ver.xhtml?id=" + other, null).statusCode()).isNotEqualTo(301);
    }
}
