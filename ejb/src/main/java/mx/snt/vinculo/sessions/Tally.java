package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

import java.util.Collection;
import java.util.Map;

/** The count of a closed vote. */
public record Tally(int votesFor, int votesAgainst, int abstentions) {

    /** Counts the ballots, refusing while a voting member has not voted (or when nobody may vote). */
    public static Tally of(Collection<Long> voters, Map<Long, VoteChoice> ballots) {
        long missing = voters.stream().filter(v -> !ballots.containsKey(v)).count();
        if (voters.isEmpty() || missing > 0) {
            throw new ValidationException("session.vote.missing", missing);
        }
        return new Tally(count(ballots, VoteChoice.FOR), count(ballots, VoteChoice.AGAINST), count(ballots, VoteChoice.ABSTAIN));
    }

    private static int count(Map<Long, VoteChoice> ballots, VoteChoice c) {
        return (int) ballots.values().stream().filter(v -> v == c).count();
    }

    public boolean approved() {
        return SessionRules.approved(votesFor, votesAgainst);
    }
}
