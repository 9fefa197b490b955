package mx.snt.vinculo.agreements;

/**
 * Where an agreement is in its life; the allowed moves are in {@link AgreementWorkflow}.
 * SIGNED is "signed, not yet in force": every signature is there but the validity starts
 * later; the daily run puts it IN_FORCE (and publishes it) on its start date.
 */
public enum AgreementState {
    DRAFT, INTERNAL_REVIEW, LEGAL_REVIEW, APPROVED, SIGNING, SIGNED, IN_FORCE, EXPIRED, TERMINATED, RENEWED;

    public boolean ended() {
        return this == EXPIRED || this == TERMINATED || this == RENEWED;
    }
}
