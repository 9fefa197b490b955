package mx.snt.vinculo.sessions;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;

/** A row of a list or a calendar. */
public record SessionRow(long id, long workspaceId, String workspaceCode, SessionKind kind, int number, int year,
                             String title, Instant startsAt, int durationMinutes, String place, SessionState state,
                             Visibility visibility) implements Serializable {
    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }
}
