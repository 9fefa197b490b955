package mx.snt.vinculo.proposals;

/**
 * What someone does to a proposal, with the state it requires, the state it leads to, and
 * who may do it. The service applies this table and nothing else.
 */
public enum ProposalAction {
    /** The commission starts evaluating. */
    EVALUATE(ProposalState.SUBMITTED, ProposalState.UNDER_EVALUATION, true, false),
    /** The commission accepts it, with its answer. */
    ACCEPT(ProposalState.UNDER_EVALUATION, ProposalState.ACCEPTED, true, true),
    /** The commission rejects it, with its answer. */
    REJECT(ProposalState.UNDER_EVALUATION, ProposalState.REJECTED, true, true),
    /** The author withdraws it before evaluation starts. */
    WITHDRAW(ProposalState.SUBMITTED, ProposalState.WITHDRAWN, false, false);

    private final ProposalState from;
    private final ProposalState to;
    private final boolean byCommission;
    private final boolean needsAnswer;

    ProposalAction(ProposalState from, ProposalState to, boolean byCommission, boolean needsAnswer) {
        this.from = from;
        this.to = to;
        this.byCommission = byCommission;
        this.needsAnswer = needsAnswer;
    }

    public ProposalState from() { return from; }
    public ProposalState to() { return to; }
    /** True for the commission's secretary (or an admin); false for the author. */
    public boolean byCommission() { return byCommission; }
    public boolean needsAnswer() { return needsAnswer; }

    public boolean allowedFrom(ProposalState state) {
        return state == from;
    }

    /**
     * May this person do it? {@code commissionSecretary}: secretario-tecnico member of the
     * proposal's commission, or an admin; {@code author}: the person who submitted it.
     */
    public boolean allowedFor(boolean commissionSecretary, boolean author) {
        return byCommission ? commissionSecretary : author;
    }
}
