package mx.snt.vinculo.proposals;

/** Where a proposal is in its evaluation. */
public enum ProposalState {
    SUBMITTED, UNDER_EVALUATION, ACCEPTED, REJECTED, WITHDRAWN;

    /** Whether other bodies may still adhere (not after it was withdrawn or rejected). */
    public boolean acceptsAdhesions() {
        return this == SUBMITTED || this == UNDER_EVALUATION || this == ACCEPTED;
    }
}
