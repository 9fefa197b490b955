package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;

/** Other bodies adhere to proposals; members comment and reply; the commission hides comments. */
@Stateless
public class ProposalParticipation {

    @EJB
    private Callers callers;
    @EJB
    private ProposalRepository repository;
    @EJB
    private ProposalAssembler assembler;
    @EJB
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** The caller's body adheres to the proposal ({@link Proposal#adhesionOf} says when it may). */
    public ProposalDetail adhere(long id) {
        Caller caller = callers.current();
        Proposal p = repository.visible(caller, id);
        Workspace body = repository.homeBody(caller);
        if (body == null) {
            throw new ValidationException("proposal.body.required");
        }
        boolean already = repository.adhesionOf(p.getId(), body.getId()) != null;
        EntityManager em = repository.em();
        em.persist(p.adhesionOf(body, already, caller.username(), clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException race) {
            // Two people of one body at the same moment: the unique key keeps one adhesion.
            throw new ValidationException("proposal.adhesion.duplicate", body.getAcronym());
        }
        repository.countAdhesion(p, +1);
        audit.record(caller, "Proposal", p.getId(), "proposal.adhere", null, body.getCode(), null, AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }

    /** Someone of the adhering body takes the adhesion back. */
    public ProposalDetail withdrawAdhesion(long id) {
        Caller caller = callers.current();
        Proposal p = repository.visible(caller, id);
        Workspace body = repository.homeBody(caller);
        ProposalAdhesion a = body == null ? null : repository.adhesionOf(p.getId(), body.getId());
        if (a == null) {
            throw new ValidationException("proposal.adhesion.none");
        }
        EntityManager em = repository.em();
        em.remove(a);
        em.flush();
        repository.countAdhesion(p, -1);
        audit.record(caller, "Proposal", p.getId(), "proposal.adhesion.withdraw", body.getCode(), null, null, AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }

    /** A member comments, or replies to a top-level comment (one level). */
    public ProposalDetail comment(long id, Long parentId, String text) {
        Caller caller = callers.current();
        Proposal p = repository.visible(caller, id);
        if (!caller.signedIn()) {
            throw new ForbiddenException();
        }
        ProposalComment c = p.comment(parentId, repository.commentOrNull(parentId), caller.username(), text, clock.instant());
        EntityManager em = repository.em();
        em.persist(c);
        em.flush();
        audit.record(caller, "ProposalComment", c.getId(), "proposal.comment", null, null, "proposal " + p.getId(), AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }

    /** The author edits their comment within {@link ProposalComment#EDIT_WINDOW}, from the version they read. */
    public ProposalDetail editComment(long commentId, long expectedVersion, String text) {
        Caller caller = callers.current();
        ProposalComment c = repository.comment(commentId);
        Proposal p = repository.visible(caller, c.getProposalId());
        c.edit(caller.username(), expectedVersion, text, clock.instant());
        repository.em().flush();
        audit.record(caller, "ProposalComment", c.getId(), "proposal.comment.edit", null, null, "proposal " + p.getId(), AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }

    /** The commission hides a comment (it stays recorded). */
    public ProposalDetail hideComment(long commentId) {
        Caller caller = callers.current();
        ProposalComment c = repository.comment(commentId);
        Proposal p = repository.visible(caller, c.getProposalId());
        if (!ProposalRoles.secretaryOf(caller, p.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        c.hide();
        repository.em().flush();
        audit.record(caller, "ProposalComment", c.getId(), "proposal.comment.hide", "VISIBLE", "HIDDEN", "proposal " + p.getId(), AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }
}
