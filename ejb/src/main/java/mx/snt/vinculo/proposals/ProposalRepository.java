package mx.snt.vinculo.proposals;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.audit.AuditEvent;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.HomeBodies;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceLabels;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every query of calls, proposals, their adhesions and comments; lists go through {@link ListQuery}. */
@Stateless
public class ProposalRepository {

    /** A list row's columns; the two workspaces' acronyms are read apart, see {@link #rows}. */
    // COLUMN (EclipseLink's JPQL) reads the foreign keys themselves: "p.body.id" would join the workspace table again,
    // and a join of the call would be repeated in the page's count.
    private static final String ROW = "SELECT p.id, p.title, COLUMN('body_id', p), COLUMN('workspace_id', p), p.topic, p.state,"
            + " p.adhesionCount, p.author, p.submittedAt, COLUMN('call_id', p)";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public EntityManager em() {
        return em;
    }

    /** The proposal, if the caller may see it (otherwise not found). */
    public Proposal visible(Caller caller, long id) {
        Proposal p = em.find(Proposal.class, id);
        if (p == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, p.getWorkspace().getId(), p.getVisibility());
        return p;
    }

    /** The call, if the caller may see it (otherwise not found). */
    public ProposalCall visibleCall(Caller caller, long id) {
        ProposalCall c = em.find(ProposalCall.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, c.getWorkspace().getId(), c.getVisibility());
        return c;
    }

    public ProposalComment comment(long id) {
        ProposalComment c = em.find(ProposalComment.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }

    /** A parent named by a reply, or null when there is none. */
    public ProposalComment commentOrNull(Long id) {
        return id == null ? null : em.find(ProposalComment.class, id);
    }

    /** Proposals the caller may see, newest first. */
    public Page<ProposalRow> list(Caller caller, ProposalFilter filter, int first, int size) {
        ProposalFilter f = filter == null ? ProposalFilter.none() : filter;
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "p");
        return rows(ListQuery.from("FROM Proposal p")
                .where(vis.jpql(), vis.parameters())
                .whereIf(f.callId() != null, "p.call.id = :call", "call", f.callId())
                .whereIf(f.commissionId() != null, "p.workspace.id = :commission", "commission", f.commissionId())
                .whereIf(f.state() != null, "p.state = :state", "state", f.state())
                .whereIf(f.bodyId() != null, "p.body.id = :body", "body", f.bodyId())
                .whereIf(f.topic() != null, "p.topic = :topic", "topic", f.topic()), "p.submittedAt DESC, p.id DESC", first, size);
    }

    /**
     * A page of list rows in two queries: the proposals alone, which the database reads along the
     * {@code (submitted_at, id)} index and stops at the page's end, then the page's body and commission acronyms ({@link #acronymsById}).
     * Joining the two workspaces in the first query made MariaDB start from the workspace table and sort every
     * visible proposal before it could page (3 to 9 s a page at 100,000 proposals, under load; 0.5 ms this way).
     */
    private Page<ProposalRow> rows(ListQuery q, String orderBy, int first, int size) {
        // Kept while the data does not change, like the total: most visits open the same first page.
        return q.keptPage(em, "proposal rows", ROW, orderBy, "p", first, size, this::rowsOf);
    }

    private List<ProposalRow> rowsOf(List<Object[]> found) {
        Set<Long> workspaceIds = new HashSet<>();
        for (Object[] r : found) {
            workspaceIds.add(((Number) r[2]).longValue());
            workspaceIds.add(((Number) r[3]).longValue());
        }
        Map<Long, String> acronyms = acronymsById(workspaceIds);
        List<ProposalRow> items = found.stream().map(r -> new ProposalRow((Long) r[0], (String) r[1],
                acronyms.get(((Number) r[2]).longValue()), acronyms.get(((Number) r[3]).longValue()), (Topic) r[4],
                (ProposalState) r[5], ((Number) r[6]).intValue(), (String) r[7], (Instant) r[8],
                r[9] == null ? null : ((Number) r[9]).longValue())).toList();
        return items;
    }

    /** Workspaces' acronyms by id, in one query. */
    public Map<Long, String> acronymsById(Set<Long> ids) {
        return WorkspaceLabels.acronyms(em, ids);
    }

    /** Calls the caller may see (open on {@code today} only, if asked), newest deadline first. */
    public Page<ProposalCall> calls(Caller caller, boolean openOnly, LocalDate today, int first, int size) {
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "c");
        ListQuery q = ListQuery.from("FROM ProposalCall c")
                .where(vis.jpql(), vis.parameters())
                .whereIf(openOnly, "c.closesOn >= :today AND c.opensOn <= :today", "today", today);
        int f = Page.clampFirst(first);
        int s = Page.clampSize(size);
        // The list shows each call's workspace: read in the same query, not one query per call.
        List<ProposalCall> items = q.query(em, "SELECT c", "c.closesOn DESC, c.id DESC", ProposalCall.class)
                .setHint("eclipselink.join-fetch", "c.workspace").setFirstResult(f).setMaxResults(s).getResultList();
        return new Page<>(items, q.count(em, "c"), f, s);
    }

    public long proposalsOf(long callId) {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.call.id = :c", Long.class)
                .setParameter("c", callId).getSingleResult();
    }

    /** How many proposals each of the calls has (calls without any are absent). */
    public Map<Long, Long> proposalCounts(List<Long> callIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!callIds.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT p.call.id, COUNT(p) FROM Proposal p WHERE p.call.id IN :ids"
                    + " GROUP BY p.call.id", Object[].class).setParameter("ids", callIds).getResultList()) {
                counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        return counts;
    }

    /** True when every id names a body. */
    public boolean allBodies(Set<Long> ids) {
        return em.createQuery("SELECT COUNT(w) FROM Workspace w WHERE w.id IN :ids AND w.type = :t", Long.class)
                .setParameter("ids", ids).setParameter("t", WorkspaceType.BODY).getSingleResult() == ids.size();
    }

    public Workspace workspace(Long id) {
        return id == null ? null : em.find(Workspace.class, id);
    }

    public List<Workspace> commissions() {
        return active(WorkspaceType.COMMISSION);
    }

    public List<Workspace> bodies() {
        return active(WorkspaceType.BODY);
    }

    private List<Workspace> active(WorkspaceType type) {
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.active = TRUE ORDER BY w.acronym", Workspace.class)
                .setParameter("t", type).getResultList();
    }

    /** Commissions among {@code ids} (every commission when {@code ids} is null). */
    public List<Workspace> commissionsAmong(Set<Long> ids) {
        if (ids == null) {
            return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t ORDER BY w.acronym", Workspace.class)
                    .setParameter("t", WorkspaceType.COMMISSION).getResultList();
        }
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.id IN :ids ORDER BY w.acronym", Workspace.class)
                .setParameter("t", WorkspaceType.COMMISSION).setParameter("ids", ids).getResultList();
    }

    public Workspace homeBody(Caller caller) {
        return HomeBodies.of(em, caller);
    }

    public String displayName(String username) {
        return HomeBodies.displayName(em, username);
    }

    public ProposalAdhesion adhesionOf(long proposalId, long bodyId) {
        List<ProposalAdhesion> a = em.createQuery("SELECT a FROM ProposalAdhesion a WHERE a.proposalId = :p AND a.body.id = :b",
                ProposalAdhesion.class).setParameter("p", proposalId).setParameter("b", bodyId).getResultList();
        return a.isEmpty() ? null : a.get(0);
    }

    /**
     * Moves the adhesion counter by {@code delta} with a bulk update (never below zero), so it
     * never collides with an editor's version; the proposal is refreshed afterwards.
     */
    public void countAdhesion(Proposal p, int delta) {
        em.createQuery("UPDATE Proposal p SET p.adhesionCount = p.adhesionCount + :d WHERE p.id = :id"
                        + " AND p.adhesionCount + :d >= 0")
                .setParameter("d", delta).setParameter("id", p.getId()).executeUpdate();
        em.refresh(p);
    }

    public List<ProposalAdhesion> adhesions(long proposalId) {
        return em.createQuery("SELECT a FROM ProposalAdhesion a JOIN FETCH a.body WHERE a.proposalId = :p ORDER BY a.createdAt",
                ProposalAdhesion.class).setParameter("p", proposalId).getResultList();
    }

    public List<ProposalComment> comments(long proposalId) {
        return em.createQuery("SELECT c FROM ProposalComment c WHERE c.proposalId = :p ORDER BY c.createdAt, c.id",
                ProposalComment.class).setParameter("p", proposalId).getResultList();
    }

    /** id, original name, media type and size of the stored files. */
    public List<Object[]> files(List<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.id, s.originalName, s.mediaType, s.size FROM StoredFile s WHERE s.id IN :ids ORDER BY s.id",
                Object[].class).setParameter("ids", fileIds).getResultList();
    }

    public List<AuditEvent> history(long proposalId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = 'Proposal' AND e.entityId = :id ORDER BY e.id",
                AuditEvent.class).setParameter("id", proposalId).getResultList();
    }

    // ------------------------------------------------------------------ the pending-work home

    /** Proposals waiting for the evaluation of a commission the caller belongs to (submitted or under evaluation), oldest first. */
    public Page<ProposalRow> awaitingEvaluation(Caller caller, int size) {
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "p");
        return rows(ListQuery.from("FROM Proposal p")
                .where(vis.jpql(), vis.parameters())
                .where("p.workspace.id IN :evMine", "evMine", caller.workspaceIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.workspaceIds()))
                .where("p.state IN :evPending", "evPending", List.of(ProposalState.SUBMITTED, ProposalState.UNDER_EVALUATION)),
                "p.submittedAt, p.id", 0, size);
    }

    /** Open calls that admit the body and close by {@code until}, soonest first. */
    public Page<CallRow> closingSoon(Caller caller, Long bodyId, LocalDate today, LocalDate until, int size) {
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "c");
        return ListQuery.from("FROM ProposalCall c JOIN c.workspace w")
                .where(vis.jpql(), vis.parameters())
                .where("c.opensOn <= :csToday AND c.closesOn >= :csToday AND c.closesOn <= :csUntil", "csToday", today, "csUntil", until)
                // EXISTS, not MEMBER OF: EclipseLink joins the element collection for MEMBER OF, losing every call open to all.
                .where("(c.openToAll = TRUE OR EXISTS (SELECT cb FROM ProposalCall c2 JOIN c2.bodyIds cb WHERE c2 = c AND cb = :csBody))",
                        "csBody", bodyId == null ? -1L : bodyId)
                .page(em, "SELECT NEW mx.snt.vinculo.proposals.CallRow(c.id, c.title, w.acronym, c.closesOn)",
                        "c.closesOn, c.id", CallRow.class, "c", 0, size);
    }
}
