package mx.snt.vinculo.it.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;

import java.time.LocalDate;

/** A CVPDCS session driven through the API as its secretary would, for the public site's tests. */
final class PublicSessions {

    static final String REMOTE = "https://reuniones.example.mx/sala-reservada-";
    static final String STREAM_ID = "Vinc2026abc";

    final String sofia;
    final String elena;
    final String carlos;
    final long cvpdcs;
    final long elenaId;
    final long carlosId;

    PublicSessions() throws Exception {
        sofia = Hub.token("sofia.secretaria");
        elena = Hub.token("elena.comisionada");
        carlos = Hub.token("carlos.comisionado");
        // Sign-ins record memberships (the directory learns who belongs to CVPDCS).
        Hub.signIn("sofia.secretaria");
        Hub.signIn("elena.comisionada");
        Hub.signIn("carlos.comisionado");
        cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        elenaId = Hub.count("SELECT id FROM member WHERE username = 'elena.comisionada'");
        carlosId = Hub.count("SELECT id FROM member WHERE username = 'carlos.comisionado'");
    }

    /** Planned with a remote-meeting link (which the public must never see) and a YouTube transmission; two items. */
    JsonNode planned(String title, String secret) throws Exception {
        JsonNode s = Hub.expect(201, Hub.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"EXTRAORDINARY\",\"title\":\"" + title + "\",\"date\":\"" + LocalDate.now(Hub.MEXICO).plusDays(3)
                + "\",\"time\":\"11:00\",\"durationMinutes\":90,\"place\":\"Sala de Plenos, Guadalajara\",\"remoteUrl\":\""
                + REMOTE + secret + "\",\"livestreamUrl\":\"https://www.youtube.com/watch?v=" + STREAM_ID + "\",\"remoteVoting\":true}"));
        s = item(s, "Pronunciamiento público " + secret);
        return item(s, "Programa de difusión " + secret);
    }

    JsonNode item(JsonNode s, String title) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/items", sofia,
                "{\"version\":" + s.get("version").asLong() + ",\"kind\":\"PROPOSAL\",\"title\":\"" + title
                        + "\",\"presenter\":\"Coordinación\",\"body\":\"Se propone " + title.toLowerCase() + ".\"}"));
    }

    JsonNode act(JsonNode s, String action) throws Exception {
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + s.get("id").asLong() + "/" + action, sofia,
                "{\"version\":" + s.get("version").asLong() + "}"));
    }

    /** Convened (the notice period is met: three days ahead for an extraordinary session). */
    JsonNode convened(String title, String secret) throws Exception {
        return act(planned(title, secret), "convene");
    }

    /** Its day has come, both commissioners attend, it starts: the first item is taken up. */
    JsonNode started(JsonNode s) throws Exception {
        long id = s.get("id").asLong();
        Hub.update("UPDATE meeting SET starts_at = UTC_TIMESTAMP(6) WHERE id = ?", id);
        Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/attendance/" + elenaId, sofia, "{\"status\":\"PRESENT\"}"));
        s = Hub.expect(200, Hub.send("PUT", "/api/v1/sessions/" + id + "/attendance/" + carlosId, sofia, "{\"status\":\"PRESENT\"}"));
        return act(s, "start");
    }

    /** The first item is voted 2–0: an acuerdo, private until the session is published. */
    JsonNode votedFirst(JsonNode s) throws Exception {
        long id = s.get("id").asLong();
        long item = s.get("items").get(0).get("id").asLong();
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/open-vote", sofia, "{}"));
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/votes", elena, "{\"choice\":\"FOR\"}"));
        Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/votes", carlos, "{\"choice\":\"FOR\"}"));
        return Hub.expect(200, Hub.send("POST", "/api/v1/sessions/" + id + "/items/" + item + "/close-vote", sofia, "{}"));
    }

    /** The clean address of a CVPDCS extraordinary session. */
    static String path(JsonNode s) {
        return "/sesiones/cvpdcs/" + s.get("year").asInt() + "/se-" + String.format("%02d", s.get("number").asInt());
    }

    /** The clean address of an acuerdo number. */
    static String acuerdoPath(String number) {
        return "/acuerdos/" + number.replace('/', '-');
    }
}
