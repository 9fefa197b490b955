package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.VisibilityRule;

/**
 * Who may do what with a session: members of its workspace read it (everyone, once published);
 * only the technical secretary of its body (a secretary who is a member of its workspace) or an
 * admin drives it.
 */
@Stateless
public class SessionAccess {

    @EJB
    private SessionRepository sessions;

    public static boolean canManage(Caller caller, long workspaceId) {
        return caller.has(Role.ADMIN) || (caller.has(Role.SECRETARIO_TECNICO) && caller.memberOf(workspaceId));
    }

    public static void requireSecretary(Caller caller, long workspaceId) {
        if (!canManage(caller, workspaceId)) {
            throw new ForbiddenException();
        }
    }

    /** The session, if the caller may see it. */
    public Session visible(Caller caller, long id) {
        Session s = sessions.find(id);
        if (s == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, s.getWorkspace().getId(), s.getVisibility());
        return s;
    }

    /** The session, for its secretary; with a version, the one the editor read (stale → conflict). */
    public Session manageable(Caller caller, long id, Long version) {
        Session s = visible(caller, id);
        requireSecretary(caller, s.getWorkspace().getId());
        if (version != null) {
            s.checkVersion(version);
        }
        return s;
    }

    /** An item of this session; an item of another session is refused as bad input. */
    public AgendaItem itemOf(Session s, long itemId) {
        AgendaItem item = sessions.item(itemId);
        if (item == null || !item.getSession().getId().equals(s.getId())) {
            throw new ValidationException("session.item.otherSession");
        }
        return item;
    }

    /** The audit scope of a session's events (and of its agenda items'): they follow the session's visibility. */
    static AuditScope auditScope(Session s) {
        return AuditScope.partOf("Session", s.getId(), s.getWorkspace().getId(), s.getVisibility());
    }
}
