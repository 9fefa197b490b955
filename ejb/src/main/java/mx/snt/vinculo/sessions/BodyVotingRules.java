package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;

/**
 * A body's voting rules (the default rule of its items, the chair's casting vote): members of
 * the body read them, its technical secretary or an admin changes them.
 */
@Stateless
public class BodyVotingRules {

    @EJB
    private Callers callers;

    @EJB
    private SessionRepository sessions;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public VotingSettingsView get(long workspaceId) {
        Caller caller = callers.current();
        Workspace w = body(caller, workspaceId);
        return view(w, sessions.votingSettings(workspaceId), caller);
    }

    public VotingSettingsView change(long workspaceId, VoteRule defaultRule, boolean castingVote) {
        Caller caller = callers.current();
        Workspace w = body(caller, workspaceId);
        SessionAccess.requireSecretary(caller, workspaceId);
        VotingSettings stored = sessions.find(VotingSettings.class, workspaceId);
        VotingSettings v = stored == null ? new VotingSettings(workspaceId, caller.username(), clock.instant()) : stored;
        String before = v.getDefaultRule() + (v.isCastingVote() ? "+casting" : "");
        v.change(defaultRule, castingVote, caller.username(), clock.instant());
        if (stored == null) {
            sessions.persist(v);
        }
        sessions.flush();
        audit.record(caller, "Workspace", workspaceId, "session.votingRules", before,
                defaultRule + (castingVote ? "+casting" : ""), null, AuditScope.of(workspaceId, Visibility.PRIVATE));
        return view(w, v, caller);
    }

    /** The body, if the caller belongs to it (or is an admin): otherwise it does not exist for them. */
    private Workspace body(Caller caller, long workspaceId) {
        Workspace w = sessions.find(Workspace.class, workspaceId);
        if (w == null || !caller.signedIn() || !(caller.has(Role.ADMIN) || caller.memberOf(workspaceId))) {
            throw new NotFoundException();
        }
        return w;
    }

    private static VotingSettingsView view(Workspace w, VotingSettings v, Caller caller) {
        return new VotingSettingsView(v.getWorkspaceId(), w.getCode(), w.getName(), v.getDefaultRule(), v.isCastingVote(),
                SessionAccess.canManage(caller, v.getWorkspaceId()));
    }
}
