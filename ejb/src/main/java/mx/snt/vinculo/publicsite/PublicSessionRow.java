package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.sessions.SessionKind;
import mx.snt.vinculo.sessions.SessionRules;
import mx.snt.vinculo.sessions.SessionState;

import java.io.Serializable;
import java.time.Instant;

/** A public session in a list or calendar; {@code path} is its clean address. */
public record PublicSessionRow(long id, String workspaceCode, String workspaceAcronym, SessionKind kind, int number,
                               int year, String title, Instant startsAt, int durationMinutes, String place,
                               SessionState state, String path) implements Serializable {
    public boolean live() {
        return state == SessionState.IN_PROGRESS;
    }

    public String label() {
        return SessionRules.label(kind, number, year);
    }
}
