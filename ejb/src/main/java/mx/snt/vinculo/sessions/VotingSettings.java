package mx.snt.vinculo.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import mx.snt.vinculo.common.ValidationException;

import java.time.Instant;

/**
 * A body's voting rules: the rule its items get unless chosen otherwise, and whether its chair
 * breaks ties (voto de calidad). A body without a row votes by simple majority, no casting vote.
 */
@Entity
@Table(name = "body_voting_settings")
public class VotingSettings {
    @Id @Column(name = "workspace_id") private Long workspaceId;
    @Enumerated(EnumType.STRING) @Column(name = "default_rule", nullable = false, length = 24) private VoteRule defaultRule;
    @Column(name = "casting_vote", nullable = false) private boolean castingVote;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 150) private String updatedBy;

    protected VotingSettings() {
    }

    public VotingSettings(long workspaceId, String by, Instant now) {
        this.workspaceId = workspaceId;
        this.defaultRule = VoteRule.SIMPLE_MAJORITY_PRESENT;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The rules of a body that has none stored. */
    public static VotingSettings defaults(long workspaceId) {
        return new VotingSettings(workspaceId, "system", Instant.EPOCH);
    }

    public long getWorkspaceId() { return workspaceId; }
    public VoteRule getDefaultRule() { return defaultRule; }
    public boolean isCastingVote() { return castingVote; }

    public void change(VoteRule rule, boolean castingVote, String by, Instant now) {
        if (rule == null) {
            throw new ValidationException("session.voteRule.required");
        }
        this.defaultRule = rule;
        this.castingVote = castingVote;
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
