package mx.snt.vinculo.sessions;

import java.io.Serializable;

/** A vote open now: the agenda item and its session (one constructor query, for the home page). */
public record OpenVoteRow(long itemId, String itemTitle, long sessionId, String sessionTitle, String workspaceCode)
        implements Serializable {
}
