package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;

/**
 * A session's live state ({@link LiveState}): for a viewer who may see the session (the visibility rule; anyone else
 * gets 404), for the public live page (public sessions only), and after a change, once, for everyone following it.
 * The state is assembled as nobody in particular would see it, so it is the same message for every viewer.
 */
@Stateless
public class SessionLive {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @Inject
    private Clock clock;

    /** The state of a session the caller may see; a forbidden or unknown one is a 404. */
    public LiveState state(long id) {
        Session s = access.visible(callers.current(), id);
        return LiveState.of(assembler.detail(s, Caller.anonymous()), null, clock.instant());
    }

    /** The state for the public live page: public sessions only, whoever asks (a member's private session is a 404 here). */
    public LiveState publicState(long id) {
        Session s = access.visible(callers.current(), id);
        if (s.getVisibility() != Visibility.PUBLIC) {
            throw new NotFoundException();
        }
        return LiveState.of(assembler.detail(s, Caller.anonymous()), null, clock.instant());
    }

    /** The state after a committed change, for the broadcast (null if the session is gone). */
    public LiveState changed(long id, SessionChanged.Change change) {
        Session s = sessions.find(id);
        return s == null ? null : LiveState.of(assembler.detail(s, Caller.anonymous()), change, clock.instant());
    }
}
