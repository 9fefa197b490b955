package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.audit.AuditEvent;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.Html;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.library.EntryInput;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.Input;
import mx.snt.vinculo.library.LibraryService;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.Session;
import mx.snt.vinculo.sessions.AgendaEditing;
import mx.snt.vinculo.sessions.ItemInput;
import mx.snt.vinculo.sessions.ItemRow;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calls, proposals, their workflow, adhesions, comments, and turning an accepted proposal into a library entry. */
@Stateless
public class ProposalService {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1_000;
    static final int MAX_TEXT = 50_000;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_COMMENT = 2_000;
    static final int MAX_ANSWER = 5_000;
    static final int MAX_FILES = 5;
    /** An agenda item's text holds at most this (the sessions' limit). */
    static final int AGENDA_BODY = 20_000;
    /** How long an author may edit their comment. */
    static final Duration COMMENT_EDIT_WINDOW = Duration.ofMinutes(15);
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    private static final String SUMMARY = "SELECT NEW mx.snt.vinculo.proposals.ProposalSummary(p.id, p.title, b.acronym,"
            + " w.acronym, p.topic, p.state, p.adhesionCount, p.author, p.submittedAt, c.id)"
            + " FROM Proposal p JOIN p.workspace w JOIN p.body b LEFT JOIN p.call c";

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
    @EJB
    private LibraryService library;
    @EJB
    private AgendaEditing sessions;

    // ------------------------------------------------------------------ calls

    /** The commission's secretary (or an admin) opens a call. */
    public CallView openCall(long commissionId, CallInput in) {
        Caller caller = callers.current();
        Workspace commission = em.find(Workspace.class, commissionId);
        if (commission == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        if (commission.getType() != WorkspaceType.COMMISSION) {
            throw new ValidationException("proposal.call.commission.required");
        }
        if (!secretaryOf(caller, commissionId)) {
            throw new ForbiddenException();
        }
        if (in == null) {
            throw new ValidationException("proposal.title.required");
        }
        String title = Input.clean(in.title());
        String description = Input.clean(in.description());
        requireText(title, "proposal.title", MAX_TITLE);
        requireText(description, "proposal.call.description", MAX_DESCRIPTION);
        if (Input.hasScript(title) || Input.hasScript(description)) {
            throw new ValidationException("proposal.script");
        }
        if (in.topic() == null) {
            throw new ValidationException("proposal.topic.required");
        }
        if (in.opensOn() == null || in.closesOn() == null) {
            throw new ValidationException("proposal.call.dates.required");
        }
        if (in.closesOn().isBefore(in.opensOn())) {
            throw new ValidationException("proposal.call.dates.order");
        }
        if (in.closesOn().isBefore(today())) {
            throw new ValidationException("proposal.call.dates.past");
        }
        Set<Long> bodies = in.bodyIds() == null ? Set.of() : Set.copyOf(in.bodyIds());
        if (!in.openToAll()) {
            if (bodies.isEmpty()) {
                throw new ValidationException("proposal.call.bodies.required");
            }
            long found = em.createQuery("SELECT COUNT(w) FROM Workspace w WHERE w.id IN :ids AND w.type = :t", Long.class)
                    .setParameter("ids", bodies).setParameter("t", WorkspaceType.BODY).getSingleResult();
            if (found != bodies.size()) {
                throw new ValidationException("proposal.call.bodies.invalid");
            }
        }
        ProposalCall call = new ProposalCall(commission, title, in.topic(), description, in.openToAll(),
                in.openToAll() ? Set.of() : bodies, in.opensOn(), in.closesOn(), caller.username(), Instant.now());
        em.persist(call);
        em.flush();
        audit.record(caller, "ProposalCall", call.getId(), "proposal.call.open", null, "OPEN", title);
        outbox.record("call.opened", "ProposalCall", call.getId(), call.getVersion(), commissionId,
                event("CALL", title, "/propuestas/convocatoria.xhtml?id=" + call.getId(), commissionId, call.getVisibility())
                        .add("closesOn", call.getClosesOn().toString()).build());
        return callView(call, 0);
    }

    public CallView call(long id) {
        Caller caller = callers.current();
        ProposalCall call = visibleCall(caller, id);
        long n = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.call.id = :c", Long.class)
                .setParameter("c", id).getSingleResult();
        return callView(call, n);
    }

    /** Calls the caller may see, open ones first, newest deadline first. */
    public Page<CallView> calls(boolean openOnly, int first, int size) {
        Caller caller = callers.current();
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "c");
        String where = " WHERE " + vis.jpql() + (openOnly ? " AND c.closesOn >= :today AND c.opensOn <= :today" : "");
        TypedQuery<ProposalCall> q = em.createQuery("SELECT c FROM ProposalCall c JOIN FETCH c.workspace" + where
                + " ORDER BY c.closesOn DESC, c.id DESC", ProposalCall.class);
        TypedQuery<Long> cq = em.createQuery("SELECT COUNT(c) FROM ProposalCall c" + where, Long.class);
        vis.bind(q);
        vis.bind(cq);
        if (openOnly) {
            q.setParameter("today", today());
            cq.setParameter("today", today());
        }
        List<ProposalCall> calls = q.setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        if (!calls.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT p.call.id, COUNT(p) FROM Proposal p WHERE p.call.id IN :ids GROUP BY p.call.id",
                    Object[].class).setParameter("ids", calls.stream().map(ProposalCall::getId).toList()).getResultList()) {
                counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
        List<CallView> items = new ArrayList<>();
        for (ProposalCall c : calls) {
            items.add(callView(c, counts.getOrDefault(c.getId(), 0L)));
        }
        return new Page<>(items, cq.getSingleResult(), first, size);
    }

    /** Commissions the caller may open calls for (secretary member, or every commission for an admin). */
    public List<Workspace> commissionsICanManage() {
        Caller caller = callers.current();
        if (caller.has(Role.ADMIN)) {
            return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t ORDER BY w.acronym", Workspace.class)
                    .setParameter("t", WorkspaceType.COMMISSION).getResultList();
        }
        if (!caller.has(Role.SECRETARIO_TECNICO) || caller.workspaceIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.id IN :ids ORDER BY w.acronym", Workspace.class)
                .setParameter("t", WorkspaceType.COMMISSION).setParameter("ids", caller.workspaceIds()).getResultList();
    }

    /** Every commission (a free proposal may go to any). */
    public List<Workspace> commissions() {
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.active = TRUE ORDER BY w.acronym", Workspace.class)
                .setParameter("t", WorkspaceType.COMMISSION).getResultList();
    }

    /** Every body (filters, and the bodies a call is addressed to). */
    public List<Workspace> bodies() {
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.active = TRUE ORDER BY w.acronym", Workspace.class)
                .setParameter("t", WorkspaceType.BODY).getResultList();
    }

    // -------------------------------------------------------------- proposals

    /** Staff of a body submit a proposal, to an open call that admits their body or freely to a commission. */
    public ProposalView submit(ProposalInput in, List<Upload> uploads) {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new NotFoundException();
        }
        Workspace body = homeBody(caller);
        if (body == null) {
            throw new ValidationException("proposal.body.required");
        }
        if (in == null) {
            throw new ValidationException("proposal.title.required");
        }
        ProposalCall call = null;
        Workspace commission;
        if (in.callId() != null) {
            call = visibleCall(caller, in.callId());
            if (!CallWindow.isOpen(call.getOpensOn(), call.getClosesOn(), today())) {
                throw new ValidationException("proposal.call.closed", call.getTitle());
            }
            if (!call.isOpenToAll() && !call.getBodyIds().contains(body.getId())) {
                throw new ValidationException("proposal.call.notForBody", body.getAcronym());
            }
            commission = call.getWorkspace();
        } else {
            commission = in.commissionId() == null ? null : em.find(Workspace.class, in.commissionId());
            if (commission == null || commission.getType() != WorkspaceType.COMMISSION) {
                throw new ValidationException("proposal.commission.required");
            }
        }
        String title = Input.clean(in.title());
        String summary = Input.clean(in.summary());
        String text = Input.clean(in.text());
        requireText(title, "proposal.title", MAX_TITLE);
        requireText(summary, "proposal.summary", MAX_SUMMARY);
        requireText(text, "proposal.text", MAX_TEXT);
        if (Input.hasScript(title) || Input.hasScript(summary) || Input.hasScript(text)) {
            throw new ValidationException("proposal.script");
        }
        String clean = Html.sanitize(text);
        if (Html.toText(clean).isBlank()) {
            throw new ValidationException("proposal.text.required");
        }
        var topic = in.topic() != null ? in.topic() : call != null ? call.getTopic() : null;
        if (topic == null) {
            throw new ValidationException("proposal.topic.required");
        }
        List<Upload> up = uploads == null ? List.of() : uploads.stream().filter(u -> u != null && u.content() != null).toList();
        if (up.size() > MAX_FILES) {
            throw new ValidationException("proposal.files.tooMany", MAX_FILES);
        }
        List<Long> fileIds = new ArrayList<>();
        for (Upload u : up) {
            fileIds.add(files.store(u.name(), u.content(), caller.username()).id());
        }
        Proposal p = new Proposal(call, commission, body, caller.username(), title, summary, clean, topic, fileIds, Instant.now());
        em.persist(p);
        em.flush();
        audit.record(caller, "Proposal", p.getId(), "proposal.submit", null, p.getState().name(), title);
        outbox.record("proposal.submitted", "Proposal", p.getId(), p.getVersion(), commission.getId(),
                event("PROPOSAL", title, path(p), commission.getId(), p.getVisibility())
                        .add("state", p.getState().name()).add("body", body.getAcronym()).build());
        return view(p, caller);
    }

    public ProposalView get(long id) {
        Caller caller = callers.current();
        return view(visible(caller, id), caller);
    }

    /** Proposals the caller may see, newest first, filtered, paged in the database. */
    public Page<ProposalSummary> list(ProposalFilter filter, int first, int size) {
        Caller caller = callers.current();
        ProposalFilter f = filter == null ? ProposalFilter.none() : filter;
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "p");
        StringBuilder where = new StringBuilder(" WHERE ").append(vis.jpql());
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.callId() != null) {
            where.append(" AND p.call.id = :call");
            params.put("call", f.callId());
        }
        if (f.commissionId() != null) {
            where.append(" AND p.workspace.id = :commission");
            params.put("commission", f.commissionId());
        }
        if (f.state() != null) {
            where.append(" AND p.state = :state");
            params.put("state", f.state());
        }
        if (f.bodyId() != null) {
            where.append(" AND p.body.id = :body");
            params.put("body", f.bodyId());
        }
        if (f.topic() != null) {
            where.append(" AND p.topic = :topic");
            params.put("topic", f.topic());
        }
        TypedQuery<ProposalSummary> q = em.createQuery(SUMMARY + where + " ORDER BY p.submittedAt DESC, p.id DESC", ProposalSummary.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(p) FROM Proposal p" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, c)) {
            vis.bind(query);
            params.forEach(query::setParameter);
        }
        return new Page<>(q.setFirstResult(first).setMaxResults(size).getResultList(), c.getSingleResult(), first, size);
    }

    /** A workflow step, checked against {@link ProposalAction}'s table and the version the person read. */
    public ProposalView act(long id, long expectedVersion, ProposalAction action, String answer) {
        Caller caller = callers.current();
        Proposal p = visible(caller, id);
        if (action == null) {
            throw new ValidationException("proposal.action.required");
        }
        boolean secretary = secretaryOf(caller, p.getWorkspace().getId());
        boolean author = caller.username().equals(p.getAuthor());
        if (!action.allowedFor(secretary, author)) {
            throw new ForbiddenException();
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        if (!action.allowedFrom(p.getState())) {
            throw new ValidationException("proposal.transition.invalid", p.getState().name(), action.to().name());
        }
        String a = Input.clean(answer);
        if (action.needsAnswer() && a.isEmpty()) {
            throw new ValidationException("proposal.answer.required");
        }
        if (a.length() > MAX_ANSWER) {
            throw new ValidationException("proposal.answer.tooLong", MAX_ANSWER);
        }
        if (Input.hasScript(a)) {
            throw new ValidationException("proposal.script");
        }
        ProposalState from = p.getState();
        p.move(action.to(), action.needsAnswer() ? a : null, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new ConflictException();
        }
        audit.record(caller, "Proposal", p.getId(), "proposal." + action.name().toLowerCase(), from.name(),
                p.getState().name(), action.needsAnswer() ? a : null);
        outbox.record("proposal.stateChanged", "Proposal", p.getId(), p.getVersion(), p.getWorkspace().getId(),
                event("PROPOSAL", p.getTitle(), path(p), p.getWorkspace().getId(), p.getVisibility())
                        .add("state", p.getState().name()).add("fromState", from.name()).build());
        return view(p, caller);
    }

    /** The caller's body adheres to the proposal: once per body, not to its own, not once withdrawn or rejected. */
    public ProposalView adhere(long id) {
        Caller caller = callers.current();
        Proposal p = visible(caller, id);
        Workspace body = homeBody(caller);
        if (body == null) {
            throw new ValidationException("proposal.body.required");
        }
        if (!p.getState().acceptsAdhesions()) {
            throw new ValidationException("proposal.adhesion.closed");
        }
        if (body.getId().equals(p.getBody().getId())) {
            throw new ValidationException("proposal.adhesion.own");
        }
        if (adhesionOf(p.getId(), body.getId()) != null) {
            throw new ValidationException("proposal.adhesion.duplicate", body.getAcronym());
        }
        em.persist(new ProposalAdhesion(p.getId(), body, caller.username(), Instant.now()));
        try {
            em.flush();
        } catch (PersistenceException race) {
            throw new ValidationException("proposal.adhesion.duplicate", body.getAcronym());
        }
        em.createQuery("UPDATE Proposal p SET p.adhesionCount = p.adhesionCount + 1 WHERE p.id = :id")
                .setParameter("id", p.getId()).executeUpdate();
        audit.record(caller, "Proposal", p.getId(), "proposal.adhere", null, body.getCode(), null);
        em.refresh(p);
        return view(p, caller);
    }

    /** Someone of the adhering body takes the adhesion back. */
    public ProposalView withdrawAdhesion(long id) {
        Caller caller = callers.current();
        Proposal p = visible(caller, id);
        Workspace body = homeBody(caller);
        ProposalAdhesion a = body == null ? null : adhesionOf(p.getId(), body.getId());
        if (a == null) {
            throw new ValidationException("proposal.adhesion.none");
        }
        em.remove(a);
        em.flush();
        em.createQuery("UPDATE Proposal p SET p.adhesionCount = p.adhesionCount - 1 WHERE p.id = :id AND p.adhesionCount > 0")
                .setParameter("id", p.getId()).executeUpdate();
        audit.record(caller, "Proposal", p.getId(), "proposal.adhesion.withdraw", body.getCode(), null, null);
        em.refresh(p);
        return view(p, caller);
    }

    /** A member comments, or replies to a top-level comment (one level). */
    public ProposalView comment(long id, Long parentId, String text) {
        Caller caller = callers.current();
        Proposal p = visible(caller, id);
        if (!caller.signedIn()) {
            throw new ForbiddenException();
        }
        String t = commentText(text);
        if (parentId != null) {
            ProposalComment parent = em.find(ProposalComment.class, parentId);
            if (parent == null || parent.getProposalId() != p.getId()) {
                throw new ValidationException("proposal.comment.parent");
            }
            if (parent.getParentId() != null) {
                throw new ValidationException("proposal.comment.depth");
            }
        }
        ProposalComment c = new ProposalComment(p.getId(), parentId, caller.username(), t, Instant.now());
        em.persist(c);
        em.flush();
        audit.record(caller, "ProposalComment", c.getId(), "proposal.comment", null, null, "proposal " + p.getId());
        return view(p, caller);
    }

    /** The author edits their comment within {@link #COMMENT_EDIT_WINDOW}, from the version they read. */
    public ProposalView editComment(long commentId, long expectedVersion, String text) {
        Caller caller = callers.current();
        ProposalComment c = em.find(ProposalComment.class, commentId);
        if (c == null) {
            throw new NotFoundException();
        }
        Proposal p = visible(caller, c.getProposalId());
        if (!caller.username().equals(c.getAuthor()) || c.isHidden()) {
            throw new ForbiddenException();
        }
        if (!editable(c.getCreatedAt(), Instant.now())) {
            throw new ValidationException("proposal.comment.editWindow", COMMENT_EDIT_WINDOW.toMinutes());
        }
        String t = commentText(text);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        c.edit(t, Instant.now());
        em.flush();
        audit.record(caller, "ProposalComment", c.getId(), "proposal.comment.edit", null, null, "proposal " + p.getId());
        return view(p, caller);
    }

    /** The commission hides a comment (it stays recorded). */
    public ProposalView hideComment(long commentId) {
        Caller caller = callers.current();
        ProposalComment c = em.find(ProposalComment.class, commentId);
        if (c == null) {
            throw new NotFoundException();
        }
        Proposal p = visible(caller, c.getProposalId());
        if (!secretaryOf(caller, p.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        c.hide();
        em.flush();
        audit.record(caller, "ProposalComment", c.getId(), "proposal.comment.hide", "VISIBLE", "HIDDEN", "proposal " + p.getId());
        return view(p, caller);
    }

    /**
     * The accepted proposal that the commission's secretary (or an admin) acts on, at the
     * version they read; what it becomes (library entry, agenda item) is up to the caller.
     */
    private Proposal acceptedForSecretary(Caller caller, long id, long expectedVersion, String notAcceptedKey) {
        Proposal p = visible(caller, id);
        if (!secretaryOf(caller, p.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        if (p.getState() != ProposalState.ACCEPTED) {
            throw new ValidationException(notAcceptedKey);
        }
        return p;
    }

    /**
     * The commission turns an accepted proposal into a library entry of the proposing body
     * (a good practice, with the proposal's files), linked both ways. Once.
     */
    public ProposalView toLibrary(long id, long expectedVersion, Visibility visibility) {
        Caller caller = callers.current();
        Proposal p = acceptedForSecretary(caller, id, expectedVersion, "proposal.library.notAccepted");
        if (p.getLibraryEntryId() != null) {
            throw new ValidationException("proposal.library.already");
        }
        String text = Html.toText(p.getText());
        String summary = p.getSummary() + "\n\n" + text;
        if (summary.length() > 5_000) {
            summary = summary.substring(0, 4_999) + "…";
        }
        String authors = displayName(p.getAuthor()) + " (" + p.getBody().getAcronym() + ")";
        EntryInput in = new EntryInput(p.getTitle(), authors, LocalDate.now(MEXICO).getYear(), EntryType.GOOD_PRACTICE,
                EnumSet.of(p.getTopic()), p.getWorkspace().getAcronym(), summary, "es", "CC BY 4.0", "",
                visibility == null ? Visibility.NETWORK : visibility);
        long entryId = library.createFromProposal(caller, p.getBody(), p.getId(), in, List.copyOf(p.getFileIds()));
        p.linkEntry(entryId, Instant.now());
        em.flush();
        audit.record(caller, "Proposal", p.getId(), "proposal.toLibrary", p.getState().name(), p.getState().name(),
                "library entry " + entryId);
        return view(p, caller);
    }

    /**
     * The commission puts an accepted proposal on the agenda of one of its sessions that has not started
     * (planned or convened), as a "proposal for agreement" item, linked both ways. Once.
     */
    public ProposalView toAgendaItem(long id, long expectedVersion, long sessionId) {
        Caller caller = callers.current();
        Proposal p = acceptedForSecretary(caller, id, expectedVersion, "proposal.agenda.notAccepted");
        if (p.getAgendaItemId() != null) {
            throw new ValidationException("proposal.agenda.already");
        }
        Session s = em.find(Session.class, sessionId);
        if (s == null || !s.getWorkspace().getId().equals(p.getWorkspace().getId())) {
            throw new ValidationException("proposal.agenda.otherCommission", p.getWorkspace().getAcronym());
        }
        if (!s.getState().agendaEditable()) {
            throw new ValidationException("proposal.agenda.sessionStarted");
        }
        String body = p.getSummary() + "\n\n" + Html.toText(p.getText());
        if (body.length() > AGENDA_BODY) {
            body = body.substring(0, AGENDA_BODY - 1) + "…";
        }
        String title = p.getTitle();
        String presenter = p.getBody() != null ? p.getBody().getAcronym() : displayName(p.getAuthor());
        SessionDetail d = sessions.addProposalItem(sessionId, s.getVersion(),
                new ItemInput(ItemKind.PROPOSAL, title, presenter, body, null), p.getId());
        long itemId = d.items().stream().filter(i -> Long.valueOf(p.getId()).equals(i.proposalId()))
                .mapToLong(ItemRow::id).max().orElseThrow();
        p.linkAgendaItem(sessionId, itemId, Instant.now());
        em.flush();
        audit.record(caller, "Proposal", p.getId(), "proposal.toAgenda", p.getState().name(), p.getState().name(),
                "session " + sessionId + " item " + itemId);
        return view(p, caller);
    }

    /** An attachment of a proposal the caller may see. */
    public FileContent download(long proposalId, long fileId) {
        Caller caller = callers.current();
        Proposal p = visible(caller, proposalId);
        if (!p.getFileIds().contains(fileId)) {
            throw new NotFoundException();
        }
        return files.read(fileId);
    }

    // -------------------------------------------------------------- rules

    static boolean editable(Instant createdAt, Instant now) {
        return !now.isAfter(createdAt.plus(COMMENT_EDIT_WINDOW));
    }

    /** The commission's secretary: secretario-tecnico and member of the commission; or an admin. */
    static boolean secretaryOf(Caller caller, long commissionId) {
        return caller.signedIn() && (caller.has(Role.ADMIN)
                || (caller.has(Role.SECRETARIO_TECNICO) && caller.memberOf(commissionId)));
    }

    private static void requireText(String value, String field, int max) {
        if (value.isEmpty()) {
            throw new ValidationException(field + ".required");
        }
        if (value.length() > max) {
            throw new ValidationException(field + ".tooLong", max);
        }
    }

    private static String commentText(String text) {
        String t = Input.clean(text);
        requireText(t, "proposal.comment", MAX_COMMENT);
        if (Input.hasScript(t)) {
            throw new ValidationException("proposal.script");
        }
        return t;
    }

    private static LocalDate today() {
        return LocalDate.now(MEXICO);
    }

    // -------------------------------------------------------------- internals

    private Proposal visible(Caller caller, long id) {
        Proposal p = em.find(Proposal.class, id);
        if (p == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, p.getWorkspace().getId(), p.getVisibility());
        return p;
    }

    private ProposalCall visibleCall(Caller caller, long id) {
        ProposalCall c = em.find(ProposalCall.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, c.getWorkspace().getId(), c.getVisibility());
        return c;
    }

    private ProposalAdhesion adhesionOf(long proposalId, long bodyId) {
        List<ProposalAdhesion> a = em.createQuery("SELECT a FROM ProposalAdhesion a WHERE a.proposalId = :p AND a.body.id = :b",
                ProposalAdhesion.class).setParameter("p", proposalId).setParameter("b", bodyId).getResultList();
        return a.isEmpty() ? null : a.get(0);
    }

    private Workspace homeBody(Caller caller) {
        if (caller.memberId() == null) {
            return null;
        }
        List<Workspace> w = em.createQuery("SELECT m.homeBody FROM Member m WHERE m.id = :id", Workspace.class)
                .setParameter("id", caller.memberId()).getResultList();
        return w.isEmpty() ? null : w.get(0);
    }

    private String displayName(String username) {
        List<Member> m = em.createNamedQuery(Member.BY_USERNAME, Member.class).setParameter("username", username).getResultList();
        return m.isEmpty() ? username : m.get(0).getDisplayName();
    }

    private CallView callView(ProposalCall c, long proposals) {
        List<String> bodies = c.isOpenToAll() || c.getBodyIds().isEmpty() ? List.of()
                : em.createQuery("SELECT w.acronym FROM Workspace w WHERE w.id IN :ids ORDER BY w.acronym", String.class)
                .setParameter("ids", c.getBodyIds()).getResultList();
        return new CallView(c.getId(), c.getWorkspace().getId(), c.getWorkspace().getAcronym(), c.getTitle(), c.getTopic(),
                c.getDescription(), c.isOpenToAll(), bodies, c.getOpensOn(), c.getClosesOn(),
                CallWindow.isOpen(c.getOpensOn(), c.getClosesOn(), today()), proposals);
    }

    private ProposalView view(Proposal p, Caller caller) {
        boolean secretary = secretaryOf(caller, p.getWorkspace().getId());
        List<ProposalView.Adhesion> adhesions = em.createQuery("SELECT a FROM ProposalAdhesion a JOIN FETCH a.body"
                        + " WHERE a.proposalId = :p ORDER BY a.createdAt", ProposalAdhesion.class)
                .setParameter("p", p.getId()).getResultList().stream()
                .map(a -> new ProposalView.Adhesion(a.getBody().getId(), a.getBody().getAcronym(), a.getUsername(), a.getCreatedAt()))
                .toList();
        Instant now = Instant.now();
        List<ProposalComment> all = em.createQuery("SELECT c FROM ProposalComment c WHERE c.proposalId = :p ORDER BY c.createdAt, c.id",
                ProposalComment.class).setParameter("p", p.getId()).getResultList();
        Map<Long, List<ProposalView.Comment>> replies = new HashMap<>();
        for (ProposalComment c : all) {
            if (c.getParentId() != null && (!c.isHidden() || secretary)) {
                replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(comment(c, caller, now, List.of()));
            }
        }
        List<ProposalView.Comment> comments = new ArrayList<>();
        for (ProposalComment c : all) {
            if (c.getParentId() == null && (!c.isHidden() || secretary)) {
                comments.add(comment(c, caller, now, replies.getOrDefault(c.getId(), List.of())));
            }
        }
        List<ProposalView.FileItem> fileItems = new ArrayList<>();
        if (!p.getFileIds().isEmpty()) {
            for (Object[] r : em.createQuery("SELECT s.id, s.originalName, s.mediaType, s.size FROM StoredFile s WHERE s.id IN :ids ORDER BY s.id",
                    Object[].class).setParameter("ids", p.getFileIds()).getResultList()) {
                fileItems.add(new ProposalView.FileItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
            }
        }
        List<ProposalView.Step> history = em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = 'Proposal'"
                        + " AND e.entityId = :id ORDER BY e.id", AuditEvent.class).setParameter("id", p.getId()).getResultList().stream()
                .map(e -> new ProposalView.Step(e.getOccurredAt(), e.getActor(), e.getAction(), e.getFromState(), e.getToState(), e.getDetail()))
                .toList();
        Workspace home = caller.signedIn() ? homeBody(caller) : null;
        boolean author = caller.signedIn() && caller.username().equals(p.getAuthor());
        boolean ownBodyAdhered = home != null && adhesions.stream().anyMatch(a -> a.bodyId() == home.getId());
        ProposalView.Permissions can = new ProposalView.Permissions(
                secretary && ProposalAction.EVALUATE.allowedFrom(p.getState()),
                secretary && ProposalAction.ACCEPT.allowedFrom(p.getState()),
                author && ProposalAction.WITHDRAW.allowedFrom(p.getState()),
                home != null && !ownBodyAdhered && p.getState().acceptsAdhesions() && !home.getId().equals(p.getBody().getId()),
                ownBodyAdhered,
                caller.signedIn(),
                secretary,
                secretary && p.getState() == ProposalState.ACCEPTED && p.getLibraryEntryId() == null,
                secretary && p.getState() == ProposalState.ACCEPTED && p.getAgendaItemId() == null);
        List<ProposalView.SessionOption> options = List.of();
        if (can.toAgenda()) {
            options = em.createQuery("SELECT s FROM Session s WHERE s.workspace.id = :ws AND s.state IN :open"
                            + " ORDER BY s.startsAt, s.id", Session.class)
                    .setParameter("ws", p.getWorkspace().getId())
                    .setParameter("open", List.of(SessionState.PLANNED, SessionState.CONVENED)).getResultList().stream()
                    .map(s -> new ProposalView.SessionOption(s.getId(), sessionLabel(s), s.getStartsAt())).toList();
        }
        String agendaLabel = null;
        if (p.getAgendaSessionId() != null) {
            Session m = em.find(Session.class, p.getAgendaSessionId());
            agendaLabel = m == null ? null : sessionLabel(m);
        }
        ProposalCall call = p.getCall();
        return new ProposalView(p.getId(), call == null ? null : call.getId(), call == null ? null : call.getTitle(),
                p.getWorkspace().getId(), p.getWorkspace().getAcronym(), p.getBody().getId(), p.getBody().getAcronym(),
                p.getAuthor(), p.getTitle(), p.getSummary(), p.getText(), p.getTopic(), p.getState(), p.getAnswer(),
                p.getAdhesionCount(), p.getLibraryEntryId(), p.getSubmittedAt(), p.getUpdatedAt(), p.getVersion(),
                adhesions, comments, fileItems, history, can, p.getAgendaSessionId(), p.getAgendaItemId(), agendaLabel, options);
    }

    private static ProposalView.Comment comment(ProposalComment c, Caller caller, Instant now, List<ProposalView.Comment> replies) {
        boolean editable = caller.signedIn() && caller.username().equals(c.getAuthor()) && !c.isHidden()
                && editable(c.getCreatedAt(), now);
        return new ProposalView.Comment(c.getId(), c.getParentId(), c.getAuthor(), c.getText(), c.isHidden(), c.getCreatedAt(),
                c.getEditedAt(), c.getVersion(), editable, replies);
    }

    private static String sessionLabel(Session s) {
        return s.label() + " · " + s.getTitle();
    }

    private static String path(Proposal p) {
        return "/propuestas/ver.xhtml?id=" + p.getId();
    }

    private static JsonObjectBuilder event(String kind, String title, String path, long workspaceId, Visibility v) {
        return Json.createObjectBuilder().add("kind", kind).add("title", title).add("path", path)
                .add("workspaceId", workspaceId).add("visibility", v.name()).add("occurredAt", Instant.now().toString());
    }
}
