package mx.snt.vinculo.sessions;

/** Voting on an agenda item: not asked, open (votes come in), closed (final, cannot change). */
public enum VoteState {
    NONE, OPEN, CLOSED
}
