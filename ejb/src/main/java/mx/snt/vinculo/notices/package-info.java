/**
 * Immediate notices (a convocation with its .ics, an agreement waiting for review, a
 * commitment or agreement about to fall due) sent through the outbox and the mail path, and
 * each person's choice to turn each kind off; plus the {@link mx.snt.vinculo.notices.Mailer}
 * both notices and digests send through.
 */
package mx.snt.vinculo.notices;
