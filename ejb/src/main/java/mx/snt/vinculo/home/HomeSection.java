package mx.snt.vinculo.home;

/** The sections of the pending-work home, in the order the page shows them. */
public enum HomeSection {
    SESSIONS, VOTES, AGREEMENTS, COMMITMENTS, PROPOSALS, CALLS, DRAFTS
}
