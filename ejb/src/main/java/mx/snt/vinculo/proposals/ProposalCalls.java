package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Calls for proposals: a commission opens one; everyone who may see it reads it; the lists and choices of the forms. */
@Stateless
public class ProposalCalls {

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

    /** The commission's secretary (or an admin) opens a call. */
    public CallDetail open(long commissionId, CallInput in) {
        Caller caller = callers.current();
        Workspace commission = repository.workspace(commissionId);
        if (commission == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        if (commission.getType() != WorkspaceType.COMMISSION) {
            throw new ValidationException("proposal.call.commission.required");
        }
        if (!ProposalRoles.secretaryOf(caller, commissionId)) {
            throw new ForbiddenException();
        }
        Instant now = clock.instant();
        ProposalCall call = ProposalCall.open(commission, in, repository::allBodies, caller.username(),
                MexicoCity.today(clock), now);
        EntityManager em = repository.em();
        em.persist(call);
        em.flush();
        audit.record(caller, "ProposalCall", call.getId(), "proposal.call.open", null, "OPEN", call.getTitle(), AuditScope.of(call.getWorkspace().getId(), call.getVisibility()));
        outbox.record("call.opened", "ProposalCall", call.getId(), call.getVersion(), commissionId,
                ProposalEvents.callOpened(call, now));
        return assembler.call(call);
    }

    public CallDetail get(long id) {
        return assembler.call(repository.visibleCall(callers.current(), id));
    }

    /** Calls the caller may see (only those open today, if asked), newest deadline first. */
    /** Kept while the data does not change ({@link KeptAnswers}): every visit to the proposals page lists them. */
    public Page<CallDetail> list(boolean openOnly, int first, int size) {
        Caller caller = callers.current();
        LocalDate today = MexicoCity.today(clock);
        VisibilityRule.Filter seen = VisibilityRule.filter(caller, "c");
        return KeptAnswers.get(KeptAnswers.key("proposal calls " + seen.jpql() + " open=" + openOnly + " on " + today
                        + " @" + first + "+" + size, seen.parameters()),
                () -> assembler.calls(repository.calls(caller, openOnly, today, first, size)));
    }

    /** Commissions the caller may open calls for (secretary member, or every commission for an admin). */
    public List<Workspace> commissionsICanManage() {
        Caller caller = callers.current();
        if (caller.has(Role.ADMIN)) {
            return repository.commissionsAmong(null);
        }
        if (!caller.has(Role.SECRETARIO_TECNICO) || caller.workspaceIds().isEmpty()) {
            return List.of();
        }
        return repository.commissionsAmong(caller.workspaceIds());
    }

    /** Every active commission (a free proposal may go to any). */
    public List<Workspace> commissions() {
        return repository.commissions();
    }

    /**
     * Every active body (filters, and the bodies a call is addressed to); kept while the data does not change
     * ({@link KeptAnswers}): the proposals page's filter asks at every visit.
     */
    public List<WorkspaceSummary> bodies() {
        return KeptAnswers.get("proposal bodies", () -> repository.bodies().stream().map(WorkspaceSummary::of).toList());
    }
}
