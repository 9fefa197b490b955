package mx.snt.vinculo.sessions;

/** Who counts for quorum: every member of the workspace, or only its commissioners. */
public enum QuorumBase {
    MEMBERS, COMMISSIONERS
}
