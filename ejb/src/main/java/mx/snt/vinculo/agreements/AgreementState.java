package mx.snt.vinculo.agreements;

/** Where an agreement is in its life; the allowed moves are in {@link AgreementWorkflow}. */
public enum AgreementState {
    DRAFT, INTERNAL_REVIEW, LEGAL_REVIEW, APPROVED, SIGNING, IN_FORCE, EXPIRED, TERMINATED, RENEWED;

    public boolean ended() {
        return this == EXPIRED || this == TERMINATED || this == RENEWED;
    }
}
