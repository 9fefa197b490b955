package mx.snt.vinculo.sessions;

/**
 * Something in a session changed that its live viewers follow; fired by the use cases in their transaction and
 * observed once it commits ({@link LiveFeed}), so a viewer never sees what was rolled back.
 */
public record SessionChanged(long sessionId, Change change) {

    /**
     * What changed: a vote cast only moves the counts; the others may change what a viewer can do.
     * FLOOR: the speakers' list or the remote check-ins (asked, given, ended, opened, checked in).
     */
    public enum Change {
        ATTENDANCE, ITEM_TAKEN_UP, VOTE_OPENED, VOTE_CAST, VOTE_CLOSED, RECUSAL, AGENDA, LINKS, STATE, FLOOR
    }
}
