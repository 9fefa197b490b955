package mx.snt.vinculo.sessions;

/** A member's vote on an item. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
