package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reading sessions: one session's page, lists, the calendar view, attached documents, the acta PDF. */
@Stateless
public class SessionQueries {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @EJB
    private FileStore files;

    @EJB
    private SessionConsoleAssembler consoles;

    @Inject
    private Clock clock;

    /** The session with its agenda, attendance, tallies and acuerdos, if the caller may see it. */
    public SessionDetail get(long id) {
        Caller caller = callers.current();
        // Kept per person while the data does not change (KeptAnswers): the detail reads every member of the body.
        // The visibility check is inside the kept answer (the same person and data give the same answer; a refusal is
        // an exception and is never kept), so a kept page reads nothing, not even the session's row.
        return KeptAnswers.get("session detail\u0000" + id + "\u0000" + caller.username(),
                () -> assembler.detail(access.visible(caller, id), caller));
    }

    /**
     * The session page in one read: the detail, the chair's console and the live panel (see {@link SessionConsole}).
     * Kept per person and day while the data does not change ({@link KeptAnswers}), except while the session is in
     * progress: then the speakers' times are counted from now.
     */
    public SessionConsole console(long id) {
        Caller caller = callers.current();
        // The visibility check inside the kept answer, as in get: a kept console reads nothing. One in progress is
        // never kept, and a session starting is a write, which makes every kept console of it old.
        return KeptAnswers.get("session console\u0000" + id + "\u0000" + caller.username() + "\u0000" + MexicoCity.today(clock),
                () -> consoles.console(access.visible(caller, id), caller),
                console -> console.detail().state() != SessionState.IN_PROGRESS);
    }

    /** A workspace's sessions (all workspaces: null) the caller may see, newest first, paged in the database. */
    public Page<SessionRow> forWorkspace(Long workspaceId, int first, int size) {
        return sessions.forWorkspace(callers.current(), workspaceId, first, size);
    }

    /** Sessions the caller may see between two instants (the calendar view), optionally of one workspace. */
    public List<SessionRow> between(Instant from, Instant to, Long workspaceId) {
        return sessions.between(callers.current(), from, to, workspaceId);
    }

    /** The workspaces where the caller may plan sessions (theirs as secretary; every one for an admin). */
    public List<WorkspaceSummary> plannable() {
        Caller caller = callers.current();
        if (!caller.has(Role.ADMIN) && !caller.has(Role.SECRETARIO_TECNICO)) {
            return List.of();
        }
        return sessions.activeWorkspaces(caller.has(Role.ADMIN) ? null : caller.workspaceIds()).stream()
                .map(WorkspaceSummary::of).toList();
    }

    /** An attached document, after checking the caller may see its session. */
    public FileContent file(long sessionId, long fileId) {
        Caller caller = callers.current();
        access.visible(caller, sessionId);
        if (!sessions.hasFile(sessionId, fileId)) {
            throw new NotFoundException();
        }
        return files.read(fileId);
    }

    /** The stenographic version's file, for whoever may see the session (the public, once it is public). */
    public FileContent stenoFile(long sessionId) {
        Session s = access.visible(callers.current(), sessionId);
        if (s.getStenoFileId() == null || s.getStartedAt() == null) {
            throw new NotFoundException();
        }
        return files.read(s.getStenoFileId());
    }

    /** The acta as a PDF a person would sign (once the session is closed). */
    public byte[] actaPdf(long id) {
        Caller caller = callers.current();
        Session s = access.visible(caller, id);
        if (s.getEndedAt() == null) {
            throw new NotFoundException();
        }
        // A public session is followed by anyone, but its acta is a draft until published: only its members read it before.
        if (s.getState() != SessionState.PUBLISHED && !caller.workspaceIds().contains(s.getWorkspace().getId())) {
            throw new NotFoundException();
        }
        return ActaDocument.pdf(assembler.detail(s, caller));
    }

    /** Sessions of a workspace whose agenda still takes items (for proposals), soonest first. */
    public List<Session> openForAgenda(long workspaceId) {
        return sessions.openForAgenda(workspaceId);
    }
}
