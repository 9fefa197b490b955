package mx.snt.vinculo.workspaces;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.util.List;

/** The workspaces of the signed-in person and the overview of one workspace. */
@Stateless
public class WorkspaceService {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    /** Body, commissions, regions and the network, in that order. Public: none. */
    public List<WorkspaceSummary> mine() {
        Caller caller = callers.current();
        if (caller.memberId() == null) {
            return List.of();
        }
        // Kept while the data does not change (KeptAnswers): every list page's filter asks for them.
        return KeptAnswers.get("workspaces.mine\u0000" + caller.memberId(), () -> em.createQuery(
                        "SELECT w FROM Membership ms JOIN ms.workspace w WHERE ms.member.id = :m"
                        + " ORDER BY w.type, w.name", Workspace.class)
                .setParameter("m", caller.memberId())
                .getResultList().stream()
                .sorted((a, b) -> Integer.compare(order(a), order(b)))
                .map(WorkspaceSummary::of).toList());
    }

    /** Any signed-in person may open a workspace; its items are filtered by the visibility rule. */
    public WorkspaceOverview overview(long id) {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new NotFoundException();
        }
        Workspace w = em.find(Workspace.class, id);
        if (w == null) {
            throw new NotFoundException();
        }
        long members = em.createQuery("SELECT COUNT(ms) FROM Membership ms WHERE ms.workspace.id = :w", Long.class)
                .setParameter("w", id).getSingleResult();
        return new WorkspaceOverview(WorkspaceSummary.of(w), members, caller.memberOf(id),
                WorkspaceProfiles.canEdit(caller, id, w.getType()));
    }

    private static int order(Workspace w) {
        return switch (w.getType()) {
            case BODY -> 0;
            case COMMISSION -> 1;
            case REGION -> 2;
            case NETWORK -> 3;
        };
    }
}
