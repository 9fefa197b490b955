package mx.snt.vinculo.sessions;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceLabels;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.sessions.Quorum.Participant;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every query of sessions: the aggregate, its lists, the people who count for quorum and votes. */
@Stateless
public class SessionRepository {

    /**
     * A list row without its workspace's code (read afterwards for the page, {@link #rows}): joined to the
     * workspaces, MariaDB started from the 52 workspaces and sorted every visible session to find the newest ten
     * (0.1–0.15 s a page at 20,000 sessions); alone, it reads the sessions' own indexes — along
     * {@code ix_meeting_starts}, stopping at the page's end, about 1 ms, or (the plan it picks for some callers'
     * workspaces) merging the visibility and workspace indexes and sorting, about 50 ms — and the page is kept.
     */
    static final String LIST_ROW = "SELECT s.id, COLUMN('workspace_id', s), s.kind, s.number, s.year, s.title, s.startsAt,"
            + " s.durationMinutes, s.place, s.state, s.visibility";
    private static final String NEWEST = "s.startsAt DESC, s.id DESC";
    /** A row read with its workspace joined (FROM Session s JOIN s.workspace w), for the short lists. */
    static final String ROW = "SELECT NEW mx.snt.vinculo.sessions.SessionRow(s.id, w.id, w.code,"
            + " s.kind, s.number, s.year, s.title, s.startsAt, s.durationMinutes, s.place, s.state, s.visibility)";
    private static final List<AttendanceStatus> PRESENT = List.of(AttendanceStatus.PRESENT, AttendanceStatus.REMOTE);

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public Session find(long id) {
        return em.find(Session.class, id);
    }

    public AgendaItem item(long id) {
        return em.find(AgendaItem.class, id);
    }

    /** The item, locked for the rest of the transaction (two ballots or a close race on it). */
    public void lock(AgendaItem item) {
        em.lock(item, LockModeType.PESSIMISTIC_WRITE);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    public <T> T find(Class<T> type, long id) {
        return em.find(type, id);
    }

    /** The next number of a body's sessions of one kind in a year. */
    public int nextNumber(long workspaceId, SessionKind kind, int year) {
        Integer last = em.createQuery("SELECT MAX(s.number) FROM Session s WHERE s.workspace.id = :ws AND s.kind = :k"
                        + " AND s.year = :y", Integer.class).setParameter("ws", workspaceId).setParameter("k", kind)
                .setParameter("y", year).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** A workspace's sessions (all: null) the caller may see, newest first. */
    public Page<SessionRow> forWorkspace(Caller caller, Long workspaceId, int first, int size) {
        VisibilityRule.Filter f = VisibilityRule.filter(caller, "s");
        ListQuery q = ListQuery.from("FROM Session s")
                .whereIf(workspaceId != null, "s.workspace.id = :ws", "ws", workspaceId)
                .where(f.jpql(), f.parameters());
        // Kept while the data does not change, like the total: the menu's "Sesiones" opens this page.
        return q.keptPage(em, "session rows", LIST_ROW, NEWEST, "s", first, size, this::rows);
    }

    /** Sessions the caller may see starting between two instants, optionally of one workspace (at most 500). */
    public List<SessionRow> between(Caller caller, Instant from, Instant to, Long workspaceId) {
        VisibilityRule.Filter f = VisibilityRule.filter(caller, "s");
        return rows(ListQuery.from("FROM Session s")
                .where("s.startsAt >= :from AND s.startsAt < :to", "from", from, "to", to)
                .where(f.jpql(), f.parameters())
                .whereIf(workspaceId != null, "s.workspace.id = :ws", "ws", workspaceId)
                .query(em, LIST_ROW, "s.startsAt", Object[].class).setMaxResults(500).getResultList());
    }

    /** {@link #LIST_ROW}s with their workspaces' codes (one query for all of them). */
    private List<SessionRow> rows(List<Object[]> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(r -> ids.add(((Number) r[1]).longValue()));
        Map<Long, String> codes = WorkspaceLabels.codes(em, ids);
        return found.stream().map(r -> {
            long ws = ((Number) r[1]).longValue();
            return new SessionRow((Long) r[0], ws, codes.get(ws), (SessionKind) r[2], (Integer) r[3], (Integer) r[4],
                    (String) r[5], (Instant) r[6], (Integer) r[7], (String) r[8], (SessionState) r[9], (Visibility) r[10]);
        }).toList();
    }

    /** Active workspaces, all of them or those in {@code ids}. */
    public List<Workspace> activeWorkspaces(Set<Long> ids) {
        return ListQuery.from("FROM Workspace w").where("w.active = TRUE")
                .whereIf(ids != null, "w.id IN :mine", "mine", ids == null || ids.isEmpty() ? List.of(-1L) : List.copyOf(ids))
                .query(em, "SELECT w", "w.type, w.code", Workspace.class).getResultList();
    }

    public boolean hasFile(long sessionId, long fileId) {
        return em.createQuery("SELECT COUNT(f) FROM ItemFile f WHERE f.fileId = :file AND f.item.session.id = :s", Long.class)
                .setParameter("file", fileId).setParameter("s", sessionId).getSingleResult() > 0;
    }

    public void deleteFiles(long itemId) {
        em.createQuery("DELETE FROM ItemFile f WHERE f.item.id = :i").setParameter("i", itemId).executeUpdate();
    }

    public boolean isMember(long workspaceId, long memberId) {
        return em.createQuery("SELECT COUNT(ms) FROM Membership ms WHERE ms.workspace.id = :ws AND ms.member.id = :m", Long.class)
                .setParameter("ws", workspaceId).setParameter("m", memberId).getSingleResult() > 0;
    }

    /** Usernames of the workspace's members: who a convocation goes to. */
    public List<String> recipients(long workspaceId) {
        return em.createQuery("SELECT m.username FROM Membership ms JOIN ms.member m"
                + " WHERE ms.workspace.id = :ws ORDER BY m.username", String.class).setParameter("ws", workspaceId).getResultList();
    }

    /** A body's voting rules; the defaults (simple majority, no casting vote) when none are stored. */
    public VotingSettings votingSettings(long workspaceId) {
        VotingSettings v = em.find(VotingSettings.class, workspaceId);
        return v == null ? VotingSettings.defaults(workspaceId) : v;
    }

    /** Member ids of the voting members: commissioners whose attendance is PRESENT or REMOTE. */
    public List<Long> voters(long sessionId) {
        return em.createQuery("SELECT DISTINCT m.id FROM Attendance a JOIN a.member m JOIN m.roles r WHERE a.session.id = :s"
                        + " AND a.status IN :present AND r = :role", Long.class)
                .setParameter("s", sessionId).setParameter("present", PRESENT)
                .setParameter("role", Role.COMISIONADO).getResultList();
    }

    /** Who counts for quorum and who of them is present, by the configured base (three queries). */
    public Quorum quorum(Session s) {
        Set<Long> membership = new java.util.LinkedHashSet<>(em.createQuery("SELECT ms.member.id FROM Membership ms"
                + " WHERE ms.workspace.id = :ws", Long.class).setParameter("ws", s.getWorkspace().getId()).getResultList());
        Map<Long, AttendanceStatus> attendance = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.member.id, a.status FROM Attendance a WHERE a.session.id = :s", Object[].class)
                .setParameter("s", s.getId()).getResultList()) {
            attendance.put((Long) row[0], (AttendanceStatus) row[1]);
        }
        Set<Long> everyone = new HashSet<>(membership);
        everyone.addAll(attendance.keySet());
        Set<Long> commissioners = everyone.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("SELECT DISTINCT m.id FROM Member m"
                + " JOIN m.roles r WHERE m.id IN :ids AND r = :role", Long.class)
                .setParameter("ids", everyone).setParameter("role", Role.COMISIONADO).getResultList());
        return quorum(SessionSettings.quorumBase(), membership, attendance, commissioners);
    }

    /**
     * The quorum from what a page has already read: the body's members, the attendance recorded, and which of those
     * people have the commissioner's role. Commissioners are the body's and those recorded present; the base is
     * today's members and whoever was recorded attending (a member when recorded), so a past session's count never
     * shows more present than members ("3 de 1") after memberships change.
     */
    static Quorum quorum(QuorumBase rule, Set<Long> membership, Map<Long, AttendanceStatus> attendance,
                         Set<Long> withCommissionerRole) {
        Set<Long> commissioners = new HashSet<>();
        for (Long id : withCommissionerRole) {
            AttendanceStatus status = attendance.get(id);
            if (membership.contains(id) || (status != null && PRESENT.contains(status))) {
                commissioners.add(id);
            }
        }
        Set<Long> memberIds = new java.util.LinkedHashSet<>(membership);
        memberIds.addAll(attendance.keySet());
        List<Participant> members = memberIds.stream().map(id -> new Participant(id, commissioners.contains(id))).toList();
        List<Participant> attending = attendance.entrySet().stream().filter(e -> PRESENT.contains(e.getValue()))
                .map(e -> new Participant(e.getKey(), commissioners.contains(e.getKey()))).toList();
        return Quorum.of(rule, members, attending);
    }

    /** The sessions of some workspaces from an instant on (a calendar feed; at most 1000). */
    public List<Session> ofWorkspacesFrom(List<Long> workspaceIds, Instant from) {
        return em.createQuery("SELECT s FROM Session s JOIN FETCH s.workspace WHERE s.workspace.id IN :ws"
                        + " AND s.startsAt >= :from ORDER BY s.startsAt", Session.class)
                .setParameter("ws", workspaceIds.isEmpty() ? List.of(-1L) : workspaceIds).setParameter("from", from)
                .setMaxResults(1000).getResultList();
    }

    /**
     * The sessions the public may see (the visibility rule for an anonymous caller), of one workspace or all,
     * starting from {@code from}, soonest first; at most {@code max}.
     */
    public List<Session> publicFrom(Long workspaceId, Instant from, int max) {
        mx.snt.vinculo.visibility.VisibilityRule.Filter visible =
                mx.snt.vinculo.visibility.VisibilityRule.filter(Caller.anonymous(), "s");
        return ListQuery.from("FROM Session s JOIN FETCH s.workspace w")
                .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId)
                .where("s.startsAt >= :from", "from", from)
                .where(visible.jpql(), visible.parameters())
                .query(em, "SELECT s", "s.startsAt, s.id", Session.class)
                .setMaxResults(max).getResultList();
    }

    /** The sessions whose agenda can still take items, of one workspace, soonest first. */
    public List<Session> openForAgenda(long workspaceId) {
        return em.createQuery("SELECT s FROM Session s WHERE s.workspace.id = :ws AND s.state IN :open"
                        + " ORDER BY s.startsAt, s.id", Session.class).setParameter("ws", workspaceId)
                .setParameter("open", List.of(SessionState.PLANNED, SessionState.CONVENED)).getResultList();
    }

    /**
     * Sessions of a body whose acta awaits approval (CLOSED), newest first, for the agenda item
     * that approves a previous acta (at most 200: a body closes a few dozen a year).
     */
    public List<SessionRow> awaitingActaApproval(long workspaceId, long exceptId) {
        return em.createQuery(ROW + " FROM Session s JOIN s.workspace w WHERE w.id = :ws AND s.state = :closed AND s.id <> :me"
                        + " ORDER BY s.startsAt DESC, s.id DESC", SessionRow.class)
                .setParameter("ws", workspaceId).setParameter("closed", SessionState.CLOSED).setParameter("me", exceptId)
                .setMaxResults(200).getResultList();
    }

    /** Some sessions by id, as rows (the sessions an agenda refers to), in one query. */
    public List<SessionRow> rows(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(ROW + " FROM Session s JOIN s.workspace w WHERE s.id IN :ids", SessionRow.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<CalendarToken> activeTokens(String username) {
        return em.createQuery("SELECT t FROM CalendarToken t WHERE t.username = :u AND t.revokedAt IS NULL ORDER BY t.id DESC",
                CalendarToken.class).setParameter("u", username).getResultList();
    }

    public List<CalendarToken> activeToken(String token) {
        return em.createQuery("SELECT t FROM CalendarToken t WHERE t.token = :t AND t.revokedAt IS NULL",
                CalendarToken.class).setParameter("t", token).getResultList();
    }

    /** The documents attached to a session's items, by item id, in the order they were attached (one query). */
    public java.util.Map<Long, List<mx.snt.vinculo.files.FileRef>> documents(long sessionId) {
        java.util.Map<Long, List<mx.snt.vinculo.files.FileRef>> out = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT f.item.id, sf.id, sf.originalName, sf.mediaType, sf.size, sf.sha256,"
                        + " sf.uploadedBy, sf.uploadedAt FROM ItemFile f, StoredFile sf WHERE sf.id = f.fileId"
                        + " AND f.item.session.id = :s ORDER BY f.id", Object[].class)
                .setParameter("s", sessionId).getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add(new mx.snt.vinculo.files.FileRef((Long) row[1],
                    (String) row[2], (String) row[3], ((Number) row[4]).longValue(), (String) row[5], (String) row[6],
                    (Instant) row[7]));
        }
        return out;
    }

    // ------------------------------------------------------------------ the pending-work home

    /** Sessions of the caller's own workspaces starting in [from, to) that have not closed, soonest first: a page and its total. */
    public Page<SessionRow> comingUp(Caller caller, Instant from, Instant to, int size) {
        VisibilityRule.Filter f = VisibilityRule.filter(caller, "s");
        return ListQuery.from("FROM Session s JOIN s.workspace w")
                .where(f.jpql(), f.parameters())
                .where("w.id IN :mine", "mine", mine(caller))
                .where("s.startsAt >= :from AND s.startsAt < :to", "from", from, "to", to)
                .where("s.state IN :coming", "coming", List.of(SessionState.PLANNED, SessionState.CONVENED, SessionState.IN_PROGRESS))
                .page(em, ROW, "s.startsAt, s.id", SessionRow.class, "s", 0, size);
    }

    /** Votes open now in sessions under way of the caller's own workspaces: a page and its total. */
    public Page<OpenVoteRow> openVotes(Caller caller, int size) {
        VisibilityRule.Filter f = VisibilityRule.filter(caller, "s");
        return ListQuery.from("FROM AgendaItem i JOIN i.session s JOIN s.workspace w")
                .where(f.jpql(), f.parameters())
                .where("w.id IN :mine", "mine", mine(caller))
                .where("i.voteState = :open AND s.state = :live", "open", VoteState.OPEN, "live", SessionState.IN_PROGRESS)
                .page(em, "SELECT NEW mx.snt.vinculo.sessions.OpenVoteRow(i.id, i.title, s.id, s.title, w.code)",
                        "s.startsAt, i.position", OpenVoteRow.class, "i", 0, size);
    }

    private static List<Long> mine(Caller caller) {
        return caller.workspaceIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.workspaceIds());
    }
}
