package mx.snt.vinculo.sessions;

/** Who counts for quorum: every member of the workspace, or only its commissioners. */
public enum QuorumBase {
    MEMBERS, COMMISSIONERS;

    /** Whether a member (a commissioner or not) counts under this base. */
    public boolean counts(boolean commissioner) {
        return this == MEMBERS || commissioner;
    }
}
