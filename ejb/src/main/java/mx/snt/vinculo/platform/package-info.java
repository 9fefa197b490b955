/**
 * What the application stands on: the datasource (embedded H2 by default, MySQL by
 * configuration), the schema migrations Flyway runs before anything else, type converters,
 * the health checks of the database, the one {@link java.time.Clock} ({@code Clocks}), and
 * running jobs once per cluster with one mechanism, {@code ClusterJobs}: a short job claims its
 * period (one insert in {@code job_run}), a long run holds a lease per job with its progress
 * ({@code integration_job}), taken over when its instance dies. {@code JobLedger} is the
 * container's door to it (the {@code @Schedule} claims and the console's run states).
 * {@code IntegrationStatus} is how the readiness check asks the integration module about Camel.
 */
package mx.snt.vinculo.platform;
