/**
 * Agreements (convenios) between bodies of the network and with outside counterparties:
 * drafting with versioned rich text, internal and legal review, approval, signatures,
 * validity, commitments with reminders, and publication to the PNT.
 *
 * <p>The {@link mx.snt.vinculo.agreements.Agreement} aggregate guards every change of its state
 * and of its parts (parties, text versions, attachments, commitments), consulting
 * {@link mx.snt.vinculo.agreements.AgreementWorkflow} for who may make which move; it hands out
 * {@link mx.snt.vinculo.agreements.AgreementDraft} for drafting and keeps signatures, attachments
 * and commitments in the package-private {@code AgreementParts}, both reached only through it. The services
 * are one per use case: {@link mx.snt.vinculo.agreements.AgreementQueries},
 * {@link mx.snt.vinculo.agreements.AgreementDrafting}, {@link mx.snt.vinculo.agreements.AgreementLifecycle},
 * {@link mx.snt.vinculo.agreements.Commitments} and {@link mx.snt.vinculo.agreements.AgreementDailyRun};
 * the queries are in {@link mx.snt.vinculo.agreements.AgreementRepository}, the DTOs
 * ({@code AgreementDetail}, {@code AgreementRow}, {@code CommitmentRow}) come from
 * {@link mx.snt.vinculo.agreements.AgreementAssembler}, and timeline, audit and outbox from
 * {@link mx.snt.vinculo.agreements.AgreementEvents}.
 *
 * <p>Who sees an agreement: the visibility rule of its drafting workspace OR being a member of a
 * party body OR (for a legal reviewer) the agreement waiting in LEGAL_REVIEW — see
 * {@link mx.snt.vinculo.agreements.AgreementAccess}.
 *
 * <p>"Expiring soon" is one window for the list, the spreadsheet and the dashboard:
 * {@link mx.snt.vinculo.agreements.AgreementDates#EXPIRING_SOON_DAYS}, 60 days. That is when the
 * first expiry alert goes out by default, and about the time a renewal needs (internal and legal
 * review, approval in a session, every party's signature); a shorter window would show an
 * agreement as "expiring" only after its parties had been alerted for a month.
 *
 * <p>The approving acuerdo is a reference typed in (number and date,
 * {@code approvalAcuerdoNumber}), not the sessions' {@code Acuerdo} entity.
 */
package mx.snt.vinculo.agreements;
