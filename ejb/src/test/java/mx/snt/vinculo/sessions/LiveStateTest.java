package mx.snt.vinculo.sessions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pushed state: the item taken up with its count, closed votes with names unless secret, never the meeting link. */
class LiveStateTest {

    static SessionDetail session() {
        var open = new ItemRow(1, 1, ItemKind.PROPOSAL, "Programa anual", null, null, null, VoteState.CLOSED, "APPROVED", null,
                2, 1, 0, List.of(), null, null, VoteRule.SIMPLE_MAJORITY_PRESENT, false, false, List.of(),
                List.of(new RollCallRow(1, "Elena Ramírez", RollCallRow.RollCallVote.FOR),
                        new RollCallRow(2, "Carlos Núñez", RollCallRow.RollCallVote.AGAINST)));
        var secret = new ItemRow(2, 2, ItemKind.PROPOSAL, "Nombramiento", null, null, null, VoteState.CLOSED, "APPROVED", null,
                2, 0, 1, List.of(), null, null, VoteRule.QUALIFIED_TWO_THIRDS, true, false, List.of(), List.of());
        var now = new ItemRow(3, 3, ItemKind.PROPOSAL, "Asuntos generales", null, null, null, VoteState.OPEN, null, null,
                1, 0, 0, List.of(), VoteChoice.FOR, null);
        return new SessionDetail(7, 1, "CVPDCS", "Comisión", SessionKind.ORDINARY, 3, 2026, "Tercera sesión",
                Instant.parse("2026-12-08T17:00:00Z"), 120, "Guadalajara", "https://meet.example/secreto",
                "https://youtu.be/dQw4w9WgXcQ", null, false, SessionState.IN_PROGRESS, null, Visibility.PUBLIC, 3L,
                Instant.now(), Instant.parse("2026-12-08T17:05:00Z"), null, null, null, 3, List.of(open, secret, now),
                List.of(), List.of(new AcuerdoRow(1, 7, "CVPDCS/SO/03/2026/01", "Se aprueba: Programa anual", "APPROVED", 2, 1, 0,
                        Instant.now()), new AcuerdoRow(2, 7, "CVPDCS/SO/03/2026/02", "Se aprueba: Nombramiento", "APPROVED", 2, 0, 1,
                        Instant.now())), 4, 3, true, true);
    }

    @Test
    void theJsonCarriesTheCurrentCountAndTheResultsButNotTheMeetingLink() {
        LiveState s = LiveState.of(session(), SessionChanged.Change.VOTE_CAST, Instant.ofEpochMilli(1234));
        String json = s.json();
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        assertThat(o.getInt("session")).isEqualTo(7);
        assertThat(o.getString("change")).isEqualTo("VOTE_CAST");
        assertThat(o.getBoolean("structural")).isFalse();
        assertThat(o.getJsonNumber("at").longValue()).isEqualTo(1234);
        assertThat(o.getJsonObject("current").getString("title")).isEqualTo("Asuntos generales");
        assertThat(o.getJsonObject("current").getInt("for")).isEqualTo(1);
        assertThat(o.getJsonArray("results")).hasSize(2);
        JsonObject first = o.getJsonArray("results").getJsonObject(0);
        assertThat(first.getString("acuerdo")).isEqualTo("CVPDCS/SO/03/2026/01");
        assertThat(first.getJsonArray("rollCall")).hasSize(2);
        assertThat(first.getJsonArray("rollCall").getJsonObject(1).getString("vote")).isEqualTo("AGAINST");
        JsonObject secret = o.getJsonArray("results").getJsonObject(1);
        assertThat(secret.getBoolean("secret")).isTrue();
        assertThat(secret.getJsonArray("rollCall")).isEmpty();
        assertThat(json).doesNotContain("meet.example").doesNotContain("secreto").doesNotContain("myVote");
        assertThat(s.livestreamEmbed()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    }

    @Test
    void everyChangeButAVoteCastIsStructural() {
        for (SessionChanged.Change c : SessionChanged.Change.values()) {
            assertThat(LiveState.of(session(), c, Instant.now()).structural()).isEqualTo(c != SessionChanged.Change.VOTE_CAST);
        }
    }
}
