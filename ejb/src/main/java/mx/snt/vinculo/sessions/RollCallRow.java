package mx.snt.vinculo.sessions;

import java.io.Serializable;

/** One commissioner's vote on an item voted openly. */
public record RollCallRow(long memberId, String name, RollCallVote vote) implements Serializable {

    /** How a commissioner stands in the roll call of one item. */
    public enum RollCallVote {
        FOR, AGAINST, ABSTAIN, RECUSED, ABSENT
    }
}
