/**
 * Consumption of the transactional outbox by the integration routes: a batch of due events is
 * claimed with row locks ({@code FOR UPDATE SKIP LOCKED}, so several instances never take the
 * same row), each event is handed to the handlers (PNT records, immediate notices), and its
 * state becomes DELIVERED, or FAILED with exponential backoff, or DEAD after the last attempt.
 * Plain JDBC on the application's DataSource, called from Camel threads or admin actions.
 */
package mx.snt.vinculo.delivery;
