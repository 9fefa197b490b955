/**
 * Publication of public outputs (acuerdos, actas, agreements, library entries, public
 * documents) to the Plataforma Nacional de Transparencia's SIPOT: format descriptors read
 * from the official .xls templates and versioned by the date they take effect, the mapping of
 * an outbox event to a SIPOT record (Alta, Cambio, Baja), the export into the template with
 * Apache POI (one file per body, format, period and load type; sub-tables on their
 * {@code Tabla} sheets), and the SIPOT web service client with its key → idRegistro map.
 * {@link mx.snt.vinculo.publication.BuiltInFormats} are the formats the hub ships so the demo
 * publishes out of the box. Plain classes and JDBC stores so the Camel routes (integration
 * module) and the tests can drive them.
 *
 * <p>Crashes during web-service delivery ({@link mx.snt.vinculo.publication.PntDelivery}):
 * a call carries one record or several of one body, format and operation; its attempt is
 * committed as SENDING (operation, one token for the call's records, time) before the PNT is
 * called, and its answer is stored in a second transaction, so an instance that dies (or loses
 * the database) in between leaves a visible trace of exactly that call rather than PENDING rows. After the lease, an
 * interrupted {@code actualiza} or {@code elimina} is retried (idempotent with the idRegistro);
 * an interrupted {@code agrega} may already be at the PNT, so it is never resent by itself: it
 * becomes UNCERTAIN ("por verificar") until an admin records the idRegistro found at the PNT
 * or resends it. An {@code agrega} that timed out is treated the same way (never retried
 * blindly); the console settles several of them in one pass. The states are
 * {@link mx.snt.vinculo.publication.DeliveryState}.
 *
 * <p>Export files and loads by hand ({@link mx.snt.vinculo.publication.SipotLoad},
 * {@link mx.snt.vinculo.publication.SipotFileLoads}): an admin uploads the files to SIPOT and
 * marks each one loaded in the console. Until a record's Alta is loaded (or the web service added
 * it) SIPOT does not have it, so withdrawing it takes it out of the pending Alta (no Baja ever)
 * and changing it keeps it in the pending Alta with the new content (no Cambio). Files not loaded
 * yet are pending: every export rewrites them from what waits now, so a withdrawn record leaves
 * the already generated Alta file and appears in no later file. A loaded file is kept as it was
 * loaded; what follows goes to the next file of its kind ({@code …_Alta_2.xls}). Each file keeps
 * the records and contents it carries, so a mark applies exactly what was loaded, even for a record
 * that changed after the file was generated (its change then waits as a Cambio, or a Baja).
 *
 * <p>The admin console's logic (what admins see of all this and do to it) is in
 * {@code publication.admin}.
 */
package mx.snt.vinculo.publication;
