package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;

/**
 * Remote members marking themselves present: the chair opens attendance, a member of the body
 * checks in remotely from the session page, the secretary confirms (then the member attends
 * REMOTE). The rules are the session's ({@link Session#checkInRemotely}).
 */
@Stateless
public class RemoteAttendance {

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

    /** The secretary opens or closes attendance for remote check-ins. */
    public SessionConsole open(long id, boolean open) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        boolean before = s.isAttendanceOpen();
        s.attendanceOpen(open, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.attendance.open", String.valueOf(before), String.valueOf(open), null,
                SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.FLOOR));
        return assembler.console(s, caller);
    }

    /** The caller, a member of the body, says they attend remotely. */
    public SessionConsole checkIn(long id) {
        Caller caller = callers.current();
        Session s = access.visible(caller, id);
        Long me = caller.memberId();
        boolean member = me != null && sessions.isMember(s.getWorkspace().getId(), me);
        s.checkInRemotely(member ? sessions.find(Member.class, me) : null, member, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.attendance.checkIn", null, null, "member " + me, SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.FLOOR));
        return assembler.console(s, caller);
    }

    /** The secretary confirms a member's remote check-in: they attend remotely. */
    public SessionConsole confirm(long id, long memberId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        AttendanceStatus before = s.confirmRemote(sessions.find(Member.class, memberId), caller.username(), clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.attendance", before == null ? null : before.name(),
                AttendanceStatus.REMOTE.name(), "member " + memberId + " (remote check-in)", SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.ATTENDANCE));
        return assembler.console(s, caller);
    }
}
