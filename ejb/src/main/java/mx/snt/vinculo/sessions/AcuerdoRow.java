package mx.snt.vinculo.sessions;

import java.io.Serializable;
import java.time.Instant;

/**
 * An acuerdo as lists and the acta show it: its count, the rule it was voted by, whether the
 * ballot was secret and whether the chair's casting vote decided a tie.
 */
public record AcuerdoRow(long id, long sessionId, String number, String text, String result, int votesFor,
                          int votesAgainst, int abstentions, Instant adoptedAt, VoteRule voteRule, boolean secret,
                          boolean castingVote, int recusals) implements Serializable {

    /** An acuerdo of an open simple-majority vote, nobody recused. */
    public AcuerdoRow(long id, long sessionId, String number, String text, String result, int votesFor,
                      int votesAgainst, int abstentions, Instant adoptedAt) {
        this(id, sessionId, number, text, result, votesFor, votesAgainst, abstentions, adoptedAt,
                VoteRule.SIMPLE_MAJORITY_PRESENT, false, false, 0);
    }
}
