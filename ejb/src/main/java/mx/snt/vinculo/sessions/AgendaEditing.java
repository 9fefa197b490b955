package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.sessions.ConvocationChange.What;

import java.time.Clock;
import java.util.List;

/**
 * The secretary edits the agenda: add, edit, remove and move items, attach documents. Once the
 * session is convened, each change sends members an updated convocation ({@link SessionEvents}).
 */
@Stateless
public class AgendaEditing {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @EJB
    private AuditTrail audit;

    @EJB
    private SessionEvents events;

    @EJB
    private FileStore files;

    @Inject
    private Clock clock;

    /** Tells live viewers, once the transaction commits (see {@link LiveFeed}). */
    @Inject
    private jakarta.enterprise.event.Event<SessionChanged> liveChanges;

    public SessionDetail addItem(long sessionId, long version, ItemInput in) {
        return add(sessionId, version, in, null);
    }

    /**
     * An agenda item that comes from an accepted proposal (the proposals' service checks the proposal;
     * this checks the session as for any item) and keeps a reference back to it.
     */
    public SessionDetail addProposalItem(long sessionId, long version, ItemInput in, long proposalId) {
        return add(sessionId, version, in, proposalId);
    }

    private SessionDetail add(long sessionId, long version, ItemInput in, Long proposalId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, sessionId, version);
        ItemInput withRule = in == null ? null : in.withDefaultRule(sessions.votingSettings(s.getWorkspace().getId()).getDefaultRule());
        AgendaItem item = s.addItem(withRule, ref(in), proposalId, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", sessionId, "session.item.add", null, null, item.getPosition() + ". " + item.getTitle(), SessionAccess.auditScope(s));
        events.convocationUpdated(s, List.of(new ConvocationChange(What.ITEM_ADDED, null, item.getPosition() + ". " + item.getTitle())));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.AGENDA));
        return assembler.detail(s, caller);
    }

    public SessionDetail editItem(long sessionId, long itemId, long version, ItemInput in) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, sessionId, version);
        AgendaItem item = access.itemOf(s, itemId);
        String before = line(item);
        s.editItem(item, in, ref(in), clock.instant());
        sessions.flush();
        audit.record(caller, "Session", sessionId, "session.item.edit", null, null, item.getPosition() + ". " + item.getTitle(), SessionAccess.auditScope(s));
        ConvocationChange changed = ConvocationChange.of(What.ITEM_CHANGED, before, line(item));
        events.convocationUpdated(s, changed == null ? List.of() : List.of(changed));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.AGENDA));
        return assembler.detail(s, caller);
    }

    public SessionDetail removeItem(long sessionId, long itemId, long version) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, sessionId, version);
        AgendaItem item = access.itemOf(s, itemId);
        s.removeItem(item, clock.instant());
        sessions.deleteFiles(itemId);
        sessions.remove(item);
        sessions.flush();
        audit.record(caller, "Session", sessionId, "session.item.remove", null, null, item.getTitle(), SessionAccess.auditScope(s));
        events.convocationUpdated(s, List.of(new ConvocationChange(What.ITEM_REMOVED, item.getTitle(), null)));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.AGENDA));
        return assembler.detail(s, caller);
    }

    /**
     * Moves an item to another place of the agenda (during the session, with a recorded reason).
     * Refused when it would change the place of an item already voted.
     */
    public SessionDetail moveItem(long sessionId, long itemId, long version, int newPosition, String reason) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, sessionId, version);
        AgendaItem item = access.itemOf(s, itemId);
        s.moveItem(item, newPosition, reason, clock.instant());
        sessions.flush();
        String why = SessionPlan.strip(reason);
        audit.record(caller, "Session", sessionId, "session.item.move", null, String.valueOf(newPosition),
                item.getTitle() + (why == null ? "" : " — " + why), SessionAccess.auditScope(s));
        events.convocationUpdated(s, List.of(new ConvocationChange(What.ITEM_MOVED, item.getTitle(), String.valueOf(item.getPosition()))));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.AGENDA));
        return assembler.detail(s, caller);
    }

    /** Attaches a document to an item: PDF, Office/ODF or images, checked by content, size limited. */
    public SessionDetail attach(long sessionId, long itemId, long version, String name, byte[] content) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, sessionId, version);
        AgendaItem item = access.itemOf(s, itemId);
        s.attachTo(item, clock.instant());
        FileRef ref = files.store(name, content, caller.username());
        sessions.persist(new ItemFile(item, ref.id()));
        sessions.flush();
        audit.record(caller, "Session", sessionId, "session.item.attach", null, null, ref.name(), SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.AGENDA));
        return assembler.detail(s, caller);
    }

    /** An item as the convocation lists it: title and presenter. */
    private static String line(AgendaItem i) {
        return i.getTitle() + (i.getPresenter() == null || i.getPresenter().isBlank() ? "" : " — " + i.getPresenter());
    }

    /** The session whose acta an item approves, if the input names one. */
    private Session ref(ItemInput in) {
        return in == null || in.refSessionId() == null ? null : sessions.find(in.refSessionId());
    }
}
