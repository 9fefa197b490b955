/**
 * Immediate notices (a convocation with its .ics and its updates, an agreement waiting for
 * review, sent back to its author or approved, the decision on a proposal, a commitment or
 * agreement about to fall due) sent through the outbox and the mail path, and each person's
 * choice to turn each kind off; their words ({@link mx.snt.vinculo.notices.NoticeComposer});
 * plus the {@link mx.snt.vinculo.notices.Mailer} and the HTML frame
 * ({@link mx.snt.vinculo.notices.MailLayout}) both notices and digests send through.
 */
package mx.snt.vinculo.notices;
