/**
 * The integration console's service: what admins see (each SIPOT record's delivery state,
 * attempts and last error, counts per body and format, the export files and the progress of
 * a running export, dead outbox events, the web-service switch per body, format descriptors)
 * and what they do (run an export, a delivery or a digest now, retry dead deliveries, turn
 * the switch, upload a template). Admin only; every action is in the audit trail.
 */
package mx.snt.vinculo.integration.console;
