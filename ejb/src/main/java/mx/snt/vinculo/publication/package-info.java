/**
 * Publication of public outputs (acuerdos, actas, agreements, library entries, public
 * documents) to the Plataforma Nacional de Transparencia's SIPOT: format descriptors read
 * from the official .xls templates and versioned by the date they take effect, the mapping of
 * an outbox event to a SIPOT record (Alta, Cambio, Baja), the export into the template with
 * Apache POI, and the SIPOT web service client with its key → idRegistro map. Plain classes
 * and JDBC stores so the Camel routes (integration module) and the tests can drive them.
 */
package mx.snt.vinculo.publication;
