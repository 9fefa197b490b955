/**
 * What the application stands on: the datasource (embedded H2 by default, MySQL by
 * configuration), the schema migrations Flyway runs before anything else, type converters,
 * the health checks of the database, and running jobs once per cluster: {@code JobLedger}
 * (one insert per job and period) and {@code ClusterJobs} (a lease per job with its progress,
 * for long runs that must be taken over when their instance dies).
 */
package mx.snt.vinculo.platform;
