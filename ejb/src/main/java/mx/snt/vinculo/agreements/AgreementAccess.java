package mx.snt.vinculo.agreements;

import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sees an agreement, built on top of the one {@link VisibilityRule} (unchanged): the rule
 * for the drafting workspace, OR the caller belongs to a party body, OR the caller is a
 * juridico and the agreement waits in LEGAL_REVIEW (legal review is network-wide, see
 * {@link AgreementWorkflow}). The same in {@link #canSee} for single items and in
 * {@link #filter} for list queries.
 */
public final class AgreementAccess {

    private static final long NO_WORKSPACE = -1L;

    private AgreementAccess() {
    }

    public static boolean canSee(Caller caller, long workspaceId, Visibility visibility,
                                 Collection<Long> partyBodyIds, AgreementState state) {
        if (VisibilityRule.canSee(caller, workspaceId, visibility)) {
            return true;
        }
        if (!caller.signedIn()) {
            return false;
        }
        if (partyBodyIds.stream().anyMatch(caller::memberOf)) {
            return true;
        }
        return caller.has(Role.JURIDICO) && state == AgreementState.LEGAL_REVIEW;
    }

    /** The caller belongs to one of the party bodies (the drafting body is always one). */
    public static boolean partyMember(Caller caller, long workspaceId, Collection<Long> partyBodyIds) {
        return caller.signedIn() && (caller.memberOf(workspaceId) || partyBodyIds.stream().anyMatch(caller::memberOf));
    }

    /** The facts about the caller that {@link AgreementWorkflow} and the aggregate's checks need. */
    public static AgreementWorkflow.Actor actor(Caller caller, Agreement a) {
        long ws = a.getWorkspace().getId();
        return new AgreementWorkflow.Actor(caller.roles(), caller.signedIn() && caller.memberOf(ws),
                partyMember(caller, ws, a.partyBodyIds()), false);
    }

    /**
     * The JPQL condition over an {@code Agreement} alias. The party clause is an EXISTS
     * subquery, so a list stays one query and pages in the database.
     */
    public static VisibilityRule.Filter filter(Caller caller, String alias) {
        VisibilityRule.Filter base = VisibilityRule.filter(caller, alias);
        if (!caller.signedIn()) {
            return base;
        }
        Map<String, Object> params = new HashMap<>(base.parameters());
        StringBuilder jpql = new StringBuilder("(").append(base.jpql());
        List<Long> ids = caller.workspaceIds().isEmpty() ? List.of(NO_WORKSPACE) : List.copyOf(caller.workspaceIds());
        jpql.append(" OR EXISTS (SELECT agp.id FROM AgreementParty agp WHERE agp.agreement = ").append(alias)
                .append(" AND agp.body.id IN :agrBodies)");
        params.put("agrBodies", ids);
        if (caller.has(Role.JURIDICO)) {
            jpql.append(" OR ").append(alias).append(".state = :agrLegal");
            params.put("agrLegal", AgreementState.LEGAL_REVIEW);
        }
        jpql.append(")");
        return new VisibilityRule.Filter(jpql.toString(), Map.copyOf(params));
    }
}
