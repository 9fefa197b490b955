package mx.snt.vinculo.agreements;

/**
 * What a move of the workflow did: from and to which state, the comment for the timeline (with
 * the acuerdo number or the termination reason in front), and the successor a renewal started.
 */
public record AgreementMove(AgreementState from, AgreementState to, String comment, Agreement renewal) {

    AgreementMove withRenewal(Agreement next) {
        return new AgreementMove(from, to, comment, next);
    }
}
