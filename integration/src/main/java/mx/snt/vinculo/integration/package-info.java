/**
 * Apache Camel inside the EAR: a {@link mx.snt.vinculo.integration.CamelBootstrap} singleton
 * starts one {@code DefaultCamelContext} with the application (camel-cdi does not exist in
 * Camel 4), hands it the container's managed threads, and stops it on undeploy. Routes only
 * wire; the logic they call lives in plain beans.
 * <p>
 * Every instance of a cluster starts the same timers. The outbox and the SIPOT web service
 * claim rows with {@code FOR UPDATE SKIP LOCKED}; the long jobs (PNT export, digests) go
 * through {@link mx.snt.vinculo.integration.ClusterScheduledWork}, which claims the job's row
 * in {@code integration_job} (a lease renewed with each progress report; an expired lease is
 * taken over) so that each export slot and digest period runs once per cluster, and records
 * the run state every instance's console shows. A database claim rather than Quartz or a
 * Hazelcast lock: the database is the one thing every instance already shares.
 * <p>
 * The admin console lives in the ejb module ({@code mx.snt.vinculo.publication.admin}); its
 * "run now" actions reach the beans built here through the ejb interface
 * {@code IntegrationRuns}, which {@link mx.snt.vinculo.integration.IntegrationJobs} implements,
 * and the readiness check asks {@code IntegrationStatus}, implemented by CamelBootstrap. So
 * neither ejb nor web depends on this module or on Camel.
 */
package mx.snt.vinculo.integration;
