/**
 * Publication administration, the integration console's logic: what admins see (each SIPOT
 * record's delivery state, counts per body and format, the export files, the long jobs' run
 * state, dead outbox events, the web-service switch per body, format descriptors) and what
 * they do (run an export, a delivery or a digest now, retry dead deliveries, settle an
 * uncertain record, mark an export file loaded into SIPOT, turn the switch, upload a template). One bean per use case:
 * {@link mx.snt.vinculo.publication.admin.DeliveryRecords} and
 * {@link mx.snt.vinculo.publication.admin.DeliveryActions},
 * {@link mx.snt.vinculo.publication.admin.OutboxAdmin},
 * {@link mx.snt.vinculo.publication.admin.ExportFiles},
 * {@link mx.snt.vinculo.publication.admin.FormatDescriptors},
 * {@link mx.snt.vinculo.publication.admin.ScheduledJobs}. The runs that the Camel routes also
 * make go through {@link mx.snt.vinculo.publication.admin.IntegrationRuns}, implemented by the
 * integration module, so this package needs no Camel. Admin only; every action is in the audit
 * trail.
 */
package mx.snt.vinculo.publication.admin;
