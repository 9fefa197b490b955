package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * What a change of an agreement leaves behind, in the same transaction: the timeline step, the
 * audit entry and the outbox events (state changed, published to the PNT, review requested,
 * sent back to or approved for its author, reminders). The payloads are read by the
 * integration module: their fields do not change.
 */
@Stateless
public class AgreementEvents {

    public static final String ENTITY = "Agreement";
    static final String SYSTEM_ACTOR = "sistema";

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    @EJB
    private AgreementRepository repository;

    @Inject
    private Clock clock;

    /** A line of the agreement's timeline. */
    public void step(Agreement a, Caller caller, String action, AgreementState from, AgreementState to, String comment) {
        repository.add(new AgreementStep(a, clock.instant(), caller.signedIn() ? caller.username() : SYSTEM_ACTOR,
                action, from, to, comment));
    }

    /** A timeline step and its audit entry, for changes that are not moves of the workflow. */
    public void changed(Agreement a, Caller caller, String step, String auditAction, String toState, String comment, String audited) {
        if (step != null) {
            step(a, caller, step, null, null, comment);
        }
        audit.record(caller, ENTITY, a.getId(), auditAction, null, toState, audited, scope(a));
    }

    /** An audit entry of this agreement (or, with another entity type, of one of its parts). */
    public void audited(Agreement a, String entity, long id, Caller caller, String action, String from, String to, String detail) {
        audit.record(caller, entity, id, action, from, to, detail, scope(a));
    }

    /** The audit scope of the agreement's events: they follow its workspace and visibility. */
    static AuditScope scope(Agreement a) {
        return AuditScope.partOf(ENTITY, a.getId(), a.getWorkspace().getId(), a.getVisibility());
    }

    /** A move of the workflow: timeline, audit and the stateChanged event; the successor of a renewal is recorded too. */
    public void moved(Agreement a, Caller caller, AgreementMove m) {
        repository.flush();
        step(a, caller, "transition", m.from(), m.to(), m.comment());
        audit.record(caller, ENTITY, a.getId(), "agreement.transition", m.from().name(), m.to().name(), m.comment(), scope(a));
        outbox.record("agreement.stateChanged", ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("from", m.from().name()).add("to", m.to().name()).build());
        if (m.renewal() != null) {
            Agreement next = m.renewal();
            repository.add(next);
            repository.flush();
            step(next, caller, "create", null, AgreementState.DRAFT, AgreementDetail.RENEWAL_NOTE + a.getId());
            audit.record(caller, ENTITY, next.getId(), "agreement.renewal", null, AgreementState.DRAFT.name(), "renews " + a.getId(),
                    scope(next));
            step(a, caller, "renewedBy", null, null, String.valueOf(next.getId()));
        }
        if (m.to() == AgreementState.LEGAL_REVIEW) {
            reviewRequested(a);
        }
        if (AgreementWorkflow.isSendBack(m.from(), m.to())) {
            toAuthor(a, caller, "agreement.sentBack", "AGREEMENT_SENT_BACK", m);
        }
        if (m.to() == AgreementState.APPROVED) {
            toAuthor(a, caller, "agreement.approved", "AGREEMENT_APPROVED", m);
        }
        if (m.to() == AgreementState.IN_FORCE && a.getVisibility() == mx.snt.vinculo.visibility.Visibility.PUBLIC) {
            published(a);
        }
    }

    /**
     * The system puts the agreement in force (or SIGNED, when its validity starts later) once the
     * last signature, the signed PDF and the validity are there; publication waits for IN_FORCE.
     */
    public void inForceIfComplete(Agreement a, Caller caller, java.time.LocalDate today, java.time.Instant now) {
        a.enterIntoForceIfComplete(today, now).ifPresent(m -> moved(a, caller, m));
    }

    /** The agreement in force and public, as the PNT receives it. */
    public void published(Agreement a) {
        repository.flush();
        Long pdf = a.signedPdf().map(AgreementAttachment::getId).orElse(null);
        String parties = a.getParties().stream().map(AgreementParty::getName).collect(Collectors.joining("; "));
        JsonArrayBuilder partyList = JSON.createArrayBuilder();
        for (AgreementParty p : a.getParties()) {
            partyList.add(JSON.createObjectBuilder().add("name", p.getName())
                    .add("category", p.getCategory().sipotLabel())
                    .add("signatory", p.getSignatory() == null ? "" : p.getSignatory())
                    .add("signatoryTitle", p.getSignatoryTitle() == null ? "" : p.getSignatoryTitle())
                    .add("signedOn", p.getSignedOn() == null ? "" : p.getSignedOn().toString()));
        }
        JsonObjectBuilder pnt = JSON.createObjectBuilder()
                .add("type", a.getType().name())
                .add("typeLabel", a.getType().sipotLabel())
                .add("partyList", partyList)
                .add("name", a.getTitle())
                .add("signedOn", a.getSignedOn().toString())
                .add("parties", parties)
                .add("objective", a.getPurpose())
                .add("validityStart", a.getValidityStart().toString())
                .add("validityEnd", a.getValidityEnd().toString())
                .add("documentPath", pdf == null ? "" : PagePaths.agreementFile(a.getId(), pdf));
        outbox.record("agreement.published", ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("pnt", pnt).build());
    }

    private void reviewRequested(Agreement a) {
        outbox.record("review.requested", ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("notice", "REVIEW_REQUESTED")
                        .add("recipients", recipients(repository.legalReviewers())).build());
    }

    /**
     * Tells the agreement's author what a reviewer or a commissioner did with it (sent back with
     * their comment, approved), by that person's name; nobody is told of their own move.
     */
    private void toAuthor(Agreement a, Caller caller, String eventType, String notice, AgreementMove m) {
        String author = a.getCreatedBy();
        if (author == null || author.equals(caller.username())) {
            return;
        }
        String actor = caller.signedIn() ? repository.displayName(caller.username()) : SYSTEM_ACTOR;
        outbox.record(eventType, ENTITY, a.getId(), a.getVersion(), a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle()).add("notice", notice).add("recipients", recipients(List.of(author)))
                        .add("actor", actor).add("from", m.from().name()).add("to", m.to().name())
                        .add("comment", m.comment() == null ? "" : m.comment()).build());
    }

    /** A reminder before a commitment falls due, once per threshold. */
    public void commitmentDueSoon(Commitment c, int daysBefore) {
        Agreement a = c.getAgreement();
        long ws = c.getParty().getBody() != null ? c.getParty().getBody().getId() : a.getWorkspace().getId();
        outbox.record("commitment.dueSoon", "Commitment", c.getId(), 0, a.getWorkspace().getId(),
                base("COMMITMENT", a, c.getDescription())
                        .add("dueDate", c.getDueDate().toString())
                        .add("daysBefore", daysBefore)
                        .add("party", c.getParty().getName())
                        .add("responsible", c.getResponsible())
                        .add("notice", "COMMITMENT_DUE")
                        .add("recipients", members(List.of(ws, a.getWorkspace().getId())))
                        .build(), "d" + daysBefore);
    }

    /** An alert before the agreement's validity ends, once per threshold, to every party body. */
    public void expiring(Agreement a, int daysBefore) {
        outbox.record("agreement.expiring", ENTITY, a.getId(), 0, a.getWorkspace().getId(),
                base("AGREEMENT", a, a.getTitle())
                        .add("validityEnd", a.getValidityEnd().toString())
                        .add("daysBefore", daysBefore)
                        .add("notice", "AGREEMENT_EXPIRING")
                        .add("recipients", members(a.partyBodyIds()))
                        .build(), "d" + daysBefore);
    }

    private JsonArrayBuilder members(Collection<Long> workspaceIds) {
        return recipients(repository.membersOf(workspaceIds));
    }

    private static JsonArrayBuilder recipients(List<String> usernames) {
        JsonArrayBuilder to = JSON.createArrayBuilder();
        usernames.forEach(to::add);
        return to;
    }

    /** The common fields; a commitment's event links to its agreement's page. */
    private JsonObjectBuilder base(String kind, Agreement a, String title) {
        return EventPayload.of(kind, a.getId(), title, PagePaths.agreement(a.getId()), a.getWorkspace().getId(),
                a.getVisibility(), clock.instant());
    }
}
