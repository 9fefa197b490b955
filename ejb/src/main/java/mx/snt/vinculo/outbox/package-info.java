/**
 * The transactional outbox: whatever is published is recorded here in the same transaction
 * as the change, with an idempotency key, so that the integration routes deliver every
 * committed event (a crash means a retry) and none twice.
 *
 * <h2>The event contract</h2>
 * {@code eventType} is {@code <feature>.<what>} (document.published, session.convened,
 * session.convocationUpdated, acuerdo.published, acta.published, agreement.published,
 * agreement.unpublished, agreement.stateChanged, agreement.sentBack, agreement.approved,
 * review.requested, commitment.dueSoon, agreement.expiring, proposal.submitted,
 * proposal.stateChanged, proposal.decided, library.published, library.unpublished, …).
 * The JSON payload always carries:
 * <ul>
 *   <li>{@code kind}: DOCUMENT, SESSION, ACUERDO, ACTA, AGREEMENT, COMMITMENT, PROPOSAL, CALL, LIBRARY_ENTRY;</li>
 *   <li>{@code title}, {@code path} (the item's page, relative to the hub's address),
 *       {@code workspaceId}, {@code visibility} (PRIVATE/NETWORK/PUBLIC: digests respect it),
 *       {@code occurredAt} (ISO-8601 instant);</li>
 *   <li>for what goes to the PNT, a {@code pnt} object with the output's fields
 *       (dates as ISO yyyy-MM-dd; the integration formats them for SIPOT);</li>
 *   <li>for immediate notices, {@code recipients} (usernames) and {@code notice}
 *       (CONVOCATION, REVIEW_REQUESTED, AGREEMENT_SENT_BACK, AGREEMENT_APPROVED, COMMITMENT_DUE,
 *       AGREEMENT_EXPIRING, PROPOSAL_DECIDED); a convocation also carries {@code ics} (the
 *       iCalendar text) and, when updated, {@code changes}; a notice about what someone did
 *       carries {@code actor} (their name) and their {@code comment} or {@code answer}.</li>
 * </ul>
 */
package mx.snt.vinculo.outbox;
