package mx.snt.vinculo.it.sessions;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor of a session through the API (issue 12): remote check-ins while the chair keeps
 * attendance open, confirmed by the secretary, and the speakers' list — each refusal a
 * problem+json in the caller's language that changes nothing.
 */
class SessionFloorApiIT {

    @BeforeAll
    static void people() throws Exception {
        SessionsApiIT.people();
    }

    static HttpResponse<String> post(String path, String token) throws Exception {
        return Hub.send("POST", "/api/v1/sessions/" + path, token, "{}");
    }

    static void refused(HttpResponse<String> r, int status, String detail) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        if (detail != null) {
            assertThat(Hub.json(r).get("detail").asText()).isEqualTo(detail);
        }
    }

    @Test
    void remoteMembersCheckInTheSecretaryConfirmsAndTheFloorIsGivenOneAtATime() throws Exception {
        String sofia = SessionsApiIT.sofia, elena = SessionsApiIT.elena, carlos = SessionsApiIT.carlos, mario = SessionsApiIT.mario;
        JsonNode s = SessionsApiIT.plan("EXTRAORDINARY", Hub.today().plusDays(12), "Sesión del piso " + System.nanoTime());
        long id = s.get("id").asLong();
        s = SessionsApiIT.addItem(s, "PROPOSAL", "Programa de difusión", null);
        s = SessionsApiIT.act(s, "convene");
        SessionsApiIT.dayHasCome(id);

        // Attendance closed: refused, in Spanish and in English; nothing recorded.
        refused(post(id + "/attendance/check-in", carlos), 422, "El registro de asistencia a distancia no está abierto.");
        HttpResponse<String> en = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + "/api/v1/sessions/" + id + "/attendance/check-in"))
                .header("Authorization", "Bearer " + carlos).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        refused(en, 422, "Remote attendance is not open.");
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_remote_checkin WHERE meeting_id = ?", id)).isZero();
        // Only the secretary opens it; someone outside the body does not even see the session.
        refused(post(id + "/attendance/open", elena), 403, null);
        refused(post(id + "/attendance/check-in", mario), 404, null);
        JsonNode c = Hub.expect(200, post(id + "/attendance/open", sofia));
        assertThat(c.get("attendanceOpen").asBoolean()).isTrue();

        c = Hub.expect(200, post(id + "/attendance/check-in", carlos));
        assertThat(c.get("checkedIn").asBoolean()).isTrue();
        refused(post(id + "/attendance/check-in", carlos), 422, "Su asistencia remota ya está registrada y espera confirmación.");
        c = Hub.expect(200, Hub.get("/api/v1/sessions/" + id + "/console", sofia));
        assertThat(c.get("checkIns").get(0).get("memberId").asLong()).isEqualTo(SessionsApiIT.carlosId);
        assertThat(Hub.string("SELECT status FROM meeting_attendance WHERE meeting_id = ? AND member_id = ?", id,
                SessionsApiIT.carlosId)).isNull();
        refused(post(id + "/attendance/check-ins/" + SessionsApiIT.carlosId + "/confirm", elena), 403, null);
        c = Hub.expect(200, post(id + "/attendance/check-ins/" + SessionsApiIT.carlosId + "/confirm", sofia));
        assertThat(c.get("checkIns")).isEmpty();
        assertThat(Hub.string("SELECT status FROM meeting_attendance WHERE meeting_id = ? AND member_id = ?", id,
                SessionsApiIT.carlosId)).isEqualTo("REMOTE");
        refused(post(id + "/attendance/check-ins/" + SessionsApiIT.carlosId + "/confirm", sofia), 422,
                "Esa persona no tiene una asistencia remota por confirmar.");

        // The floor: only once the session is in progress, only for members present.
        refused(post(id + "/speakers", carlos), 422, null);
        SessionsApiIT.attend(id, SessionsApiIT.elenaId, "PRESENT");
        s = Hub.json(Hub.get("/api/v1/sessions/" + id, sofia));
        SessionsApiIT.act(s, "start");
        refused(post(id + "/speakers", sofia), 422, "Solo piden la palabra las y los integrantes presentes en la sesión.");
        refused(post(id + "/speakers", mario), 404, null);
        JsonNode asked = Hub.expect(200, post(id + "/speakers", carlos));
        long carlosTurn = asked.get("speakers").get(0).get("id").asLong();
        assertThat(asked.get("myRequest").asLong()).isEqualTo(carlosTurn);
        refused(post(id + "/speakers", carlos), 422, "Ya pidió la palabra en este asunto.");
        long elenaTurn = Hub.expect(200, post(id + "/speakers", elena)).get("speakers").get(1).get("id").asLong();

        refused(post(id + "/speakers/" + elenaTurn + "/give", elena), 403, null);
        JsonNode given = Hub.expect(200, post(id + "/speakers/" + elenaTurn + "/give", sofia));
        assertThat(given.get("speakers").get(1).get("state").asText()).isEqualTo("SPEAKING");
        refused(post(id + "/speakers/" + carlosTurn + "/withdraw", elena), 422, "Solo quien pidió la palabra puede retirar su petición.");
        Hub.expect(200, post(id + "/speakers/" + carlosTurn + "/withdraw", carlos));
        refused(post(id + "/speakers/" + carlosTurn + "/give", sofia), 422, "Esa petición ya no está en espera.");
        refused(post(id + "/speakers/" + carlosTurn + "/end", sofia), 422, "Esa persona no tiene la palabra.");
        JsonNode ended = Hub.expect(200, post(id + "/speakers/" + elenaTurn + "/end", sofia));
        assertThat(ended.get("speakers").get(1).get("state").asText()).isEqualTo("DONE");
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_speaker WHERE id = ? AND started_at IS NOT NULL AND ended_at IS NOT NULL",
                elenaTurn)).isEqualTo(1);
        assertThat(Hub.count("SELECT COUNT(*) FROM meeting_speaker WHERE id = ? AND started_at IS NULL AND ended_at IS NOT NULL",
                carlosTurn)).isEqualTo(1);
        refused(post(id + "/speakers/999999999/give", sofia), 422, "Esa petición de la palabra no existe en esta sesión.");
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE action = 'session.floor.give' AND detail = ?",
                "member " + SessionsApiIT.elenaId)).isPositive();
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Session' AND entity_id = ?"
                + " AND action = 'session.attendance.checkIn'", id)).isEqualTo(1);
    }
}
