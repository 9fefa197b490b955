package mx.snt.vinculo.sessions;

import java.io.Serializable;

/** A body's voting rules as the API and pages show them. */
public record VotingSettingsView(long workspaceId, String workspaceCode, String workspaceName, VoteRule defaultRule,
                                 boolean castingVote, boolean canManage)
        implements Serializable {
}
