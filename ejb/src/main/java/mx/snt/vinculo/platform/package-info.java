/**
 * What the application stands on: the datasource (embedded H2 by default, MySQL by
 * configuration), the schema migrations Flyway runs before anything else, type converters,
 * and the health checks of the database.
 */
package mx.snt.vinculo.platform;
