package mx.snt.vinculo.sessions;

/**
 * What an item needs to pass. The base is the voting members present who did not recuse
 * themselves from the item (everyone of them has voted when the vote closes).
 */
public enum VoteRule {
    /** More votes for than against; abstentions count for neither side (the rule before issue 12). */
    SIMPLE_MAJORITY_PRESENT,
    /** At least two thirds of the base vote for: abstentions weigh like votes against. */
    QUALIFIED_TWO_THIRDS;

    /** Whether the votes pass the item, before any casting vote. */
    public boolean passes(int votesFor, int votesAgainst, int base) {
        return switch (this) {
            case SIMPLE_MAJORITY_PRESENT -> SessionRules.approved(votesFor, votesAgainst);
            case QUALIFIED_TWO_THIRDS -> base > 0 && 3L * votesFor >= 2L * base;
        };
    }

    /** A tie the chair's casting vote may break: only under simple majority, and only with votes on both sides. */
    public boolean tie(int votesFor, int votesAgainst) {
        return this == SIMPLE_MAJORITY_PRESENT && votesFor > 0 && votesFor == votesAgainst;
    }
}
