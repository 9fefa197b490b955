package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.agreements.AgreementInputs.Draft;
import mx.snt.vinculo.agreements.AgreementInputs.Filter;
import mx.snt.vinculo.agreements.AgreementInputs.NewCommitment;
import mx.snt.vinculo.agreements.AgreementInputs.Transition;
import mx.snt.vinculo.agreements.AgreementViews.Attachment;
import mx.snt.vinculo.agreements.AgreementViews.CommitmentView;
import mx.snt.vinculo.agreements.AgreementViews.Comparison;
import mx.snt.vinculo.agreements.AgreementViews.Dashboard;
import mx.snt.vinculo.agreements.AgreementViews.Detail;
import mx.snt.vinculo.agreements.AgreementViews.Permissions;
import mx.snt.vinculo.agreements.AgreementViews.Row;
import mx.snt.vinculo.agreements.AgreementViews.StateCount;
import mx.snt.vinculo.agreements.AgreementViews.Step;
import mx.snt.vinculo.agreements.AgreementViews.TextVersion;
import mx.snt.vinculo.agreements.AgreementViews.YearTypeCount;
import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileKind;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything done to agreements, for pages and API alike: every rule (visibility, roles,
 * workflow, dates, input) is checked here; a refusal throws before anything is written, and
 * the exceptions roll the transaction back.
 */
@Stateless
public class AgreementService {

    public static final String ENTITY = "Agreement";
    public static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final int MAX_TITLE = 300;
    static final int MAX_PURPOSE = 4000;
    static final int MAX_EXPORT = 5000;
    static final String DEFAULT_BODY_SIGNATORY = "Presidencia del Pleno";

    private static final String ROW = "SELECT NEW mx.snt.vinculo.agreements.AgreementViews$Row(a.id, w.id, w.acronym,"
            + " a.type, a.title, a.state, a.visibility, a.validityStart, a.validityEnd, a.signedOn, a.updatedAt)"
            + " FROM Agreement a JOIN a.workspace w";

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

    @Inject
    @ConfigProperty(name = "vinculo.agreements.reminder-days", defaultValue = "60,30")
    private String reminderDays;

    // ------------------------------------------------------------------ create and read

    /** Staff of a body start a draft in their body's workspace; the body is its first party. */
    public Detail create(long workspaceId, AgreementType type, String title, String purpose) {
        Caller caller = callers.current();
        Workspace w = em.find(Workspace.class, workspaceId);
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        if (w.getType() != WorkspaceType.BODY) {
            throw new ValidationException("agreement.workspace.body");
        }
        Actor actor = new Actor(caller.roles(), caller.memberOf(workspaceId), caller.memberOf(workspaceId), false);
        if (!actor.staffOfDrafter()) {
            throw new AgreementForbiddenException("agreement.create.role");
        }
        if (type == null) {
            throw new ValidationException("agreement.type.required");
        }
        String t = required(title, "agreement.title.required", MAX_TITLE, "agreement.title.tooLong");
        String p = required(purpose, "agreement.purpose.required", MAX_PURPOSE, "agreement.purpose.tooLong");
        Instant now = Instant.now();
        Agreement a = new Agreement(w, type, t, p, caller.username(), now);
        em.persist(a);
        // The body's usual signatory; the drafter corrects it in the parties form if another person signs.
        AgreementParty own = new AgreementParty(a, w, PartyCategory.BODY, w.getName(), DEFAULT_BODY_SIGNATORY, null, null, null, 1);
        a.getParties().add(own);
        em.persist(own);
        em.flush();
        step(a, caller, "create", null, AgreementState.DRAFT, null);
        audit.record(caller, ENTITY, a.getId(), "agreement.create", null, AgreementState.DRAFT.name(), t);
        return detail(a, caller);
    }

    /** The agreement with everything its page shows, if the caller may see it; otherwise not found. */
    public Detail get(long id) {
        Caller caller = callers.current();
        return detail(visible(id, caller), caller);
    }

    /** Agreements the caller may see, filtered and paged in the database, newest change first. */
    public Page<Row> list(Filter filter, int first, int size) {
        Caller caller = callers.current();
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        Query q = query(caller, filter == null ? Filter.all() : filter);
        TypedQuery<Row> rows = bind(em.createQuery(ROW + q.where + " ORDER BY a.updatedAt DESC, a.id DESC", Row.class), q);
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(a) FROM Agreement a JOIN a.workspace w" + q.where, Long.class), q);
        List<Row> items = rows.setFirstResult(first).setMaxResults(size).getResultList();
        return new Page<>(withParties(items), count.getSingleResult(), first, size);
    }

    /** The same filtering as {@link #list}, unpaged up to {@value #MAX_EXPORT} rows, for the spreadsheet. */
    public List<Row> export(Filter filter) {
        Caller caller = callers.current();
        Query q = query(caller, filter == null ? Filter.all() : filter);
        List<Row> items = bind(em.createQuery(ROW + q.where + " ORDER BY a.updatedAt DESC, a.id DESC", Row.class), q)
                .setMaxResults(MAX_EXPORT).getResultList();
        return withParties(items);
    }

    /** Counts by state, by year (of drafting) and type, among what the caller may see. */
    public Dashboard dashboard() {
        Caller caller = callers.current();
        Query q = query(caller, Filter.all());
        List<StateCount> byState = new ArrayList<>();
        for (Object[] r : bind(em.createQuery("SELECT a.state, COUNT(a) FROM Agreement a JOIN a.workspace w" + q.where
                + " GROUP BY a.state", Object[].class), q).getResultList()) {
            byState.add(new StateCount((AgreementState) r[0], ((Number) r[1]).longValue()));
        }
        byState.sort((x, y) -> x.state().compareTo(y.state()));
        List<YearTypeCount> byYear = new ArrayList<>();
        for (Object[] r : bind(em.createQuery("SELECT FUNCTION('YEAR', a.createdAt), a.type, COUNT(a) FROM Agreement a"
                + " JOIN a.workspace w" + q.where + " GROUP BY FUNCTION('YEAR', a.createdAt), a.type", Object[].class), q).getResultList()) {
            byYear.add(new YearTypeCount(((Number) r[0]).intValue(), (AgreementType) r[1], ((Number) r[2]).longValue()));
        }
        byYear.sort((x, y) -> x.year() != y.year() ? Integer.compare(x.year(), y.year()) : x.type().compareTo(y.type()));
        LocalDate today = LocalDate.now(MEXICO);
        int soon = reminderList().stream().max(Integer::compare).orElse(60);
        Query expiring = query(caller, new Filter(null, null, null, null, soon));
        long expiringSoon = bind(em.createQuery("SELECT COUNT(a) FROM Agreement a JOIN a.workspace w" + expiring.where, Long.class), expiring)
                .getSingleResult();
        long overdue = bind(em.createQuery("SELECT COUNT(c) FROM Commitment c JOIN c.agreement a JOIN a.workspace w" + q.where
                + " AND c.status = :overdueStatus", Long.class), q).setParameter("overdueStatus", CommitmentStatus.OVERDUE)
                .getSingleResult();
        return new Dashboard(byState, byYear, expiringSoon, overdue);
    }

    /** Two saved versions of the text side by side. */
    public Comparison compare(long id, int left, int right) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        return new Comparison(a.getId(), a.getTitle(), left, right, TextDiff.ofHtml(textOf(a, left), textOf(a, right)));
    }

    /** One saved version's text (sanitized when saved). */
    public String versionText(long id, int number) {
        Caller caller = callers.current();
        return textOf(visible(id, caller), number);
    }

    /** An attachment's bytes, after the agreement's visibility check. */
    public FileContent attachment(long id, long attachmentId) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementAttachment t = em.find(AgreementAttachment.class, attachmentId);
        if (t == null || !t.getAgreement().getId().equals(a.getId())) {
            throw new NotFoundException();
        }
        return files.read(t.getFileId());
    }

    // ------------------------------------------------------------------ drafting

    /** Saves the draft; a changed text becomes a new version. A stale version is a conflict: nothing is overwritten. */
    public Detail saveDraft(long id, long expectedVersion, Draft in) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkEdit(a.getState(), actor(caller, a));
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        if (in == null || in.type() == null) {
            throw new ValidationException("agreement.type.required");
        }
        String t = required(in.title(), "agreement.title.required", MAX_TITLE, "agreement.title.tooLong");
        String p = required(in.purpose(), "agreement.purpose.required", MAX_PURPOSE, "agreement.purpose.tooLong");
        AgreementDates.checkValidity(in.validityStart(), in.validityEnd());
        String html = AgreementText.clean(in.html());
        Instant now = Instant.now();
        a.describe(in.type(), t, p, in.validityStart(), in.validityEnd(), in.publicInForce() == null || in.publicInForce(), now);
        if (!html.equals(a.getBodyHtml())) {
            int n = a.newText(html, now);
            em.persist(new AgreementTextVersion(a, n, html, caller.username(), now));
            step(a, caller, "text", null, null, String.valueOf(n));
            audit.record(caller, ENTITY, a.getId(), "agreement.text", null, null, "v" + n);
        }
        em.flush();
        return detail(a, caller);
    }

    public Detail addParty(long id, AgreementInputs.Party in) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkEdit(a.getState(), actor(caller, a));
        if (in == null) {
            throw new ValidationException("agreement.party.name.required");
        }
        String signatory = required(in.signatory(), "agreement.party.signatory.required", 200, "agreement.field.tooLong");
        String title = optional(in.signatoryTitle(), 200);
        String contact = optional(in.contactName(), 200);
        String email = optional(in.contactEmail(), 255);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("agreement.party.email");
        }
        AgreementParty party;
        int position = a.getParties().size() + 1;
        if (in.bodyId() != null) {
            Workspace body = em.find(Workspace.class, in.bodyId());
            if (body == null || body.getType() != WorkspaceType.BODY) {
                throw new ValidationException("agreement.party.body");
            }
            if (a.getParties().stream().anyMatch(x -> x.getBody() != null && x.getBody().getId().equals(body.getId()))) {
                throw new ValidationException("agreement.party.duplicate");
            }
            party = new AgreementParty(a, body, PartyCategory.BODY, body.getName(), signatory, title, contact, email, position);
        } else {
            if (in.category() == null || in.category() == PartyCategory.BODY) {
                throw new ValidationException("agreement.party.category");
            }
            String name = required(in.name(), "agreement.party.name.required", 300, "agreement.field.tooLong");
            if (a.getParties().stream().anyMatch(x -> x.getBody() == null && x.getName().equalsIgnoreCase(name))) {
                throw new ValidationException("agreement.party.duplicate");
            }
            party = new AgreementParty(a, null, in.category(), name, signatory, title, contact, email, position);
        }
        a.getParties().add(party);
        em.persist(party);
        em.flush();
        step(a, caller, "party.add", null, null, party.getName());
        audit.record(caller, ENTITY, a.getId(), "agreement.party.add", null, null, party.getName());
        return detail(a, caller);
    }

    /** Updates the signatory and contact of a party (the drafting body's own signatory among them). */
    public Detail updateParty(long id, long partyId, AgreementInputs.Party in) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkEdit(a.getState(), actor(caller, a));
        AgreementParty p = partyOf(a, partyId);
        String signatory = required(in == null ? null : in.signatory(), "agreement.party.signatory.required", 200, "agreement.field.tooLong");
        String email = optional(in.contactEmail(), 255);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("agreement.party.email");
        }
        em.createQuery("UPDATE AgreementParty p SET p.signatory = :s, p.signatoryTitle = :t, p.contactName = :c,"
                        + " p.contactEmail = :e WHERE p.id = :id")
                .setParameter("s", signatory).setParameter("t", optional(in.signatoryTitle(), 200))
                .setParameter("c", optional(in.contactName(), 200)).setParameter("e", email)
                .setParameter("id", p.getId()).executeUpdate();
        em.refresh(p);
        audit.record(caller, ENTITY, a.getId(), "agreement.party.update", null, null, p.getName());
        return detail(a, caller);
    }

    public Detail removeParty(long id, long partyId) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkEdit(a.getState(), actor(caller, a));
        AgreementParty p = partyOf(a, partyId);
        if (p.getBody() != null && p.getBody().getId().equals(a.getWorkspace().getId())) {
            throw new ValidationException("agreement.party.drafter");
        }
        long commitments = em.createQuery("SELECT COUNT(c) FROM Commitment c WHERE c.party = :p", Long.class)
                .setParameter("p", p).getSingleResult();
        if (commitments > 0) {
            throw new ValidationException("agreement.party.hasCommitments");
        }
        a.getParties().remove(p);
        em.remove(p);
        em.flush();
        step(a, caller, "party.remove", null, null, p.getName());
        audit.record(caller, ENTITY, a.getId(), "agreement.party.remove", null, null, p.getName());
        return detail(a, caller);
    }

    // ------------------------------------------------------------------ workflow

    /** A move of the workflow, checked for order and role; recorded in the timeline and the audit trail. */
    public Detail transition(long id, long expectedVersion, AgreementState to, Transition in) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        Transition input = in == null ? Transition.none() : in;
        AgreementState from = a.getState();
        AgreementWorkflow.check(from, to, actor(caller, a), a.isLegalCleared());
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        String comment = optional(input.comment(), 2000);
        LocalDate today = LocalDate.now(MEXICO);
        switch (to) {
            case INTERNAL_REVIEW -> {
                if (a.getParties().size() < 2) {
                    throw new ValidationException("agreement.parties.min");
                }
                if (a.getBodyHtml().isBlank()) {
                    throw new ValidationException("agreement.text.required");
                }
            }
            case DRAFT -> {
                if (comment == null) {
                    throw new ValidationException("agreement.comment.required");
                }
            }
            case APPROVED -> {
                String number = optional(input.acuerdoNumber(), 100);
                if ((number == null) != (input.acuerdoDate() == null)) {
                    throw new ValidationException("agreement.acuerdo.incomplete");
                }
                if (input.acuerdoDate() != null && input.acuerdoDate().isAfter(today)) {
                    throw new ValidationException("agreement.acuerdo.future");
                }
                a.approvedBy(number, input.acuerdoDate());
                if (number != null) {
                    comment = comment == null ? number : number + " — " + comment;
                }
            }
            case SIGNING -> a.getParties().forEach(AgreementParty::clearSignature);
            case TERMINATED -> {
                String reason = optional(input.reason(), 1000);
                if (reason == null || input.endDate() == null) {
                    throw new ValidationException("agreement.terminate.required");
                }
                if (a.getValidityStart() != null && input.endDate().isBefore(a.getValidityStart())) {
                    throw new ValidationException("agreement.terminate.beforeStart");
                }
                a.ended(input.endDate(), reason);
                comment = comment == null ? reason : reason + " — " + comment;
            }
            default -> {
                // RENEWED: handled after the move
            }
        }
        move(a, caller, from, to, comment);
        if (to == AgreementState.RENEWED) {
            Agreement next = renew(a, caller);
            a.ended(today, null);
            step(a, caller, "renewedBy", null, null, String.valueOf(next.getId()));
        }
        if (to == AgreementState.LEGAL_REVIEW) {
            requestLegalReview(a);
        }
        em.flush();
        return detail(a, caller);
    }

    /** Legal's favourable opinion (the agreement stays in LEGAL_REVIEW until a commissioner approves). */
    public Detail clearLegal(long id, long expectedVersion, String comment) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkClear(a.getState(), actor(caller, a));
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        a.clearLegal(Instant.now());
        em.flush();
        step(a, caller, "legal.cleared", null, null, optional(comment, 2000));
        audit.record(caller, ENTITY, a.getId(), "agreement.legalCleared", a.getState().name(), a.getState().name(), optional(comment, 2000));
        return detail(a, caller);
    }

    /** Records a party's signature; the last one (with the signed PDF and the validity) puts the agreement in force. */
    public Detail sign(long id, long partyId, LocalDate date) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkSigning(a.getState(), actor(caller, a));
        AgreementParty p = a.getParties().stream().filter(x -> x.getId() == partyId).findFirst()
                .orElseThrow(() -> new ValidationException("agreement.sign.party"));
        if (date == null) {
            throw new ValidationException("agreement.sign.date");
        }
        if (date.isAfter(LocalDate.now(MEXICO))) {
            throw new ValidationException("agreement.sign.future");
        }
        if (a.getAcuerdoDate() != null && date.isBefore(a.getAcuerdoDate())) {
            throw new ValidationException("agreement.sign.beforeApproval");
        }
        p.sign(date, caller.username());
        a.touch(Instant.now());
        em.flush();
        step(a, caller, "signature", null, null, p.getName() + " · " + date);
        audit.record(caller, ENTITY, a.getId(), "agreement.signature", null, null, p.getName() + " " + date);
        enterIntoForceIfComplete(a, caller);
        return detail(a, caller);
    }

    /** The validity, while drafting (with the draft) or while signing, never with the end before the start. */
    public Detail setValidity(long id, long expectedVersion, LocalDate start, LocalDate end) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkSigning(a.getState(), actor(caller, a));
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        AgreementDates.checkValidityComplete(start, end);
        a.describe(a.getType(), a.getTitle(), a.getPurpose(), start, end, a.isPublicInForce(), Instant.now());
        em.flush();
        audit.record(caller, ENTITY, a.getId(), "agreement.validity", null, null, start + " – " + end);
        enterIntoForceIfComplete(a, caller);
        return detail(a, caller);
    }

    /** An annex (any accepted kind, until the agreement ends) or the signed PDF (a PDF, while signing). */
    public Detail attach(long id, AttachmentKind kind, String fileName, byte[] content) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        Actor actor = actor(caller, a);
        if (kind == null) {
            throw new ValidationException("agreement.attachment.kind");
        }
        if (kind == AttachmentKind.SIGNED_PDF) {
            AgreementWorkflow.checkSigning(a.getState(), actor);
        } else if (a.getState().ended()) {
            throw new ValidationException("agreement.attachment.state");
        } else if (!actor.staffOfDrafter()) {
            throw new AgreementForbiddenException("agreement.edit.role");
        }
        // Checked before anything is stored: content, size, and (for the signed copy) a real PDF.
        FileKind detected = FileStore.check(fileName, content, files.maxBytes());
        if (kind == AttachmentKind.SIGNED_PDF && detected != FileKind.PDF) {
            throw new ValidationException("agreement.signedPdf.kind");
        }
        FileRef ref = files.store(fileName, content, caller.username());
        em.persist(new AgreementAttachment(a, ref.id(), kind));
        a.touch(Instant.now());
        em.flush();
        step(a, caller, kind == AttachmentKind.SIGNED_PDF ? "signedPdf" : "annex", null, null, ref.name());
        audit.record(caller, ENTITY, a.getId(), "agreement.attachment", null, kind.name(), ref.name());
        if (kind == AttachmentKind.SIGNED_PDF) {
            enterIntoForceIfComplete(a, caller);
        }
        return detail(a, caller);
    }

    // ------------------------------------------------------------------ commitments

    public Detail addCommitment(long id, NewCommitment in) {
        Caller caller = callers.current();
        Agreement a = visible(id, caller);
        AgreementWorkflow.checkCommitments(a.getState(), actor(caller, a));
        if (in == null || in.partyId() == null) {
            throw new ValidationException("agreement.commitment.party");
        }
        AgreementParty p = a.getParties().stream().filter(x -> x.getId().equals(in.partyId())).findFirst()
                .orElseThrow(() -> new ValidationException("agreement.commitment.party"));
        String what = required(in.description(), "agreement.commitment.description", 1000, "agreement.field.tooLong");
        String who = required(in.responsible(), "agreement.commitment.responsible", 200, "agreement.field.tooLong");
        if (in.dueDate() == null) {
            throw new ValidationException("agreement.commitment.due");
        }
        Commitment c = new Commitment(a, p, what, who, in.dueDate(), Instant.now());
        em.persist(c);
        em.flush();
        step(a, caller, "commitment.add", null, null, what);
        audit.record(caller, "Commitment", c.getId(), "commitment.create", null, c.getStatus().name(), what);
        return detail(a, caller);
    }

    public Detail updateCommitment(long commitmentId, long expectedVersion, CommitmentStatus status, String evidence) {
        Caller caller = callers.current();
        Commitment c = em.find(Commitment.class, commitmentId);
        if (c == null) {
            throw new NotFoundException();
        }
        Agreement a = visible(c.getAgreement().getId(), caller);
        AgreementWorkflow.checkCommitments(a.getState(), actor(caller, a));
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        if (status == null) {
            throw new ValidationException("agreement.commitment.status");
        }
        CommitmentStatus before = c.getStatus();
        LocalDate today = LocalDate.now(MEXICO);
        // Reopening something late keeps it overdue: the date rule, not the person, says so.
        CommitmentStatus effective = AgreementDates.overdue(status, c.getDueDate(), today) ? CommitmentStatus.OVERDUE : status;
        c.update(effective, optional(evidence, 2000), Instant.now());
        em.flush();
        step(a, caller, "commitment.update", null, null, c.getDescription() + " · " + effective.name());
        audit.record(caller, "Commitment", c.getId(), "commitment.update", before.name(), effective.name(), c.getEvidence());
        return detail(a, caller);
    }

    // ------------------------------------------------------------------ the daily job

    /** Marks overdue commitments, expires agreements past their validity, and queues the reminders. */
    public DailyResult runDaily(LocalDate today) {
        Caller system = Caller.anonymous();
        int overdue = 0;
        for (Commitment c : em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.agreement WHERE c.status IN :open AND c.dueDate < :today",
                        Commitment.class)
                .setParameter("open", List.of(CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS))
                .setParameter("today", today).getResultList()) {
            CommitmentStatus before = c.getStatus();
            c.update(CommitmentStatus.OVERDUE, c.getEvidence(), Instant.now());
            audit.record(system, "Commitment", c.getId(), "commitment.overdue", before.name(), CommitmentStatus.OVERDUE.name(), null);
            overdue++;
        }
        int expired = 0;
        for (Agreement a : em.createQuery("SELECT a FROM Agreement a WHERE a.state = :s AND a.validityEnd < :today", Agreement.class)
                .setParameter("s", AgreementState.IN_FORCE).setParameter("today", today).getResultList()) {
            a.ended(a.getValidityEnd(), null);
            move(a, system, AgreementState.IN_FORCE, AgreementState.EXPIRED, null);
            expired++;
        }
        em.flush();
        List<Integer> days = reminderList();
        int horizon = days.stream().max(Integer::compare).orElse(60);
        int reminders = 0;
        for (Commitment c : em.createQuery("SELECT c FROM Commitment c JOIN FETCH c.agreement a JOIN FETCH c.party"
                        + " WHERE c.status IN :open AND c.dueDate >= :today AND c.dueDate <= :until AND a.state IN :live", Commitment.class)
                .setParameter("open", List.of(CommitmentStatus.PENDING, CommitmentStatus.IN_PROGRESS))
                .setParameter("today", today).setParameter("until", today.plusDays(horizon))
                .setParameter("live", List.of(AgreementState.SIGNING, AgreementState.IN_FORCE, AgreementState.APPROVED))
                .getResultList()) {
            Optional<Integer> t = AgreementDates.reminderThreshold(today, c.getDueDate(), days);
            if (t.isPresent()) {
                Agreement a = c.getAgreement();
                long ws = c.getParty().getBody() != null ? c.getParty().getBody().getId() : a.getWorkspace().getId();
                outbox.record("commitment.dueSoon", "Commitment", c.getId(), 0, a.getWorkspace().getId(),
                        base("COMMITMENT", a, c.getDescription())
                                .add("dueDate", c.getDueDate().toString())
                                .add("daysBefore", t.get())
                                .add("party", c.getParty().getName())
                                .add("responsible", c.getResponsible())
                                .add("notice", "COMMITMENT_DUE")
                                .add("recipients", recipients(List.of(ws, a.getWorkspace().getId())))
                                .build(), "d" + t.get());
                reminders++;
            }
        }
        for (Agreement a : em.createQuery("SELECT a FROM Agreement a WHERE a.state = :s AND a.validityEnd >= :today"
                        + " AND a.validityEnd <= :until", Agreement.class)
                .setParameter("s", AgreementState.IN_FORCE).setParameter("today", today)
                .setParameter("until", today.plusDays(horizon)).getResultList()) {
            Optional<Integer> t = AgreementDates.reminderThreshold(today, a.getValidityEnd(), days);
            if (t.isPresent()) {
                outbox.record("agreement.expiring", ENTITY, a.getId(), 0, a.getWorkspace().getId(),
                        base("AGREEMENT", a, a.getTitle())
                                .add("validityEnd", a.getValidityEnd().toString())
                                .add("daysBefore", t.get())
                                .add("notice", "AGREEMENT_EXPIRING")
                                .add("recipients", recipients(partyBodyIds(a)))
                                .build(), "d" + t.get());
                reminders++;
            }
        }
        return new DailyResult(overdue, expired, reminders);
    }

    /** What a daily run did. */
    public record DailyResult(int overdueCommitments, int expiredAgreements, int reminders) implements java.io.Serializable {
    }

    /** An administrator runs the daily job now (it is idempotent: reminders are keyed per threshold). */
    public DailyResult runDailyNow() {
        callers.require(Role.ADMIN);
        return runDaily(LocalDate.now(MEXICO));
    }

    public List<Integer> reminderList() {
        return AgreementDates.parseDays(reminderDays);
    }

    // ------------------------------------------------------------------ internals

    private Agreement visible(long id, Caller caller) {
        Agreement a = em.find(Agreement.class, id);
        if (a == null || !AgreementAccess.canSee(caller, a.getWorkspace().getId(), a.getVisibility(), partyBodyIds(a), a.getState())) {
            throw new NotFoundException();
        }
        return a;
    }

    private static List<Long> partyBodyIds(Agreement a) {
        return a.getParties().stream().filter(p -> p.getBody() != null).map(p -> p.getBody().getId()).toList();
    }

    private static Actor actor(Caller caller, Agreement a) {
        long ws = a.getWorkspace().getId();
        return new Actor(caller.roles(), caller.signedIn() && caller.memberOf(ws),
                AgreementAccess.partyMember(caller, ws, partyBodyIds(a)), false);
    }

    private AgreementParty partyOf(Agreement a, long partyId) {
        return a.getParties().stream().filter(x -> x.getId() == partyId).findFirst()
                .orElseThrow(() -> new ValidationException("agreement.party.notOnAgreement"));
    }

    private void move(Agreement a, Caller caller, AgreementState from, AgreementState to, String comment) {
        a.moveTo(to, Instant.now());
        em.flush();
        step(a, caller, "transition", from, to, comment);
        audit.record(caller, ENTITY, a.getId(), "agreement.transition", from.name(), to.name(), comment);
        outbox.record("agreement.stateChanged", ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("from", from.name()).add("to", to.name()).build());
    }

    private void enterIntoForceIfComplete(Agreement a, Caller caller) {
        boolean allSigned = a.getParties().stream().allMatch(p -> p.getSignedOn() != null);
        boolean signedPdf = em.createQuery("SELECT COUNT(t) FROM AgreementAttachment t WHERE t.agreement = :a AND t.kind = :k", Long.class)
                .setParameter("a", a).setParameter("k", AttachmentKind.SIGNED_PDF).getSingleResult() > 0;
        if (a.getState() != AgreementState.SIGNING || !allSigned || !signedPdf
                || a.getValidityStart() == null || a.getValidityEnd() == null) {
            return;
        }
        AgreementDates.checkValidityComplete(a.getValidityStart(), a.getValidityEnd());
        LocalDate lastSignature = a.getParties().stream().map(AgreementParty::getSignedOn).max(LocalDate::compareTo).orElseThrow();
        a.signedOn(lastSignature);
        if (a.isPublicInForce()) {
            a.changeVisibility(Visibility.PUBLIC);
        }
        move(a, caller, AgreementState.SIGNING, AgreementState.IN_FORCE, null);
        if (a.getVisibility() == Visibility.PUBLIC) {
            publish(a);
        }
    }

    /**
     * For the demo seed (the system, no caller, inside the seed's transaction): the outbox
     * event of an agreement the seed left IN_FORCE and PUBLIC, as a real entry into force records it.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.MANDATORY)
    public void seedPublication(Agreement a) {
        em.flush();
        publish(a);
    }

    private void publish(Agreement a) {
        Long pdf = em.createQuery("SELECT t.id FROM AgreementAttachment t WHERE t.agreement = :a AND t.kind = :k ORDER BY t.id DESC", Long.class)
                .setParameter("a", a).setParameter("k", AttachmentKind.SIGNED_PDF).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
        String parties = a.getParties().stream().map(AgreementParty::getName).collect(Collectors.joining("; "));
        JsonArrayBuilder partyList = Json.createArrayBuilder();
        for (AgreementParty p : a.getParties()) {
            partyList.add(Json.createObjectBuilder().add("name", p.getName())
                    .add("category", p.getCategory().sipotLabel())
                    .add("signatory", p.getSignatory() == null ? "" : p.getSignatory())
                    .add("signatoryTitle", p.getSignatoryTitle() == null ? "" : p.getSignatoryTitle())
                    .add("signedOn", p.getSignedOn() == null ? "" : p.getSignedOn().toString()));
        }
        JsonObjectBuilder pnt = Json.createObjectBuilder()
                .add("type", a.getType().name())
                .add("typeLabel", a.getType().sipotLabel())
                .add("partyList", partyList)
                .add("name", a.getTitle())
                .add("signedOn", a.getSignedOn().toString())
                .add("parties", parties)
                .add("objective", a.getPurpose())
                .add("validityStart", a.getValidityStart().toString())
                .add("validityEnd", a.getValidityEnd().toString())
                .add("documentPath", pdf == null ? "" : "/convenios/archivo?convenio=" + a.getId() + "&id=" + pdf);
        outbox.record("agreement.published", ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("pnt", pnt).build());
    }

    private void requestLegalReview(Agreement a) {
        List<String> legal = em.createQuery("SELECT m.username FROM Member m JOIN m.roles r WHERE r = :role ORDER BY m.username", String.class)
                .setParameter("role", Role.JURIDICO).getResultList();
        JsonArrayBuilder to = Json.createArrayBuilder();
        legal.forEach(to::add);
        outbox.record("review.requested", ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("notice", "REVIEW_REQUESTED").add("recipients", to).build());
    }

    private JsonArrayBuilder recipients(Collection<Long> workspaceIds) {
        JsonArrayBuilder to = Json.createArrayBuilder();
        if (!workspaceIds.isEmpty()) {
            em.createQuery("SELECT DISTINCT ms.member.username FROM Membership ms WHERE ms.workspace.id IN :ws ORDER BY ms.member.username", String.class)
                    .setParameter("ws", List.copyOf(workspaceIds)).getResultList().forEach(to::add);
        }
        return to;
    }

    private static JsonObjectBuilder base(String kind, Agreement a, String title) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("id", a.getId())
                .add("title", title)
                .add("path", "/convenios/ver.xhtml?id=" + a.getId())
                .add("workspaceId", a.getWorkspace().getId())
                .add("visibility", a.getVisibility().name())
                .add("occurredAt", Instant.now().toString());
    }

    private Agreement renew(Agreement old, Caller caller) {
        Instant now = Instant.now();
        Agreement next = new Agreement(old.getWorkspace(), old.getType(), old.getTitle(), old.getPurpose(), caller.username(), now);
        next.renews(old);
        next.describe(old.getType(), old.getTitle(), old.getPurpose(), null, null, old.isPublicInForce(), now);
        em.persist(next);
        for (AgreementParty p : old.getParties()) {
            AgreementParty copy = new AgreementParty(next, p.getBody(), p.getCategory(), p.getName(), p.getSignatory(),
                    p.getSignatoryTitle(), p.getContactName(), p.getContactEmail(), p.getPosition());
            next.getParties().add(copy);
            em.persist(copy);
        }
        if (!old.getBodyHtml().isBlank()) {
            int n = next.newText(old.getBodyHtml(), now);
            em.persist(new AgreementTextVersion(next, n, old.getBodyHtml(), caller.username(), now));
        }
        em.flush();
        step(next, caller, "create", null, AgreementState.DRAFT, "renews:" + old.getId());
        audit.record(caller, ENTITY, next.getId(), "agreement.renewal", null, AgreementState.DRAFT.name(), "renews " + old.getId());
        return next;
    }

    private void step(Agreement a, Caller caller, String action, AgreementState from, AgreementState to, String comment) {
        em.persist(new AgreementStep(a, Instant.now(), caller.signedIn() ? caller.username() : "sistema", action, from, to, comment));
    }

    private String textOf(Agreement a, int number) {
        if (number == 0) {
            return "";
        }
        return em.createQuery("SELECT v.bodyHtml FROM AgreementTextVersion v WHERE v.agreement = :a AND v.number = :n", String.class)
                .setParameter("a", a).setParameter("n", number).getResultList().stream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Detail detail(Agreement a, Caller caller) {
        Actor actor = actor(caller, a);
        List<AgreementViews.Party> parties = a.getParties().stream()
                .map(p -> new AgreementViews.Party(p.getId(), p.getBody() == null ? null : p.getBody().getId(), p.getCategory(),
                        p.getName(), p.getSignatory(), p.getSignatoryTitle(), p.getContactName(), p.getContactEmail(), p.getSignedOn()))
                .toList();
        List<CommitmentView> commitments = em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementViews$CommitmentView("
                        + "c.id, p.id, p.name, c.description, c.responsible, c.dueDate, c.status, c.evidence, c.version)"
                        + " FROM Commitment c JOIN c.party p WHERE c.agreement = :a ORDER BY c.dueDate, c.id", CommitmentView.class)
                .setParameter("a", a).getResultList();
        List<Attachment> attachments = em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementViews$Attachment("
                        + "t.id, t.kind, f.originalName, f.mediaType, f.size, f.uploadedBy, f.uploadedAt)"
                        + " FROM AgreementAttachment t, StoredFile f WHERE f.id = t.fileId AND t.agreement = :a ORDER BY t.id", Attachment.class)
                .setParameter("a", a).getResultList();
        List<Step> timeline = em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementViews$Step("
                        + "s.occurredAt, s.actor, s.action, s.fromState, s.toState, s.comment)"
                        + " FROM AgreementStep s WHERE s.agreement = :a ORDER BY s.occurredAt, s.id", Step.class)
                .setParameter("a", a).getResultList();
        List<TextVersion> versions = em.createQuery("SELECT NEW mx.snt.vinculo.agreements.AgreementViews$TextVersion("
                        + "v.number, v.savedBy, v.savedAt) FROM AgreementTextVersion v WHERE v.agreement = :a ORDER BY v.number DESC", TextVersion.class)
                .setParameter("a", a).getResultList();
        if (!caller.signedIn()) {
            // The public reads a published agreement, not its people: no contacts, no internal timeline.
            parties = parties.stream().map(p -> new AgreementViews.Party(p.id(), p.bodyId(), p.category(), p.name(),
                    p.signatory(), p.signatoryTitle(), null, null, p.signedOn())).toList();
            timeline = List.of();
            versions = List.of();
            attachments = attachments.stream().map(t -> new Attachment(t.id(), t.kind(), t.name(), t.mediaType(), t.size(),
                    null, t.uploadedAt())).toList();
        }
        Long renewedBy = em.createQuery("SELECT n.id FROM Agreement n WHERE n.renewedFrom = :a", Long.class)
                .setParameter("a", a).getResultList().stream().findFirst().orElse(null);
        boolean ended = a.getState().ended();
        Permissions can = new Permissions(AgreementWorkflow.available(a.getState(), actor),
                AgreementWorkflow.mayEdit(a.getState(), actor),
                a.getState() == AgreementState.LEGAL_REVIEW && actor.legal() && !a.isLegalCleared(),
                a.getState() == AgreementState.SIGNING && actor.staffOfDrafter(),
                !ended && AgreementWorkflow.mayTrack(actor),
                !ended && actor.staffOfDrafter());
        return new Detail(a.getId(), a.getWorkspace().getId(), a.getWorkspace().getAcronym(), a.getType(), a.getTitle(),
                a.getPurpose(), a.getBodyHtml(), a.getTextVersion(), a.getState(), a.getVisibility(), a.isPublicInForce(),
                a.isLegalCleared(), a.getAcuerdoNumber(), a.getAcuerdoDate(), a.getValidityStart(), a.getValidityEnd(),
                a.getSignedOn(), a.getEndedOn(), a.getEndReason(), a.getRenewedFrom() == null ? null : a.getRenewedFrom().getId(),
                renewedBy, a.getCreatedBy(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), parties, commitments,
                attachments, timeline, versions, can);
    }

    /** A JPQL WHERE clause (visibility + filters) and its parameters. */
    private record Query(String where, Map<String, Object> params) {
    }

    private Query query(Caller caller, Filter f) {
        VisibilityRule.Filter access = AgreementAccess.filter(caller, "a");
        StringBuilder where = new StringBuilder(" WHERE ").append(access.jpql());
        Map<String, Object> params = new LinkedHashMap<>(access.parameters());
        if (f.workspaceId() != null) {
            where.append(" AND (w.id = :fWs OR EXISTS (SELECT fp.id FROM AgreementParty fp WHERE fp.agreement = a AND fp.body.id = :fWs))");
            params.put("fWs", f.workspaceId());
        }
        if (f.state() != null) {
            where.append(" AND a.state = :fState");
            params.put("fState", f.state());
        }
        if (f.type() != null) {
            where.append(" AND a.type = :fType");
            params.put("fType", f.type());
        }
        if (f.party() != null && !f.party().isBlank()) {
            where.append(" AND EXISTS (SELECT np.id FROM AgreementParty np WHERE np.agreement = a AND LOWER(np.name) LIKE :fParty)");
            params.put("fParty", "%" + f.party().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (f.expiringDays() != null && f.expiringDays() > 0) {
            LocalDate today = LocalDate.now(MEXICO);
            where.append(" AND a.state = :fInForce AND a.validityEnd >= :fToday AND a.validityEnd <= :fUntil");
            params.put("fInForce", AgreementState.IN_FORCE);
            params.put("fToday", today);
            params.put("fUntil", today.plusDays(f.expiringDays()));
        }
        return new Query(where.toString(), params);
    }

    private static <Q extends TypedQuery<?>> Q bind(Q q, Query query) {
        query.params().forEach(q::setParameter);
        return q;
    }

    /** The party names of a page of rows, in one query. */
    private List<Row> withParties(List<Row> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> names = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT p.agreement.id, p.name FROM AgreementParty p WHERE p.agreement.id IN :ids"
                + " ORDER BY p.position", Object[].class).setParameter("ids", rows.stream().map(Row::id).toList()).getResultList()) {
            names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return rows.stream().map(r -> r.withParties(String.join("; ", names.getOrDefault(r.id(), List.of())))).toList();
    }

    private static String required(String value, String requiredKey, int max, String tooLongKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new ValidationException(requiredKey);
        }
        if (v.length() > max) {
            throw new ValidationException(tooLongKey, max);
        }
        return v;
    }

    private static String optional(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new ValidationException("agreement.field.tooLong", max);
        }
        return v;
    }
}
