package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.sessions.Views.AcuerdoView;
import mx.snt.vinculo.sessions.Views.AttendeeView;
import mx.snt.vinculo.sessions.Views.ItemView;
import mx.snt.vinculo.sessions.Views.SessionDetail;
import mx.snt.vinculo.sessions.Views.SessionSummary;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session workflow. Only the technical secretary of the session's body (a secretary who
 * is a member of its workspace) or an admin drives it; commissioners present cast their own
 * votes; members of the workspace read it (everyone, once published). Every refusal throws
 * before anything changes, and every change is audited.
 *
 * <p>Voting rule: the voting members of a session are the members of its workspace with the
 * role comisionado whose attendance is PRESENT or REMOTE. Each casts their own vote (a remote
 * one only if the session allows remote voting), or the secretary records it for them; the
 * vote closes only when every voting member has voted.
 */
@Stateless
public class SessionService {

    public static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    private static final String SUMMARY = "SELECT NEW mx.snt.vinculo.sessions.Views$SessionSummary(s.id, w.id, w.code,"
            + " s.kind, s.number, s.year, s.title, s.startsAt, s.durationMinutes, s.place, s.state, s.visibility)"
            + " FROM Meeting s JOIN s.workspace w";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    @EJB
    private FileStore files;

    // ---------------------------------------------------------------- reading

    /** The session with its agenda, attendance, tallies and acuerdos, if the caller may see it. */
    public SessionDetail get(long id) {
        Caller caller = callers.current();
        return detail(visible(caller, id), caller);
    }

    /** A workspace's sessions (all workspaces: null) the caller may see, newest first, paged in the database. */
    public Page<SessionSummary> forWorkspace(Long workspaceId, int first, int size) {
        Caller caller = callers.current();
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        VisibilityRule.Filter f = VisibilityRule.filter(caller, "s");
        String where = " WHERE " + (workspaceId != null ? "w.id = :ws AND " : "") + f.jpql();
        TypedQuery<SessionSummary> q = em.createQuery(SUMMARY + where + " ORDER BY s.startsAt DESC, s.id DESC", SessionSummary.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(s) FROM Meeting s JOIN s.workspace w" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, c)) {
            f.bind(query);
            if (workspaceId != null) {
                query.setParameter("ws", workspaceId);
            }
        }
        return new Page<>(q.setFirstResult(first).setMaxResults(size).getResultList(), c.getSingleResult(), first, size);
    }

    /** The workspaces where the caller may plan sessions (theirs as secretary; every one for an admin). */
    public List<mx.snt.vinculo.directory.WorkspaceSummary> plannable() {
        Caller caller = callers.current();
        if (!caller.has(Role.ADMIN) && !caller.has(Role.SECRETARIO_TECNICO)) {
            return List.of();
        }
        String q = "SELECT w FROM Workspace w WHERE w.active = TRUE"
                + (caller.has(Role.ADMIN) ? "" : " AND w.id IN :mine") + " ORDER BY w.type, w.code";
        TypedQuery<Workspace> t = em.createQuery(q, Workspace.class);
        if (!caller.has(Role.ADMIN)) {
            t.setParameter("mine", caller.workspaceIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.workspaceIds()));
        }
        return t.getResultList().stream().map(mx.snt.vinculo.directory.WorkspaceSummary::of).toList();
    }

    /** Sessions the caller may see between two instants (the calendar view), optionally of one workspace. */
    public List<SessionSummary> between(Instant from, Instant to, Long workspaceId) {
        Caller caller = callers.current();
        VisibilityRule.Filter f = VisibilityRule.filter(caller, "s");
        String where = " WHERE s.startsAt >= :from AND s.startsAt < :to AND " + f.jpql()
                + (workspaceId != null ? " AND w.id = :ws" : "");
        TypedQuery<SessionSummary> q = em.createQuery(SUMMARY + where + " ORDER BY s.startsAt", SessionSummary.class);
        f.bind(q).setParameter("from", from).setParameter("to", to).setMaxResults(500);
        if (workspaceId != null) {
            q.setParameter("ws", workspaceId);
        }
        return q.getResultList();
    }

    /** An attached document, after checking the caller may see its session. */
    public FileContent file(long sessionId, long fileId) {
        Caller caller = callers.current();
        visible(caller, sessionId);
        long n = em.createQuery("SELECT COUNT(f) FROM ItemFile f WHERE f.fileId = :file AND f.item.meeting.id = :s", Long.class)
                .setParameter("file", fileId).setParameter("s", sessionId).getSingleResult();
        if (n == 0) {
            throw new NotFoundException();
        }
        return files.read(fileId);
    }

    // ---------------------------------------------------------------- planning and the agenda

    /** What a secretary fills in to plan a session. Date and time are Mexico City's. */
    public record Plan(long workspaceId, SessionKind kind, String title, LocalDate date, LocalTime time,
                       Integer durationMinutes, String place, String remoteUrl, String livestreamUrl,
                       boolean remoteVoting) {
    }

    public SessionDetail plan(Plan p) {
        Caller caller = callers.current();
        Workspace w = em.find(Workspace.class, p.workspaceId());
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        requireSecretary(caller, w.getId());
        if (p.kind() == null) {
            throw new ValidationException("session.kind.required");
        }
        String title = required(p.title(), "session.title.required", MAX_TITLE);
        String place = required(p.place(), "session.place.required", MAX_TITLE);
        Instant startsAt = startsAt(p.date(), p.time());
        int duration = duration(p.durationMinutes());
        int year = p.date().getYear();
        Integer last = em.createQuery("SELECT MAX(s.number) FROM Meeting s WHERE s.workspace.id = :ws AND s.kind = :k AND s.year = :y",
                        Integer.class).setParameter("ws", w.getId()).setParameter("k", p.kind()).setParameter("y", year)
                .getSingleResult();
        Instant now = Instant.now();
        Meeting s = new Meeting(w, p.kind(), last == null ? 1 : last + 1, year, title, startsAt, duration, place,
                caller.username(), now);
        s.details(title, startsAt, duration, place, url(p.remoteUrl()), url(p.livestreamUrl()), p.remoteVoting(), now);
        em.persist(s);
        em.flush();
        audit.record(caller, "Session", s.getId(), "session.plan", null, SessionState.PLANNED.name(), title);
        return detail(s, caller);
    }

    /** Changes date, place and links while the session has not started (the version the editor read). */
    public SessionDetail edit(long id, long version, Plan p) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        if (!s.getState().agendaEditable()) {
            throw new ValidationException("session.state.wrong", s.getState().name());
        }
        String title = required(p.title(), "session.title.required", MAX_TITLE);
        String place = required(p.place(), "session.place.required", MAX_TITLE);
        Instant startsAt = startsAt(p.date(), p.time());
        if (s.getState() == SessionState.CONVENED && !startsAt.equals(s.getStartsAt())) {
            checkNotice(s.getWorkspace().getCode(), s.getKind(), startsAt);
        }
        s.details(title, startsAt, duration(p.durationMinutes()), place, url(p.remoteUrl()), url(p.livestreamUrl()),
                p.remoteVoting(), Instant.now());
        em.flush();
        audit.record(caller, "Session", id, "session.edit", null, null, title);
        return detail(s, caller);
    }

    /** Livestream before and during, recording after: editable at any time by the secretary. */
    public SessionDetail links(long id, long version, String livestreamUrl, String recordingUrl) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        s.links(url(livestreamUrl), url(recordingUrl), Instant.now());
        em.flush();
        audit.record(caller, "Session", id, "session.links", null, null, livestreamUrl + " " + recordingUrl);
        if (s.getState() == SessionState.PUBLISHED) {
            publishSession(s);
        }
        return detail(s, caller);
    }

    /** An agenda item as typed in the editor. */
    public record ItemInput(ItemKind kind, String title, String presenter, String body, Long refSessionId) {
    }

    public SessionDetail addItem(long sessionId, long version, ItemInput in) {
        return addItem(sessionId, version, in, null);
    }

    /**
     * An agenda item that comes from an accepted proposal (the proposals' service checks the proposal;
     * this checks the session as for any item) and keeps a reference back to it.
     */
    public SessionDetail addProposalItem(long sessionId, long version, ItemInput in, long proposalId) {
        return addItem(sessionId, version, in, proposalId);
    }

    private SessionDetail addItem(long sessionId, long version, ItemInput in, Long proposalId) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, sessionId, version);
        requireAgendaEditable(s);
        validItem(s, in);
        int position = items(s.getId()).size() + 1;
        AgendaItem item = new AgendaItem(s, position, in.kind(), in.title().strip(), strip(in.presenter()), strip(in.body()),
                in.refSessionId());
        if (proposalId != null) {
            item.fromProposal(proposalId);
        }
        em.persist(item);
        s.touch(Instant.now());
        em.flush();
        audit.record(caller, "Session", sessionId, "session.item.add", null, null, position + ". " + item.getTitle());
        return detail(s, caller);
    }

    public SessionDetail editItem(long sessionId, long itemId, long version, ItemInput in) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, sessionId, version);
        AgendaItem item = itemOf(s, itemId);
        requireAgendaEditable(s);
        validItem(s, in);
        item.edit(in.kind(), in.title().strip(), strip(in.presenter()), strip(in.body()), in.refSessionId());
        s.touch(Instant.now());
        em.flush();
        audit.record(caller, "Session", sessionId, "session.item.edit", null, null, item.getPosition() + ". " + item.getTitle());
        return detail(s, caller);
    }

    public SessionDetail removeItem(long sessionId, long itemId, long version) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, sessionId, version);
        AgendaItem item = itemOf(s, itemId);
        requireAgendaEditable(s);
        em.createQuery("DELETE FROM ItemFile f WHERE f.item.id = :i").setParameter("i", itemId).executeUpdate();
        em.remove(item);
        em.flush();
        int p = 1;
        for (AgendaItem other : items(sessionId)) {
            other.position(p++, null);
        }
        s.touch(Instant.now());
        em.flush();
        audit.record(caller, "Session", sessionId, "session.item.remove", null, null, item.getTitle());
        return detail(s, caller);
    }

    /**
     * Moves an item to another place of the agenda. During the session a reason is required
     * and recorded (items are taken in order unless the body agrees otherwise).
     */
    public SessionDetail moveItem(long sessionId, long itemId, long version, int newPosition, String reason) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, sessionId, version);
        AgendaItem item = itemOf(s, itemId);
        if (!s.getState().agendaEditable() && s.getState() != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", s.getState().name());
        }
        String why = strip(reason);
        if (s.getState() == SessionState.IN_PROGRESS && why == null) {
            throw new ValidationException("session.item.reorderReason");
        }
        List<AgendaItem> list = new ArrayList<>(items(sessionId));
        if (newPosition < 1 || newPosition > list.size()) {
            throw new ValidationException("session.item.position", list.size());
        }
        list.remove(item);
        list.add(newPosition - 1, item);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).position(i + 1, list.get(i) == item ? why : null);
        }
        s.touch(Instant.now());
        em.flush();
        audit.record(caller, "Session", sessionId, "session.item.move", null, String.valueOf(newPosition),
                item.getTitle() + (why == null ? "" : " — " + why));
        return detail(s, caller);
    }

    /** Attaches a document to an item: PDF, Office/ODF or images, checked by content, size limited. */
    public SessionDetail attach(long sessionId, long itemId, long version, String name, byte[] content) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, sessionId, version);
        AgendaItem item = itemOf(s, itemId);
        if (s.getState() == SessionState.CANCELLED || s.getState() == SessionState.PUBLISHED) {
            throw new ValidationException("session.state.wrong", s.getState().name());
        }
        FileRef ref = files.store(name, content, caller.username());
        em.persist(new ItemFile(item, ref.id()));
        s.touch(Instant.now());
        em.flush();
        audit.record(caller, "Session", sessionId, "session.item.attach", null, null, ref.name());
        return detail(s, caller);
    }

    // ---------------------------------------------------------------- the workflow

    /**
     * Convenes: refused unless the notice period is met (business days, Mexican holidays
     * excluded) and the agenda has items. Sends the convocation to every member through the outbox.
     */
    public SessionDetail convene(long id, long version) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        requireMove(s, SessionState.CONVENED);
        if (items(id).isEmpty()) {
            throw new ValidationException("session.agenda.empty");
        }
        checkNotice(s.getWorkspace().getCode(), s.getKind(), s.getStartsAt());
        move(caller, s, SessionState.CONVENED, null);
        List<String> recipients = em.createQuery("SELECT m.username FROM Membership ms JOIN ms.member m"
                        + " WHERE ms.workspace.id = :ws ORDER BY m.username", String.class)
                .setParameter("ws", s.getWorkspace().getId()).getResultList();
        JsonArrayBuilder to = Json.createArrayBuilder();
        recipients.forEach(to::add);
        // The order of the day goes in the convocation mail itself, not only behind the link.
        JsonArrayBuilder agenda = Json.createArrayBuilder();
        for (AgendaItem i : items(id)) {
            agenda.add(Json.createObjectBuilder().add("position", i.getPosition()).add("title", i.getTitle())
                    .add("presenter", i.getPresenter() == null ? "" : i.getPresenter()));
        }
        outbox.record("session.convened", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "SESSION").add("notice", "CONVOCATION").add("recipients", to).add("agenda", agenda)
                        .add("startsAt", s.getStartsAt().toString()).add("place", s.getPlace())
                        .add("ics", SessionCalendar.single(s, items(id))).build());
        return detail(s, caller);
    }

    public SessionDetail cancel(long id, long version, String reason) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        requireMove(s, SessionState.CANCELLED);
        String why = required(reason, "session.cancel.reason", 1000);
        s.cancel(why, Instant.now());
        em.flush();
        audit.record(caller, "Session", id, "session.cancel", null, SessionState.CANCELLED.name(), why);
        return detail(s, caller);
    }

    /** Records how a member of the workspace attends, before or during the session. */
    public SessionDetail attendance(long id, long memberId, AttendanceStatus status) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, null);
        if (s.getState() != SessionState.CONVENED && s.getState() != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", s.getState().name());
        }
        if (status == null) {
            throw new ValidationException("session.attendance.status");
        }
        long member = em.createQuery("SELECT COUNT(ms) FROM Membership ms WHERE ms.workspace.id = :ws AND ms.member.id = :m", Long.class)
                .setParameter("ws", s.getWorkspace().getId()).setParameter("m", memberId).getSingleResult();
        if (member == 0) {
            throw new ValidationException("session.attendance.notMember");
        }
        List<Attendance> found = em.createQuery("SELECT a FROM Attendance a WHERE a.meeting.id = :s AND a.member.id = :m", Attendance.class)
                .setParameter("s", id).setParameter("m", memberId).getResultList();
        Instant now = Instant.now();
        String before = found.isEmpty() ? null : found.get(0).getStatus().name();
        if (found.isEmpty()) {
            em.persist(new Attendance(s, em.find(Member.class, memberId), status, now));
        } else {
            found.get(0).status(status, now);
        }
        em.flush();
        audit.record(caller, "Session", id, "session.attendance", before, status.name(), "member " + memberId);
        return detail(s, caller);
    }

    /** Starts the session: only with quorum. The first item becomes the current one. */
    public SessionDetail start(long id, long version) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        requireMove(s, SessionState.IN_PROGRESS);
        long base = quorumBase(s);
        long present = presentCount(id);
        if (!SessionRules.hasQuorum(present, base)) {
            throw new ValidationException("session.quorum.missing", present, SessionRules.quorumNeeded(base), base);
        }
        List<AgendaItem> items = items(id);
        s.current(items.isEmpty() ? null : items.get(0).getId(), Instant.now());
        move(caller, s, SessionState.IN_PROGRESS, "quorum " + present + "/" + base);
        return detail(s, caller);
    }

    /** The chair takes up an item (the live view follows). */
    public SessionDetail takeUp(long id, long itemId) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, null);
        requireState(s, SessionState.IN_PROGRESS);
        AgendaItem item = itemOf(s, itemId);
        // Items are taken in order: the next one, or back to an earlier one; skipping ahead
        // needs the item moved first, with a recorded reason.
        AgendaItem current = s.getCurrentItemId() == null ? null : em.find(AgendaItem.class, s.getCurrentItemId());
        int next = current == null ? 1 : current.getPosition() + 1;
        if (item.getPosition() > next) {
            throw new ValidationException("session.item.outOfOrder", next);
        }
        s.current(item.getId(), Instant.now());
        em.flush();
        audit.record(caller, "Session", id, "session.item.current", null, String.valueOf(item.getPosition()), item.getTitle());
        return detail(s, caller);
    }

    public SessionDetail openVote(long id, long itemId) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, null);
        requireState(s, SessionState.IN_PROGRESS);
        AgendaItem item = itemOf(s, itemId);
        if (item.getVoteState() != VoteState.NONE) {
            throw new ValidationException("session.vote.notNew");
        }
        if (!item.getId().equals(s.getCurrentItemId())) {
            throw new ValidationException("session.vote.notCurrent");
        }
        long open = em.createQuery("SELECT COUNT(i) FROM AgendaItem i WHERE i.meeting.id = :s AND i.voteState = :o", Long.class)
                .setParameter("s", id).setParameter("o", VoteState.OPEN).getSingleResult();
        if (open > 0) {
            throw new ValidationException("session.vote.anotherOpen");
        }
        item.openVote();
        s.touch(Instant.now());
        em.flush();
        audit.record(caller, "AgendaItem", itemId, "session.vote.open", VoteState.NONE.name(), VoteState.OPEN.name(), item.getTitle());
        return detail(s, caller);
    }

    /** A commissioner present casts their own vote while the vote is open. */
    public SessionDetail vote(long id, long itemId, VoteChoice choice) {
        Caller caller = callers.current();
        Meeting s = visible(caller, id);
        if (caller.memberId() == null) {
            throw new ValidationException("session.vote.notVoter");
        }
        return castVote(caller, s, itemId, caller.memberId(), choice, true);
    }

    /** The secretary records a present commissioner's vote (for those voting in the room). */
    public SessionDetail recordVote(long id, long itemId, long memberId, VoteChoice choice) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, null);
        return castVote(caller, s, itemId, memberId, choice, false);
    }

    /**
     * Closes the vote once every voting member has voted, and yields the acuerdo. Final: no
     * ballot of a closed vote changes. Approving an item "previous acta" approves that acta.
     */
    public SessionDetail closeVote(long id, long itemId) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, null);
        requireState(s, SessionState.IN_PROGRESS);
        AgendaItem item = itemOf(s, itemId);
        em.lock(item, LockModeType.PESSIMISTIC_WRITE);
        if (item.getVoteState() != VoteState.OPEN) {
            throw new ValidationException("session.vote.notOpen");
        }
        List<Long> voters = voters(id);
        Map<Long, VoteChoice> ballots = new HashMap<>();
        for (Ballot b : em.createQuery("SELECT b FROM Ballot b WHERE b.item.id = :i", Ballot.class)
                .setParameter("i", itemId).getResultList()) {
            ballots.put(b.getMember().getId(), b.getChoice());
        }
        long missing = voters.stream().filter(v -> !ballots.containsKey(v)).count();
        if (voters.isEmpty() || missing > 0) {
            throw new ValidationException("session.vote.missing", missing);
        }
        int yes = (int) ballots.values().stream().filter(c -> c == VoteChoice.FOR).count();
        int no = (int) ballots.values().stream().filter(c -> c == VoteChoice.AGAINST).count();
        int abst = (int) ballots.values().stream().filter(c -> c == VoteChoice.ABSTAIN).count();
        boolean approved = SessionRules.approved(yes, no);
        String result = approved ? "APPROVED" : "REJECTED";
        item.closeVote(result);
        String number = SessionRules.acuerdoNumber(s.getWorkspace().getCode(), s.getKind(), s.getNumber(), s.getYear(),
                item.getPosition());
        String text = (approved ? "Se aprueba: " : "No se aprueba: ") + item.getTitle()
                + (item.getBody() == null ? "" : ". " + item.getBody());
        Instant now = Instant.now();
        Acuerdo a = new Acuerdo(s, item, number, text, result, yes, no, abst, now);
        em.persist(a);
        s.touch(now);
        em.flush();
        audit.record(caller, "AgendaItem", itemId, "session.vote.close", VoteState.OPEN.name(), result,
                number + " " + yes + "-" + no + "-" + abst);
        if (approved && item.getKind() == ItemKind.PREVIOUS_ACTA && item.getRefMeetingId() != null) {
            Meeting previous = em.find(Meeting.class, item.getRefMeetingId());
            previous.actaApprovedIn(s.getId(), now);
            em.flush();
            audit.record(caller, "Session", previous.getId(), "session.acta.approve", SessionState.CLOSED.name(),
                    SessionState.ACTA_APPROVED.name(), number);
        }
        return detail(s, caller);
    }

    /** Closes the session and drafts the acta's narrative from its facts. */
    public SessionDetail close(long id, long version) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        requireMove(s, SessionState.CLOSED);
        long open = em.createQuery("SELECT COUNT(i) FROM AgendaItem i WHERE i.meeting.id = :s AND i.voteState = :o", Long.class)
                .setParameter("s", id).setParameter("o", VoteState.OPEN).getSingleResult();
        if (open > 0) {
            throw new ValidationException("session.vote.stillOpen");
        }
        s.current(null, Instant.now());
        move(caller, s, SessionState.CLOSED, null);
        SessionDetail d = detail(s, caller);
        s.acta(ActaDocument.draftNarrative(d), Instant.now());
        em.flush();
        return detail(s, caller);
    }

    /** The secretary edits the acta's narrative until it is approved. */
    public SessionDetail saveActa(long id, long version, String text) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        requireState(s, SessionState.CLOSED);
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_TEXT) {
            throw new ValidationException("session.acta.tooLong", MAX_TEXT);
        }
        s.acta(t, Instant.now());
        em.flush();
        audit.record(caller, "Session", id, "session.acta.edit", null, null, null);
        return detail(s, caller);
    }

    /** The acta as a PDF a person would sign (once the session is closed). */
    public byte[] actaPdf(long id) {
        Caller caller = callers.current();
        Meeting s = visible(caller, id);
        if (s.getEndedAt() == null) {
            throw new NotFoundException();
        }
        return ActaDocument.pdf(detail(s, caller));
    }

    /** Makes the session, its acuerdos, the acta and the recording PUBLIC, with outbox events for the PNT. */
    public SessionDetail publish(long id, long version) {
        Caller caller = callers.current();
        Meeting s = manageable(caller, id, version);
        requireMove(s, SessionState.PUBLISHED);
        move(caller, s, SessionState.PUBLISHED, null);
        SessionDetail d = detail(s, caller);
        FileRef acta = files.store("acta-" + d.workspaceCode() + "-" + d.kind().code() + "-"
                + String.format("%02d", d.number()) + "-" + d.year() + ".pdf", ActaDocument.pdf(d), caller.username());
        s.actaFile(acta.id());
        List<Acuerdo> acuerdos = em.createQuery("SELECT a FROM Acuerdo a WHERE a.meeting.id = :s ORDER BY a.number", Acuerdo.class)
                .setParameter("s", id).getResultList();
        for (Acuerdo a : acuerdos) {
            a.publish();
        }
        em.flush();
        publishSession(s);
        recordPublished(s, acuerdos, d.label(), acta.id());
        audit.record(caller, "Session", id, "session.publish.acta", null, null, "file " + acta.id());
        return detail(s, caller);
    }

    /**
     * For the demo seed (the system, no caller, inside the seed's transaction): the outbox
     * events of a session the seed left PUBLISHED, as {@link #publish} records them, so its
     * acuerdos and acta reach the PNT like any other.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.MANDATORY)
    public void seedPublication(Meeting s) {
        em.flush();
        List<Acuerdo> acuerdos = em.createQuery("SELECT a FROM Acuerdo a WHERE a.meeting.id = :s ORDER BY a.number", Acuerdo.class)
                .setParameter("s", s.getId()).getResultList();
        publishSession(s);
        recordPublished(s, acuerdos, s.label(), s.getActaFileId());
    }

    /** acuerdo.published for each acuerdo and acta.published, with what the PNT needs ({@code pnt}). */
    private void recordPublished(Meeting s, List<Acuerdo> acuerdos, String sessionLabel, Long actaFileId) {
        String date = LocalDate.ofInstant(s.getStartsAt(), MEXICO).toString();
        for (Acuerdo a : acuerdos) {
            outbox.record("acuerdo.published", "Acuerdo", a.getId(), 1, s.getWorkspace().getId(),
                    Json.createObjectBuilder().add("kind", "ACUERDO").add("title", a.getNumber())
                            .add("path", "/sesiones/ver.xhtml?id=" + s.getId()).add("workspaceId", s.getWorkspace().getId())
                            .add("visibility", Visibility.PUBLIC.name()).add("occurredAt", Instant.now().toString())
                            .add("pnt", Json.createObjectBuilder().add("number", a.getNumber()).add("date", date)
                                    .add("session", sessionLabel).add("text", a.getText()))
                            .build());
        }
        JsonObjectBuilder pnt = Json.createObjectBuilder().add("sessionNumber", sessionLabel).add("date", date)
                .add("sessionType", s.getKind().sipotLabel()).add("actaPath", "/sesiones/acta/" + s.getId() + ".pdf")
                .add("recordingUrl", s.getRecordingUrl() == null ? "" : s.getRecordingUrl());
        if (actaFileId != null) {
            pnt.add("fileId", actaFileId);
        }
        outbox.record("acta.published", "Acta", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "ACTA").add("pnt", pnt).build());
    }

    // ---------------------------------------------------------------- calendars

    /** One session as iCalendar text. */
    public String ics(long id) {
        Caller caller = callers.current();
        Meeting s = visible(caller, id);
        return SessionCalendar.single(s, items(id));
    }

    /** The caller's live calendar feed token, created on first request. */
    public String feedToken() {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new ForbiddenException();
        }
        List<CalendarToken> found = activeTokens(caller.username());
        if (!found.isEmpty()) {
            return found.get(0).getToken();
        }
        return newToken(caller);
    }

    /** Revokes the caller's feed URL and issues a new one. */
    public String renewFeedToken() {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new ForbiddenException();
        }
        Instant now = Instant.now();
        activeTokens(caller.username()).forEach(t -> t.revoke(now));
        em.flush();
        audit.record(caller, "CalendarToken", 0, "session.feed.revoke", null, null, caller.username());
        return newToken(caller);
    }

    /**
     * The private feed of a token: the sessions of the owner's workspaces (no sign-in: the token
     * is the credential). An unknown or revoked token is "not found".
     */
    public String feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            throw new NotFoundException();
        }
        List<CalendarToken> found = em.createQuery("SELECT t FROM CalendarToken t WHERE t.token = :t AND t.revokedAt IS NULL",
                CalendarToken.class).setParameter("t", token).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Caller owner = callers.forUsername(found.get(0).getUsername());
        List<Long> ws = owner.workspaceIds().isEmpty() ? List.of(-1L) : List.copyOf(owner.workspaceIds());
        List<Meeting> sessions = em.createQuery("SELECT s FROM Meeting s JOIN FETCH s.workspace WHERE s.workspace.id IN :ws"
                        + " AND s.startsAt >= :from ORDER BY s.startsAt", Meeting.class)
                .setParameter("ws", ws).setParameter("from", Instant.now().minusSeconds(366L * 24 * 3600))
                .setMaxResults(1000).getResultList();
        return SessionCalendar.feed(sessions);
    }

    // ---------------------------------------------------------------- internals

    private String newToken(Caller caller) {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new CalendarToken(caller.username(), token, Instant.now()));
        em.flush();
        return token;
    }

    private List<CalendarToken> activeTokens(String username) {
        return em.createQuery("SELECT t FROM CalendarToken t WHERE t.username = :u AND t.revokedAt IS NULL ORDER BY t.id DESC",
                CalendarToken.class).setParameter("u", username).getResultList();
    }

    private SessionDetail castVote(Caller caller, Meeting s, long itemId, long memberId, VoteChoice choice, boolean self) {
        requireState(s, SessionState.IN_PROGRESS);
        AgendaItem item = itemOf(s, itemId);
        em.lock(item, LockModeType.PESSIMISTIC_WRITE);
        if (item.getVoteState() == VoteState.CLOSED) {
            throw new ValidationException("session.vote.closed");
        }
        if (item.getVoteState() != VoteState.OPEN) {
            throw new ValidationException("session.vote.notOpen");
        }
        if (choice == null) {
            throw new ValidationException("session.vote.choice");
        }
        if (!voters(s.getId()).contains(memberId)) {
            throw new ValidationException("session.vote.notVoter");
        }
        if (self && !s.isRemoteVoting()) {
            AttendanceStatus st = em.createQuery("SELECT a.status FROM Attendance a WHERE a.meeting.id = :s AND a.member.id = :m",
                    AttendanceStatus.class).setParameter("s", s.getId()).setParameter("m", memberId).getSingleResult();
            if (st == AttendanceStatus.REMOTE) {
                throw new ValidationException("session.vote.remoteNotAllowed");
            }
        }
        List<Ballot> found = em.createQuery("SELECT b FROM Ballot b WHERE b.item.id = :i AND b.member.id = :m", Ballot.class)
                .setParameter("i", itemId).setParameter("m", memberId).getResultList();
        Instant now = Instant.now();
        if (found.isEmpty()) {
            em.persist(new Ballot(item, em.find(Member.class, memberId), choice, caller.username(), now));
        } else {
            found.get(0).change(choice, caller.username(), now);
        }
        em.flush();
        audit.record(caller, "AgendaItem", itemId, "session.vote.cast", null, choice.name(), "member " + memberId);
        return detail(s, caller);
    }

    /** Member ids of the voting members: commissioners of the workspace present (in person or remotely). */
    private List<Long> voters(long sessionId) {
        return em.createQuery("SELECT DISTINCT m.id FROM Attendance a JOIN a.member m JOIN m.roles r WHERE a.meeting.id = :s"
                        + " AND a.status IN :present AND r = :role", Long.class)
                .setParameter("s", sessionId).setParameter("present", List.of(AttendanceStatus.PRESENT, AttendanceStatus.REMOTE))
                .setParameter("role", Role.COMISIONADO).getResultList();
    }

    private long presentCount(long sessionId) {
        String q = SessionSettings.quorumBase() == QuorumBase.COMMISSIONERS
                ? "SELECT COUNT(DISTINCT m.id) FROM Attendance a JOIN a.member m JOIN m.roles r WHERE a.meeting.id = :s"
                        + " AND a.status IN :present AND r = :role"
                : "SELECT COUNT(a) FROM Attendance a WHERE a.meeting.id = :s AND a.status IN :present";
        TypedQuery<Long> t = em.createQuery(q, Long.class).setParameter("s", sessionId)
                .setParameter("present", List.of(AttendanceStatus.PRESENT, AttendanceStatus.REMOTE));
        if (SessionSettings.quorumBase() == QuorumBase.COMMISSIONERS) {
            t.setParameter("role", Role.COMISIONADO);
        }
        return t.getSingleResult();
    }

    private long quorumBase(Meeting s) {
        String q = SessionSettings.quorumBase() == QuorumBase.COMMISSIONERS
                ? "SELECT COUNT(DISTINCT m.id) FROM Membership ms JOIN ms.member m JOIN m.roles r WHERE ms.workspace.id = :ws AND r = :role"
                : "SELECT COUNT(ms) FROM Membership ms WHERE ms.workspace.id = :ws";
        TypedQuery<Long> t = em.createQuery(q, Long.class).setParameter("ws", s.getWorkspace().getId());
        if (SessionSettings.quorumBase() == QuorumBase.COMMISSIONERS) {
            t.setParameter("role", Role.COMISIONADO);
        }
        return t.getSingleResult();
    }

    private void checkNotice(String bodyCode, SessionKind kind, Instant startsAt) {
        int days = SessionSettings.noticeDays(bodyCode, kind);
        BusinessCalendar cal = SessionSettings.calendar();
        LocalDate today = LocalDate.now(MEXICO);
        LocalDate date = LocalDate.ofInstant(startsAt, MEXICO);
        if (!cal.noticeMet(today, date, days)) {
            throw new ValidationException("session.notice.short", days, cal.addBusinessDays(today, days).toString());
        }
    }

    private void move(Caller caller, Meeting s, SessionState next, String detail) {
        SessionState before = s.getState();
        s.moveTo(next, Instant.now());
        em.flush();
        audit.record(caller, "Session", s.getId(), "session.state", before.name(), next.name(), detail);
    }

    private static void requireMove(Meeting s, SessionState next) {
        if (!s.getState().canMoveTo(next)) {
            throw new ValidationException("session.transition", s.getState().name(), next.name());
        }
    }

    private static void requireState(Meeting s, SessionState state) {
        if (s.getState() != state) {
            throw new ValidationException("session.state.wrong", s.getState().name());
        }
    }

    private static void requireAgendaEditable(Meeting s) {
        if (!s.getState().agendaEditable()) {
            throw new ValidationException("session.agenda.locked", s.getState().name());
        }
    }

    private void validItem(Meeting s, ItemInput in) {
        if (in == null || in.kind() == null) {
            throw new ValidationException("session.item.kind");
        }
        required(in.title(), "session.item.title", MAX_TITLE);
        if (in.body() != null && in.body().length() > MAX_TEXT) {
            throw new ValidationException("session.item.tooLong", MAX_TEXT);
        }
        if (in.refSessionId() != null) {
            Meeting ref = em.find(Meeting.class, in.refSessionId());
            // The acta to approve must be another closed session of the same body.
            if (ref == null || !ref.getWorkspace().getId().equals(s.getWorkspace().getId()) || ref.getId().equals(s.getId())) {
                throw new ValidationException("session.item.refOtherBody");
            }
        }
    }

    private static void requireSecretary(Caller caller, long workspaceId) {
        if (!(caller.has(Role.ADMIN) || (caller.has(Role.SECRETARIO_TECNICO) && caller.memberOf(workspaceId)))) {
            throw new ForbiddenException();
        }
    }

    private static boolean canManage(Caller caller, long workspaceId) {
        return caller.has(Role.ADMIN) || (caller.has(Role.SECRETARIO_TECNICO) && caller.memberOf(workspaceId));
    }

    private Meeting visible(Caller caller, long id) {
        Meeting s = em.find(Meeting.class, id);
        if (s == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, s.getWorkspace().getId(), s.getVisibility());
        return s;
    }

    /** The session, for its secretary; with a version, the one the editor read (stale → conflict). */
    private Meeting manageable(Caller caller, long id, Long version) {
        Meeting s = visible(caller, id);
        requireSecretary(caller, s.getWorkspace().getId());
        if (version != null && s.getVersion() != version) {
            throw new ConflictException();
        }
        return s;
    }

    /** An item of this session; an item of another session is refused as bad input. */
    private AgendaItem itemOf(Meeting s, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.getMeeting().getId().equals(s.getId())) {
            throw new ValidationException("session.item.otherSession");
        }
        return item;
    }

    private List<AgendaItem> items(long sessionId) {
        return em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.id = :s ORDER BY i.position", AgendaItem.class)
                .setParameter("s", sessionId).getResultList();
    }

    private JsonObjectBuilder base(Meeting s, String kind) {
        return Json.createObjectBuilder().add("kind", kind)
                .add("title", s.getTitle()).add("path", "/sesiones/ver.xhtml?id=" + s.getId())
                .add("workspaceId", s.getWorkspace().getId()).add("visibility", s.getVisibility().name())
                .add("occurredAt", Instant.now().toString());
    }

    private void publishSession(Meeting s) {
        outbox.record("session.published", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "SESSION").add("startsAt", s.getStartsAt().toString())
                        .add("recordingUrl", s.getRecordingUrl() == null ? "" : s.getRecordingUrl()).build());
    }

    /** Reads everything the page needs in a fixed number of queries (none per row). */
    private SessionDetail detail(Meeting s, Caller caller) {
        long id = s.getId();
        List<AgendaItem> items = items(id);
        Map<Long, long[]> tallies = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT b.item.id, b.choice, COUNT(b) FROM Ballot b WHERE b.item.meeting.id = :s"
                + " GROUP BY b.item.id, b.choice", Object[].class).setParameter("s", id).getResultList()) {
            long[] t = tallies.computeIfAbsent((Long) row[0], k -> new long[3]);
            t[((VoteChoice) row[1]).ordinal()] = (Long) row[2];
        }
        Map<Long, VoteChoice> mine = new HashMap<>();
        if (caller.memberId() != null) {
            for (Object[] row : em.createQuery("SELECT b.item.id, b.choice FROM Ballot b WHERE b.item.meeting.id = :s"
                    + " AND b.member.id = :m", Object[].class).setParameter("s", id).setParameter("m", caller.memberId())
                    .getResultList()) {
                mine.put((Long) row[0], (VoteChoice) row[1]);
            }
        }
        Map<Long, List<FileRef>> attached = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT f.item.id, sf.id, sf.originalName, sf.mediaType, sf.size, sf.sha256,"
                        + " sf.uploadedBy, sf.uploadedAt FROM ItemFile f, StoredFile sf WHERE sf.id = f.fileId"
                        + " AND f.item.meeting.id = :s ORDER BY f.id", Object[].class)
                .setParameter("s", id).getResultList()) {
            attached.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new FileRef((Long) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).longValue(), (String) row[5], (String) row[6], (Instant) row[7]));
        }
        List<ItemView> itemViews = items.stream().map(i -> {
            long[] t = tallies.getOrDefault(i.getId(), new long[3]);
            return new ItemView(i.getId(), i.getPosition(), i.getKind(), i.getTitle(), i.getPresenter(), i.getBody(),
                    i.getRefMeetingId(), i.getVoteState(), i.getResult(), i.getReorderReason(), t[0], t[1], t[2],
                    List.copyOf(attached.getOrDefault(i.getId(), List.of())), mine.get(i.getId()), i.getProposalId());
        }).toList();

        Map<Long, AttendanceStatus> status = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.member.id, a.status FROM Attendance a WHERE a.meeting.id = :s", Object[].class)
                .setParameter("s", id).getResultList()) {
            status.put((Long) row[0], (AttendanceStatus) row[1]);
        }
        List<Member> members = em.createQuery("SELECT DISTINCT m FROM Membership ms JOIN ms.member m"
                + " WHERE ms.workspace.id = :ws", Member.class).setParameter("ws", s.getWorkspace().getId()).getResultList();
        List<AttendeeView> attendees = members.stream()
                .map(m -> new AttendeeView(m.getId(), m.getUsername(), m.getDisplayName(), m.getRoles().contains(Role.COMISIONADO),
                        status.get(m.getId())))
                .sorted(Comparator.comparing(AttendeeView::name)).toList();
        List<AcuerdoView> acuerdos = em.createQuery("SELECT NEW mx.snt.vinculo.sessions.Views$AcuerdoView(a.id, s.id, a.number,"
                        + " a.text, a.result, a.votesFor, a.votesAgainst, a.abstentions, a.adoptedAt) FROM Acuerdo a JOIN a.meeting s"
                        + " WHERE s.id = :s ORDER BY a.number", AcuerdoView.class)
                .setParameter("s", id).getResultList();
        boolean manage = canManage(caller, s.getWorkspace().getId());
        boolean canVote = caller.memberId() != null && s.getState() == SessionState.IN_PROGRESS
                && caller.has(Role.COMISIONADO) && status.containsKey(caller.memberId())
                && status.get(caller.memberId()).present()
                && (s.isRemoteVoting() || status.get(caller.memberId()) == AttendanceStatus.PRESENT);
        return new SessionDetail(id, s.getWorkspace().getId(), s.getWorkspace().getCode(), s.getWorkspace().getName(),
                s.getKind(), s.getNumber(), s.getYear(), s.getTitle(), s.getStartsAt(), s.getDurationMinutes(), s.getPlace(),
                s.getRemoteUrl(), s.getLivestreamUrl(), s.getRecordingUrl(), s.isRemoteVoting(), s.getState(),
                s.getCancelReason(), s.getVisibility(), s.getCurrentItemId(), s.getConvenedAt(), s.getStartedAt(),
                s.getEndedAt(), s.getActaText(), s.getActaApprovedIn(), s.getVersion(), itemViews, attendees, acuerdos,
                quorumBase(s), presentCount(id), manage, canVote);
    }

    private static Instant startsAt(LocalDate date, LocalTime time) {
        if (date == null || time == null) {
            throw new ValidationException("session.when.required");
        }
        return ZonedDateTime.of(date, time, MEXICO).toInstant();
    }

    private static int duration(Integer minutes) {
        int m = minutes == null ? 120 : minutes;
        if (m < 15 || m > 24 * 60) {
            throw new ValidationException("session.duration");
        }
        return m;
    }

    private static String required(String s, String key, int max) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            throw new ValidationException(key);
        }
        if (t.length() > max) {
            throw new ValidationException("session.tooLong", max);
        }
        return t;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Links must be http(s) addresses: anything else is refused rather than shown as a link. */
    private static String url(String s) {
        String t = strip(s);
        if (t == null) {
            return null;
        }
        try {
            URI u = URI.create(t);
            if (!("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) || u.getHost() == null
                    || t.length() > 1000) {
                throw new ValidationException("session.url", t);
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("session.url", t);
        }
    }
}
