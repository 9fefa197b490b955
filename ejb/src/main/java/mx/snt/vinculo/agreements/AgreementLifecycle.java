package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import mx.snt.vinculo.agreements.AgreementInputs.Transition;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The workflow: moves between states, legal clearance, signatures and the validity (the last of
 * which may put the agreement in force), renewal. The checks are the aggregate's.
 */
@Stateless
public class AgreementLifecycle {

    @EJB
    private Callers callers;

    @EJB
    private AgreementRepository repository;

    @EJB
    private AgreementAssembler assembler;

    @EJB
    private AgreementEvents events;

    @Inject
    private Clock clock;

    /** A move of the workflow, checked by the aggregate; recorded in the timeline, the audit trail and the outbox. */
    public AgreementDetail transition(long id, long expectedVersion, AgreementState to, Transition in) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        AgreementMove moved = a.transition(to, AgreementAccess.actor(caller, a), expectedVersion, in, caller.username(),
                MexicoCity.today(clock), clock.instant());
        events.moved(a, caller, moved);
        return assembler.detail(a, caller);
    }

    /** Legal's favourable opinion (the agreement stays in LEGAL_REVIEW until a commissioner approves). */
    public AgreementDetail clearLegal(long id, long expectedVersion, String comment) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        a.clearLegal(AgreementAccess.actor(caller, a), expectedVersion, clock.instant());
        String note = AgreementDraft.optional(comment, 2000);
        repository.flush();
        events.step(a, caller, "legal.cleared", null, null, note);
        events.audited(a, AgreementEvents.ENTITY, a.getId(), caller, "agreement.legalCleared", a.getState().name(), a.getState().name(), note);
        return assembler.detail(a, caller);
    }

    /** Records a party's signature; the last one (with the signed PDF and the validity) puts the agreement in force. */
    public AgreementDetail sign(long id, long partyId, LocalDate date) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        Instant now = clock.instant();
        AgreementParty p = a.sign(AgreementAccess.actor(caller, a), partyId, date, caller.username(), MexicoCity.today(clock), now);
        repository.flush();
        events.changed(a, caller, "signature", "agreement.signature", null, p.getName() + " · " + date, p.getName() + " " + date);
        events.inForceIfComplete(a, caller, MexicoCity.today(clock), now);
        return assembler.detail(a, caller);
    }

    /** The validity while signing, never with the end before the start. */
    public AgreementDetail setValidity(long id, long expectedVersion, LocalDate start, LocalDate end) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        Instant now = clock.instant();
        a.setValidity(AgreementAccess.actor(caller, a), expectedVersion, start, end, now);
        repository.flush();
        events.changed(a, caller, null, "agreement.validity", null, null, start + " – " + end);
        events.inForceIfComplete(a, caller, MexicoCity.today(clock), now);
        return assembler.detail(a, caller);
    }

    /**
     * For the demo seed (the system, no caller, inside the seed's transaction): the outbox
     * event of an agreement the seed left IN_FORCE and PUBLIC, as a real entry into force records it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void seedPublication(Agreement a) {
        events.published(a);
    }
}
