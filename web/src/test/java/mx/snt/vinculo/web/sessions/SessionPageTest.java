package mx.snt.vinculo.web.sessions;

import mx.snt.vinculo.sessions.SessionConsole;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionKind;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPageTest {

    static SessionConsole console(boolean canManage, boolean live, boolean attendanceOpen, boolean canCheckIn) {
        SessionDetail d = new SessionDetail(1, 2, "CTIPNT", "Comisión", SessionKind.values()[0], 1, 2026, "Sesión",
                Instant.parse("2026-11-22T16:00:00Z"), 120, "Aula", null, null, null, false,
                live ? SessionState.IN_PROGRESS : SessionState.PUBLISHED, null, Visibility.values()[0], null,
                null, null, null, null, null, 1, List.of(), List.of(), List.of(), 0, 0, canManage, false);
        return new SessionConsole(d, live, attendanceOpen, false, null, null, List.of(), List.of(), false, canCheckIn,
                List.of(), false, null, Map.of(), List.of(), List.of());
    }

    @Test
    void aReadersPageOfASessionThatIsNotLiveSendsNothingBack() {
        assertThat(SessionPage.nothingToSendBack(console(false, false, false, false))).isTrue();
    }

    @Test
    void theSecretarysConsoleTheLivePanelAndACheckInKeepTheirState() {
        assertThat(SessionPage.nothingToSendBack(console(true, false, false, false))).isFalse();
        assertThat(SessionPage.nothingToSendBack(console(false, true, false, false))).isFalse();
        assertThat(SessionPage.nothingToSendBack(console(false, false, true, false))).isFalse();
        assertThat(SessionPage.nothingToSendBack(console(false, false, false, true))).isFalse();
    }
}
