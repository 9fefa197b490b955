package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The life of a session: plan, reschedule, convene, cancel, start, close, the acta, publish.
 * The rules are the session's own ({@link Session}); this loads it, calls it, audits and
 * records the outbox events.
 */
@Stateless
public class SessionWorkflow {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @EJB
    private SessionEvents events;

    @EJB
    private AuditTrail audit;

    @EJB
    private FileStore files;

    @Inject
    private Clock clock;

    /** Tells live viewers, once the transaction commits (see {@link LiveFeed}). */
    @Inject
    private jakarta.enterprise.event.Event<SessionChanged> liveChanges;

    public SessionDetail plan(SessionPlan p) {
        Caller caller = callers.current();
        Workspace w = sessions.find(Workspace.class, p.workspaceId());
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        SessionAccess.requireSecretary(caller, w.getId());
        if (p.kind() == null) {
            throw new ValidationException("session.kind.required");
        }
        String title = SessionPlan.required(p.title(), "session.title.required", SessionPlan.MAX_TITLE);
        String place = SessionPlan.required(p.place(), "session.place.required", SessionPlan.MAX_TITLE);
        Instant startsAt = p.startsAt();
        int duration = SessionPlan.duration(p.durationMinutes());
        int year = p.date().getYear();
        Instant now = clock.instant();
        Session s = new Session(w, p.kind(), sessions.nextNumber(w.getId(), p.kind(), year), year, title, startsAt, duration,
                place, caller.username(), now);
        s.plannedAs(p.visibility());
        s.details(title, startsAt, duration, place, SessionPlan.url(p.remoteUrl()), SessionPlan.url(p.livestreamUrl()),
                p.remoteVoting(), now);
        sessions.persist(s);
        sessions.flush();
        audit.record(caller, "Session", s.getId(), "session.plan", null, SessionState.PLANNED.name(), title, SessionAccess.auditScope(s));
        return assembler.detail(s, caller);
    }

    /** Changes date, place and links while the session has not started (the version the editor read). */
    public SessionDetail edit(long id, long version, SessionPlan p) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        List<ConvocationChange> changes = s.reschedule(p, notice(s), MexicoCity.today(clock), clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.edit", null, null, s.getTitle(), SessionAccess.auditScope(s));
        events.convocationUpdated(s, changes);
        return assembler.detail(s, caller);
    }

    /** Livestream before and during, recording after: editable at any time by the secretary. */
    public SessionDetail links(long id, long version, String livestreamUrl, String recordingUrl) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        s.links(livestreamUrl, recordingUrl, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.links", null, null, livestreamUrl + " " + recordingUrl, SessionAccess.auditScope(s));
        if (s.getState() == SessionState.PUBLISHED) {
            events.published(s);
        }
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.LINKS));
        return assembler.detail(s, caller);
    }

    /**
     * Convenes: refused unless the notice period is met (business days, Mexican holidays
     * excluded) and the agenda has items. Sends the convocation to every member through the outbox.
     */
    public SessionDetail convene(long id, long version) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        s.convene(notice(s), MexicoCity.today(clock), clock.instant());
        moved(caller, s, SessionState.PLANNED, null);
        events.convened(s);
        return assembler.detail(s, caller);
    }

    public SessionDetail cancel(long id, long version, String reason) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        boolean convened = s.getState() == SessionState.CONVENED;
        s.cancel(reason, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.cancel", null, SessionState.CANCELLED.name(), s.getCancelReason(), SessionAccess.auditScope(s));
        if (convened) {
            // Members were convened: they learn it is off, and their calendars drop the event (STATUS:CANCELLED).
            events.convocationUpdated(s, List.of(new ConvocationChange(ConvocationChange.What.CANCELLED, null, s.getCancelReason())));
        }
        return assembler.detail(s, caller);
    }

    /** Starts the session with no chair named (enough when the body's chair does not break ties). */
    public SessionDetail start(long id, long version) {
        return start(id, version, null);
    }

    /**
     * Starts the session: on its day, from the configured lead before the hour
     * ({@code vinculo.sessions.start-lead-minutes}), only with quorum, with its chair
     * ({@code chairMemberId}, a voting member present) when the body's chair breaks ties.
     * The first item becomes the current one.
     */
    public SessionDetail start(long id, long version, Long chairMemberId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        Quorum quorum = sessions.quorum(s);
        s.start(quorum, SessionSettings.startLead(), chairMemberId, sessions.voters(id),
                sessions.votingSettings(s.getWorkspace().getId()).isCastingVote(), clock.instant());
        moved(caller, s, SessionState.CONVENED, "quorum " + quorum.present() + "/" + quorum.base()
                + (chairMemberId == null ? "" : ", chair " + chairMemberId));
        return assembler.detail(s, caller);
    }

    /** Closes the session and drafts the acta's narrative from its facts. */
    public SessionDetail close(long id, long version) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        s.close(clock.instant());
        moved(caller, s, SessionState.IN_PROGRESS, null);
        s.acta(ActaDocument.draftNarrative(assembler.detail(s, caller)), clock.instant());
        sessions.flush();
        return assembler.detail(s, caller);
    }

    /** The secretary edits the acta's narrative until it is approved. */
    public SessionDetail saveActa(long id, long version, String text) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        s.acta(text, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.acta.edit", null, null, null, SessionAccess.auditScope(s));
        return assembler.detail(s, caller);
    }

    /** Makes the session, its acuerdos, the acta and the recording PUBLIC, with outbox events for the PNT. */
    public SessionDetail publish(long id, long version) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        s.publish(clock.instant());
        moved(caller, s, SessionState.ACTA_APPROVED, null);
        SessionDetail d = assembler.detail(s, caller);
        FileRef acta = files.store("acta-" + d.workspaceCode() + "-" + d.kind().code() + "-"
                + String.format("%02d", d.number()) + "-" + d.year() + ".pdf", ActaDocument.pdf(d), caller.username());
        s.actaFile(acta.id());
        sessions.flush();
        events.published(s);
        events.toPnt(s, s.getAcuerdos(), acta.id());
        audit.record(caller, "Session", id, "session.publish.acta", null, null, "file " + acta.id(), SessionAccess.auditScope(s));
        return assembler.detail(s, caller);
    }

    /**
     * For the demo seed (the system, no caller, inside the seed's transaction): the outbox
     * events of a session the seed left PUBLISHED, as {@link #publish} records them, so its
     * acuerdos and acta reach the PNT like any other.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void seedPublication(Session s) {
        sessions.flush();
        events.published(s);
        events.toPnt(s, s.getAcuerdos(), s.getActaFileId());
    }

    private NoticePolicy notice(Session s) {
        return SessionSettings.notice(s.getWorkspace().getCode(), s.getKind());
    }

    private void moved(Caller caller, Session s, SessionState before, String detail) {
        sessions.flush();
        audit.record(caller, "Session", s.getId(), "session.state", before.name(), s.getState().name(), detail, SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.STATE));
    }
}
