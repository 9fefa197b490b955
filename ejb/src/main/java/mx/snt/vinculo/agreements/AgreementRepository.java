package mx.snt.vinculo.agreements;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.agreements.AgreementDashboard.StateCount;
import mx.snt.vinculo.agreements.AgreementDashboard.YearTypeCount;
import mx.snt.vinculo.agreements.AgreementDetail.AttachmentRow;
import mx.snt.vinculo.agreements.AgreementDetail.StepRow;
import mx.snt.vinculo.agreements.AgreementDetail.TextVersionRow;
import mx.snt.vinculo.agreements.AgreementInputs.Filter;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceLabels;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every query of agreements: loading with the visibility check, the filtered lists, the counts, the daily run's. */
@Stateless
public class AgreementRepository {

    static final int MAX_EXPORT = 5000;
    // The lists read the agreements alone: joining their workspace (for its acronym) made MariaDB start from the
    // workspace table and sort every visible agreement before it could take a page (1-5 s a page at 50,000
    // agreements under load). Alone, with ix_agreement_updated (V28), it walks the index from the newest and stops
    // at the page's end; the page's acronyms come in one more query (rows()). COLUMN reads the foreign key itself.
    private static final String FROM = "FROM Agreement a";
    private static final String ROW = "SELECT a.id, COLUMN('workspace_id', a), a.type, a.title, a.state, a.visibility,"
            + " a.validityStart, a.validityEnd, a.signedOn, a.updatedAt";
    private static final String NEWEST = "a.updatedAt DESC, a.id DESC";
    private static final List<CommitmentStatus> OPEN = List.of(CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    /** The agreement, if the caller may see it; otherwise not found (never the item). */
    public Agreement visible(long id, Caller caller) {
        Agreement a = em.find(Agreement.class, id);
        if (a == null || !AgreementAccess.canSee(caller, a.getWorkspace().getId(), a.getVisibility(), a.partyBodyIds(), a.getState())) {
            throw new NotFoundException();
        }
        return a;
    }

    public Optional<Workspace> workspace(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Workspace.class, id));
    }

    public Optional<Commitment> commitment(long id) {
        return Optional.ofNullable(em.find(Commitment.class, id));
    }

    public Optional<AgreementAttachment> attachment(long id) {
        return Optional.ofNullable(em.find(AgreementAttachment.class, id));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    // ------------------------------------------------------------------ lists and counts

    /** Visibility and the list's filters over {@code from} (which names the agreement {@code a}). */
    ListQuery filtered(String from, Caller caller, Filter filter, LocalDate today) {
        Filter f = filter == null ? Filter.all() : filter;
        VisibilityRule.Filter access = AgreementAccess.filter(caller, "a");
        String party = f.party() == null || f.party().isBlank() ? null
                : "%" + f.party().strip().toLowerCase().replace("%", "").replace("_", "") + "%";
        boolean expiring = f.expiringDays() != null && f.expiringDays() > 0;
        return ListQuery.from(from)
                .where(access.jpql(), access.parameters())
                .whereIf(f.workspaceId() != null, "(a.workspace.id = :fWs OR EXISTS (SELECT fp.id FROM AgreementParty fp"
                        + " WHERE fp.agreement = a AND fp.body.id = :fWs))", "fWs", f.workspaceId())
                .whereIf(f.state() != null, "a.state = :fState", "fState", f.state())
                .whereIf(f.type() != null, "a.type = :fType", "fType", f.type())
                .whereIf(party != null, "EXISTS (SELECT np.id FROM AgreementParty np WHERE np.agreement = a"
                        + " AND LOWER(np.name) LIKE :fParty)", "fParty", party)
                .whereIf(expiring, "a.state = :fInForce AND a.validityEnd >= :fToday AND a.validityEnd <= :fUntil",
                        "fInForce", AgreementState.IN_FORCE, "fToday", today,
                        "fUntil", expiring ? today.plusDays(f.expiringDays()) : today);
    }

    public Page<AgreementRow> list(Caller caller, Filter filter, LocalDate today, int first, int size) {
        return rows(filtered(FROM, caller, filter, today), NEWEST, first, size);
    }

    public List<AgreementRow> export(Caller caller, Filter filter, LocalDate today) {
        return withParties(rows(filtered(FROM, caller, filter, today).query(em, ROW, NEWEST, Object[].class)
                .setMaxResults(MAX_EXPORT).getResultList()));
    }

    /**
     * A page of list rows: the agreements alone, then their workspaces' acronyms and their parties (one query each).
     * Kept while the data does not change ({@link KeptAnswers}), like the total: the same page is what most people
     * open, and its three queries (the visibility's EXISTS over the parties, prepared again for every IN list) were a
     * fifth of the list's CPU at scale 10.
     */
    private Page<AgreementRow> rows(ListQuery q, String orderBy, int first, int size) {
        return q.keptPage(em, "agreement rows", ROW, orderBy, "a", first, size, found -> withParties(rows(found)));
    }

    private List<AgreementRow> rows(List<Object[]> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(r -> ids.add(((Number) r[1]).longValue()));
        Map<Long, String> acronyms = WorkspaceLabels.acronyms(em, ids);
        return found.stream().map(r -> {
            long ws = ((Number) r[1]).longValue();
            return new AgreementRow((Long) r[0], ws, acronyms.get(ws), (AgreementType) r[2], (String) r[3],
                    (AgreementState) r[4], (Visibility) r[5], (LocalDate) r[6], (LocalDate) r[7], (LocalDate) r[8], (Instant) r[9]);
        }).toList();
    }

    /** Kept while the data does not change ({@link KeptAnswers}): at scale 10 its counts read every visible agreement. */
    public AgreementDashboard dashboard(Caller caller, LocalDate today) {
        ListQuery all = filtered(FROM, caller, Filter.all(), today);
        return KeptAnswers.get(KeptAnswers.key("dashboard" + all.clauses() + today, all.parameters()),
                () -> dashboard(all, caller, today));
    }

    private AgreementDashboard dashboard(ListQuery all, Caller caller, LocalDate today) {
        List<StateCount> byState = new ArrayList<>();
        for (Object[] r : grouped(all, "SELECT a.state, COUNT(a)", " GROUP BY a.state")) {
            byState.add(new StateCount((AgreementState) r[0], ((Number) r[1]).longValue()));
        }
        byState.sort(Comparator.comparing(StateCount::state));
        List<YearTypeCount> byYear = new ArrayList<>();
        for (Object[] r : grouped(all, "SELECT FUNCTION('YEAR', a.createdAt), a.type, COUNT(a)",
                " GROUP BY FUNCTION('YEAR', a.createdAt), a.type")) {
            byYear.add(new YearTypeCount(((Number) r[0]).intValue(), (AgreementType) r[1], ((Number) r[2]).longValue()));
        }
        byYear.sort(Comparator.comparingInt(YearTypeCount::year).thenComparing(YearTypeCount::type));
        long expiringSoon = filtered(FROM, caller, Filter.expiringSoon(), today).count(em, "a");
        long overdue = filtered("FROM Commitment c JOIN c.agreement a", caller, Filter.all(), today)
                .where("c.status = :overdueStatus", "overdueStatus", CommitmentStatus.OVERDUE).count(em, "c");
        return new AgreementDashboard(List.copyOf(byState), List.copyOf(byYear), expiringSoon, overdue);
    }

    private List<Object[]> grouped(ListQuery q, String select, String groupBy) {
        TypedQuery<Object[]> query = em.createQuery(select + q.clauses() + groupBy, Object[].class);
        q.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** The party names (full and short) of a page of rows, in one query. */
    private List<AgreementRow> withParties(List<AgreementRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> names = new HashMap<>();
        Map<Long, List<String>> shortNames = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT p.agreement.id, p.name, b.acronym FROM AgreementParty p LEFT JOIN p.body b"
                + " WHERE p.agreement.id IN :ids ORDER BY p.position", Object[].class)
                .setParameter("ids", rows.stream().map(AgreementRow::id).toList()).getResultList()) {
            names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
            shortNames.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(PartyNames.shortName((String) r[1], (String) r[2]));
        }
        return rows.stream().map(r -> r.withParties(String.join("; ", names.getOrDefault(r.id(), List.of())),
                String.join(" · ", shortNames.getOrDefault(r.id(), List.of())))).toList();
    }

    // ------------------------------------------------------------------ one agreement's page

    public List<CommitmentRow> commitmentRows(Agreement a) {
        return em.createQuery("SELECT NEW mx.snt.vinculo.agreements.CommitmentRow("
                        + "c.id, p.id, p.name, c.description, c.responsible, c.dueDate, c.status, c.evidence, c.version)"
                        + " FROM Commitment c JOIN c.party p WHERE c.agreement = :a ORDER BY c.dueDate, c.id", CommitmentRow.class)
                .setParameter("a", a).getResultList();
    }

    public List<AttachmentRow> attachmentRows(Agreement a) {
        return em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementDetail$AttachmentRow("
                        + "t.id, t.kind, f.originalName, f.mediaType, f.size, f.uploadedBy, f.uploadedAt)"
                        + " FROM AgreementAttachment t, StoredFile f WHERE f.id = t.fileId AND t.agreement = :a ORDER BY t.id", AttachmentRow.class)
                .setParameter("a", a).getResultList();
    }

    public List<StepRow> timeline(Agreement a) {
        return em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementDetail$StepRow("
                        + "s.occurredAt, s.actor, s.action, s.fromState, s.toState, s.comment)"
                        + " FROM AgreementStep s WHERE s.agreement = :a ORDER BY s.occurredAt, s.id", StepRow.class)
                .setParameter("a", a).getResultList();
    }

    public List<TextVersionRow> versions(Agreement a) {
        return em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementDetail$TextVersionRow("
                        + "v.number, v.savedBy, v.savedAt) FROM AgreementTextVersion v WHERE v.agreement = :a ORDER BY v.number DESC", TextVersionRow.class)
                .setParameter("a", a).getResultList();
    }

    /** The agreement that renews {@code a}, if any (a renewal stays in its predecessor's workspace). */
    public Agreement renewedBy(Agreement a) {
        return em.createQuery("SELECT n FROM Agreement n WHERE n.renewedFrom = :a", Agreement.class)
                .setParameter("a", a).getResultList().stream().findFirst().orElse(null);
    }

    /** One saved version's text; version 0 is the empty text before the first save. */
    public String textOf(Agreement a, int number) {
        if (number == 0) {
            return "";
        }
        return em.createQuery("SELECT v.bodyHtml FROM AgreementTextVersion v WHERE v.agreement = :a AND v.number = :n", String.class)
                .setParameter("a", a).setParameter("n", number).getResultList().stream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // ------------------------------------------------------------------ the daily run and its notices

    public List<Commitment> openCommitmentsPastDue(LocalDate today) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.agreement WHERE c.status IN :open AND c.dueDate < :today",
                Commitment.class).setParameter("open", OPEN).setParameter("today", today).getResultList();
    }

    /** Signed agreements whose validity has started: the daily run puts them in force. */
    public List<Agreement> signedStartingBy(LocalDate today) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.state = :s AND a.validityStart <= :today ORDER BY a.id", Agreement.class)
                .setParameter("s", AgreementState.SIGNED).setParameter("today", today).getResultList();
    }

    public List<Agreement> inForcePastValidity(LocalDate today) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.state = :s AND a.validityEnd < :today", Agreement.class)
                .setParameter("s", AgreementState.IN_FORCE).setParameter("today", today).getResultList();
    }

    /** Open commitments of live agreements falling due between today and {@code until}. */
    public List<Commitment> commitmentsDueBetween(LocalDate today, LocalDate until) {
        return em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.agreement a JOIN FETCH c.party"
                        + " WHERE c.status IN :open AND c.dueDate >= :today AND c.dueDate <= :until AND a.state IN :live", Commitment.class)
                .setParameter("open", OPEN).setParameter("today", today).setParameter("until", until)
                .setParameter("live", List.of(AgreementState.SIGNING, AgreementState.SIGNED, AgreementState.IN_FORCE, AgreementState.APPROVED))
                .getResultList();
    }

    public List<Agreement> inForceEndingBetween(LocalDate today, LocalDate until) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.state = :s AND a.validityEnd >= :today"
                        + " AND a.validityEnd <= :until", Agreement.class)
                .setParameter("s", AgreementState.IN_FORCE).setParameter("today", today)
                .setParameter("until", until).getResultList();
    }

    public List<String> legalReviewers() {
        return em.createQuery("SELECT m.username FROM Member m JOIN m.roles r WHERE r = :role ORDER BY m.username", String.class)
                .setParameter("role", Role.JURIDICO).getResultList();
    }

    public List<String> membersOf(Collection<Long> workspaceIds) {
        if (workspaceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT ms.member.username FROM Membership ms WHERE ms.workspace.id IN :ws"
                + " ORDER BY ms.member.username", String.class).setParameter("ws", List.copyOf(workspaceIds)).getResultList();
    }

    /** A person as notices and pages name them: given and family names (the username when unknown). */
    public String displayName(String username) {
        return mx.snt.vinculo.directory.HomeBodies.displayName(em, username);
    }

    // ------------------------------------------------------------------ the pending-work home

    /**
     * Agreements waiting for something the caller does, by the rules of {@link AgreementWorkflow}:
     * a juridico's legal review (in LEGAL_REVIEW, not yet cleared), a party commissioner's approval
     * (cleared), and for staff of the drafting body the internal review and the signatures. Oldest change first.
     */
    public Page<AgreementRow> awaiting(Caller caller, LocalDate today, int size) {
        List<String> cases = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        List<Long> mine = caller.workspaceIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.workspaceIds());
        if (caller.has(Role.JURIDICO)) {
            cases.add("(a.state = :awLegal AND a.legalCleared = FALSE)");
        }
        if (caller.has(Role.COMISIONADO)) {
            cases.add("(a.state = :awLegal AND a.legalCleared = TRUE AND (a.workspace.id IN :awMine OR EXISTS (SELECT ap.id"
                    + " FROM AgreementParty ap WHERE ap.agreement = a AND ap.body.id IN :awMine)))");
        }
        if (caller.has(Role.PERSONAL) || caller.has(Role.SECRETARIO_TECNICO) || caller.has(Role.COMISIONADO)) {
            cases.add("(a.state IN :awDrafter AND a.workspace.id IN :awMine)");
            params.put("awDrafter", List.of(AgreementState.INTERNAL_REVIEW, AgreementState.SIGNING));
        }
        if (cases.isEmpty()) {
            return new Page<>(List.of(), 0, 0, size);
        }
        String condition = "(" + String.join(" OR ", cases) + ")";
        if (condition.contains(":awLegal")) {
            params.put("awLegal", AgreementState.LEGAL_REVIEW);
        }
        if (condition.contains(":awMine")) {
            params.put("awMine", mine);
        }
        return rows(filtered(FROM, caller, Filter.all(), today).where(condition, params), "a.updatedAt, a.id", 0, size);
    }

    /** The caller's own drafts (agreements in DRAFT they created), newest change first. */
    public Page<AgreementRow> draftsOf(Caller caller, LocalDate today, int size) {
        return rows(filtered(FROM, caller, Filter.all(), today)
                .where("a.state = :drState AND a.createdBy = :drBy", "drState", AgreementState.DRAFT, "drBy", caller.username()),
                NEWEST, 0, size);
    }

    /** Open commitments of the caller's bodies, overdue or due by {@code until}, of agreements that have not ended; soonest first. */
    public Page<CommitmentDue> commitmentsDue(Caller caller, LocalDate today, LocalDate until, int size) {
        List<Long> mine = caller.workspaceIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.workspaceIds());
        return filtered("FROM Commitment c JOIN c.agreement a JOIN c.party p", caller, Filter.all(), today)
                .where("p.body.id IN :cdMine", "cdMine", mine)
                .where("(c.status = :cdOverdue OR (c.status IN :cdOpen AND c.dueDate <= :cdUntil))",
                        "cdOverdue", CommitmentStatus.OVERDUE, "cdOpen", OPEN, "cdUntil", until)
                .where("a.state NOT IN :cdEnded", "cdEnded", List.of(AgreementState.EXPIRED, AgreementState.TERMINATED, AgreementState.RENEWED))
                .page(em, "SELECT NEW mx.snt.vinculo.agreements.CommitmentDue(c.id, a.id, a.title, c.description, p.name,"
                        + " c.dueDate, c.status)", "c.dueDate, c.id", CommitmentDue.class, "c", 0, size);
    }
}
