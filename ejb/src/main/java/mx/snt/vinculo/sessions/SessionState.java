package mx.snt.vinculo.sessions;

import java.util.Map;
import java.util.Set;

/** The workflow of a session. Only the moves listed here exist; the service checks every one. */
public enum SessionState {
    PLANNED, CONVENED, IN_PROGRESS, CLOSED, ACTA_APPROVED, PUBLISHED, CANCELLED;

    private static final Map<SessionState, Set<SessionState>> NEXT = Map.of(
            PLANNED, Set.of(CONVENED, CANCELLED),
            CONVENED, Set.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, Set.of(CLOSED),
            CLOSED, Set.of(ACTA_APPROVED),
            ACTA_APPROVED, Set.of(PUBLISHED),
            PUBLISHED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(SessionState next) {
        return NEXT.get(this).contains(next);
    }

    /** The agenda can be edited until the session starts. */
    public boolean agendaEditable() {
        return this == PLANNED || this == CONVENED;
    }
}
