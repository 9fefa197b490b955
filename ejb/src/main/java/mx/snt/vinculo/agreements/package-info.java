/**
 * Agreements (convenios) between bodies of the network and with outside counterparties:
 * drafting with versioned rich text, internal and legal review, approval, signatures,
 * validity, commitments with reminders, and publication to the PNT. Who sees an agreement:
 * the visibility rule of its drafting workspace OR being a member of a party body OR (for a
 * legal reviewer) the agreement waiting in LEGAL_REVIEW — see {@link mx.snt.vinculo.agreements.AgreementAccess}.
 */
package mx.snt.vinculo.agreements;
