package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;

/**
 * The workflow: the commission evaluates, accepts or rejects (the author is told, with the
 * answer); the author withdraws ({@link Proposal#apply}).
 */
@Stateless
public class ProposalEvaluation {

    @EJB
    private Callers callers;
    @EJB
    private ProposalRepository repository;
    @EJB
    private ProposalAssembler assembler;
    @EJB
    private AuditTrail audit;
    @EJB
    private Outbox outbox;
    @Inject
    private Clock clock;

    /** A workflow step, from the version the person read. */
    public ProposalDetail act(long id, long expectedVersion, ProposalAction action, String answer) {
        Caller caller = callers.current();
        Proposal p = repository.visible(caller, id);
        boolean secretary = ProposalRoles.secretaryOf(caller, p.getWorkspace().getId());
        ProposalState from = p.getState();
        Instant now = clock.instant();
        p.apply(action, secretary, p.isAuthor(caller.username()), expectedVersion, answer, now);
        try {
            repository.em().flush();
        } catch (OptimisticLockException lost) {
            throw new ConflictException();
        }
        audit.record(caller, "Proposal", p.getId(), "proposal." + action.name().toLowerCase(), from.name(),
                p.getState().name(), action.needsAnswer() ? p.getAnswer() : null, AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        outbox.record("proposal.stateChanged", "Proposal", p.getId(), p.getVersion(), p.getWorkspace().getId(),
                ProposalEvents.stateChanged(p, from, now));
        if (p.getState() == ProposalState.ACCEPTED || p.getState() == ProposalState.REJECTED) {
            // The author learns the decision and the commission's answer at once, not from the next digest.
            outbox.record("proposal.decided", "Proposal", p.getId(), p.getVersion(), p.getWorkspace().getId(),
                    ProposalEvents.decided(p, from, repository.displayName(caller.username()), now));
        }
        return assembler.detail(p, caller);
    }
}
