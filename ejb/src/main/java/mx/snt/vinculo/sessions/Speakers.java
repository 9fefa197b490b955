package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The speakers' list of the item taken up: a member present asks for the floor (or takes the
 * request back), the secretary or chair gives it and ends it. The rules are the session's
 * ({@link Session#askForFloor}); this loads, calls, audits.
 */
@Stateless
public class Speakers {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionConsoleAssembler assembler;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The live viewers follow the floor too (observed after the commit: LiveFeed). */
    @Inject
    private jakarta.enterprise.event.Event<SessionChanged> liveChanges;

    /** The caller, a member present, asks for the floor on the current item. */
    public SessionConsole ask(long id) {
        Caller caller = callers.current();
        Session s = access.visible(caller, id);
        Member me = caller.memberId() == null ? null : sessions.find(Member.class, caller.memberId());
        SpeakingTurn t = s.askForFloor(me, clock.instant());
        sessions.flush();
        audit.record(caller, "AgendaItem", t.getItem().getId(), "session.floor.ask", null, null, "member " + caller.memberId(),
                SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.FLOOR));
        return assembler.console(s, caller);
    }

    /** The caller takes back their own request before it is given. */
    public SessionConsole withdraw(long id, long turnId) {
        Caller caller = callers.current();
        Session s = access.visible(caller, id);
        SpeakingTurn t = turn(turnId);
        Member me = caller.memberId() == null ? null : sessions.find(Member.class, caller.memberId());
        s.withdrawFromFloor(t, me, clock.instant());
        sessions.flush();
        audit.record(caller, "AgendaItem", t.getItem().getId(), "session.floor.withdraw", null, null, "member " + caller.memberId(),
                SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.FLOOR));
        return assembler.console(s, caller);
    }

    /** The secretary gives the floor; whoever spoke before ends their turn. */
    public SessionConsole give(long id, long turnId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        SpeakingTurn t = turn(turnId);
        Instant now = clock.instant();
        Optional<SpeakingTurn> before = s.giveFloor(t, caller.username(), now);
        sessions.flush();
        before.ifPresent(b -> audit.record(caller, "AgendaItem", b.getItem().getId(), "session.floor.end", null, null,
                "member " + b.getMember().getId(), SessionAccess.auditScope(s)));
        audit.record(caller, "AgendaItem", t.getItem().getId(), "session.floor.give", null, null, "member " + t.getMember().getId(),
                SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.FLOOR));
        return assembler.console(s, caller);
    }

    /** The secretary ends the current speaker's turn. */
    public SessionConsole end(long id, long turnId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        SpeakingTurn t = turn(turnId);
        s.endFloor(t, clock.instant());
        sessions.flush();
        audit.record(caller, "AgendaItem", t.getItem().getId(), "session.floor.end", null, null, "member " + t.getMember().getId(),
                SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.FLOOR));
        return assembler.console(s, caller);
    }

    private SpeakingTurn turn(long turnId) {
        SpeakingTurn t = sessions.find(SpeakingTurn.class, turnId);
        if (t == null) {
            throw new ValidationException("session.speakers.unknown");
        }
        return t;
    }
}
