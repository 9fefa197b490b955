package mx.snt.vinculo.sessions;

import java.util.Collection;

/** How many count for quorum ({@code base}) and how many of them are present. */
public record Quorum(long present, long base) {

    /** A member of the session's body as quorum sees them. */
    public record Participant(long memberId, boolean commissioner) {
    }

    /**
     * Counts by the configured base: every member of the workspace, or only its commissioners;
     * {@code attending} are those whose attendance is PRESENT or REMOTE.
     */
    public static Quorum of(QuorumBase rule, Collection<Participant> members, Collection<Participant> attending) {
        return new Quorum(count(rule, attending), count(rule, members));
    }

    private static long count(QuorumBase rule, Collection<Participant> people) {
        return people.stream().filter(p -> rule.counts(p.commissioner())).mapToLong(Participant::memberId).distinct().count();
    }

    public boolean met() {
        return SessionRules.hasQuorum(present, base);
    }

    public long needed() {
        return SessionRules.quorumNeeded(base);
    }
}
