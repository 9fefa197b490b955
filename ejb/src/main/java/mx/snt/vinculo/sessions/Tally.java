package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The count of a closed vote and its result: the item's rule applied to the votes of the base
 * (voting members present, less those who recused themselves), and, on a tie under simple
 * majority when the body grants it, the chair's casting vote (voto de calidad).
 */
public record Tally(int votesFor, int votesAgainst, int abstentions, int recused, VoteRule rule, boolean approved,
                    boolean byCastingVote) {

    /** A count taken outside the hub (the demo seed): simple majority, nobody recused. */
    public Tally(int votesFor, int votesAgainst, int abstentions) {
        this(votesFor, votesAgainst, abstentions, 0, VoteRule.SIMPLE_MAJORITY_PRESENT,
                VoteRule.SIMPLE_MAJORITY_PRESENT.passes(votesFor, votesAgainst, votesFor + votesAgainst + abstentions), false);
    }

    /** Counts an open ballot under simple majority, no recusals, no casting vote. */
    public static Tally of(Collection<Long> voters, Map<Long, VoteChoice> ballots) {
        return count(VoteRule.SIMPLE_MAJORITY_PRESENT, voters, Set.of(), ballots.keySet(), ballots.values(), null);
    }

    /**
     * Counts a vote. {@code voters}: voting members present; {@code recused}: those out of the base
     * for this item; {@code voted}: who has voted; {@code choices}: the votes (for a secret ballot,
     * with no name attached); {@code chairVote}: the chair's vote when a casting vote applies (the
     * body grants it, the ballot is not secret, the chair voted), else null. Refused while a member
     * of the base has not voted, or when the base is empty.
     */
    public static Tally count(VoteRule rule, Collection<Long> voters, Collection<Long> recused, Collection<Long> voted,
                              Collection<VoteChoice> choices, VoteChoice chairVote) {
        long base = voters.stream().distinct().filter(v -> !recused.contains(v)).count();
        long missing = voters.stream().distinct().filter(v -> !recused.contains(v) && !voted.contains(v)).count();
        if (base == 0 || missing > 0) {
            throw new ValidationException("session.vote.missing", missing);
        }
        int f = count(choices, VoteChoice.FOR);
        int a = count(choices, VoteChoice.AGAINST);
        int ab = count(choices, VoteChoice.ABSTAIN);
        int out = (int) voters.stream().distinct().filter(recused::contains).count();
        boolean approved = rule.passes(f, a, (int) base);
        boolean casting = false;
        if (rule.tie(f, a) && (chairVote == VoteChoice.FOR || chairVote == VoteChoice.AGAINST)) {
            approved = chairVote == VoteChoice.FOR;
            casting = true;
        }
        return new Tally(f, a, ab, out, rule, approved, casting);
    }

    private static int count(Collection<VoteChoice> choices, VoteChoice c) {
        return (int) choices.stream().filter(v -> v == c).count();
    }
}
