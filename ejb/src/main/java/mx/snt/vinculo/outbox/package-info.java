/**
 * The transactional outbox: whatever is published is recorded here in the same transaction
 * as the change, with an idempotency key, so that the integration routes deliver every
 * committed event (a crash means a retry) and none twice.
 */
package mx.snt.vinculo.outbox;
