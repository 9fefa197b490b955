package mx.snt.vinculo.publication.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.publication.DeliveryState;
import mx.snt.vinculo.publication.PntDelivery;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/**
 * What admins do to SIPOT deliveries: send due records now, retry dead ones, settle an
 * uncertain record (it is at the PNT under an idRegistro, or it must be sent again), turn a
 * body's web service on or off. Admin only; every action is in the audit trail.
 */
@Stateless
public class DeliveryActions {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB(lookup = IntegrationRuns.LOOKUP)
    private IntegrationRuns runs;

    @Inject
    private Clock clock;

    public int deliverNow() {
        Caller caller = callers.require(Role.ADMIN);
        int n = Jdbc.run(runs::deliverPnt);
        audit.record(caller, "Integration", 0, "integration.pnt.deliver", null, null, "records=" + n);
        return n;
    }

    public boolean webServiceConfigured() {
        callers.require(Role.ADMIN);
        return runs.webServiceConfigured();
    }

    /** Retries a dead record (id) or every dead record and dead event (null). */
    public int retry(Long recordId) {
        Caller caller = callers.require(Role.ADMIN);
        int n = Jdbc.run(() -> runs.retryDeadRecords(recordId) + (recordId == null ? runs.retryDeadEvents(null) : 0));
        audit.record(caller, "PntRecord", recordId == null ? 0 : recordId, "integration.retry",
                DeliveryState.DEAD.name(), DeliveryState.PENDING.name(), "count=" + n);
        return n;
    }

    /**
     * An UNCERTAIN record (an interrupted agrega) is at the PNT under this idRegistro: recorded as
     * what the PNT holds. The new state: DELIVERED, or PENDING when the record changed since.
     */
    public DeliveryState confirmAtPnt(long recordId, String idRegistro) {
        Caller caller = callers.require(Role.ADMIN);
        String id = idRegistro == null ? "" : idRegistro.strip();
        if (!PntDelivery.isIdRegistro(id)) {
            throw new ValidationException("integration.idRegistro.invalid");
        }
        DeliveryState state = Jdbc.run(() -> {
            PntDelivery d = uncertainRecords();
            requireUncertain(d, recordId);
            return d.confirmAtPnt(recordId, id);
        });
        if (state == null) {
            throw new ValidationException("integration.record.notUncertain");  // settled meanwhile
        }
        audit.record(caller, "PntRecord", recordId, "integration.pnt.atPnt", DeliveryState.UNCERTAIN.name(), state.name(),
                "idRegistro=" + id);
        return state;
    }

    /** An UNCERTAIN record is not at the PNT: PENDING, to be added again. */
    public void resend(long recordId) {
        Caller caller = callers.require(Role.ADMIN);
        boolean done = Jdbc.run(() -> {
            PntDelivery d = uncertainRecords();
            requireUncertain(d, recordId);
            return d.resend(recordId);
        });
        if (!done) {
            throw new ValidationException("integration.record.notUncertain");
        }
        audit.record(caller, "PntRecord", recordId, "integration.pnt.resend", DeliveryState.UNCERTAIN.name(),
                DeliveryState.PENDING.name(), null);
    }

    /**
     * Settles several UNCERTAIN records in one pass: each is at the PNT under the idRegistro given for it.
     * Every idRegistro is checked first (a bad one changes nothing); records settled meanwhile are skipped.
     * How many were settled.
     */
    public int confirmAllAtPnt(java.util.Map<Long, String> idRegistros) {
        Caller caller = callers.require(Role.ADMIN);
        java.util.Map<Long, String> ids = new java.util.TreeMap<>();
        idRegistros.forEach((record, idRegistro) -> {
            String id = idRegistro == null ? "" : idRegistro.strip();
            if (!PntDelivery.isIdRegistro(id)) {
                throw new ValidationException("integration.idRegistro.invalid");
            }
            ids.put(record, id);
        });
        int n = 0;
        for (var e : ids.entrySet()) {
            DeliveryState state = Jdbc.run(() -> uncertainRecords().confirmAtPnt(e.getKey(), e.getValue()));
            if (state != null) {
                audit.record(caller, "PntRecord", e.getKey(), "integration.pnt.atPnt", DeliveryState.UNCERTAIN.name(),
                        state.name(), "idRegistro=" + e.getValue());
                n++;
            }
        }
        return n;
    }

    /** "Reenviar" for several UNCERTAIN records at once; records settled meanwhile are skipped. How many. */
    public int resendAll(java.util.Collection<Long> recordIds) {
        Caller caller = callers.require(Role.ADMIN);
        int n = 0;
        for (long id : new java.util.TreeSet<>(recordIds)) {
            if (Jdbc.run(() -> uncertainRecords().resend(id))) {
                audit.record(caller, "PntRecord", id, "integration.pnt.resend", DeliveryState.UNCERTAIN.name(),
                        DeliveryState.PENDING.name(), null);
                n++;
            }
        }
        return n;
    }

    public void setWebService(long bodyId, boolean enabled, String email) {
        Caller caller = callers.require(Role.ADMIN);
        String address = Fields.email(email, "integration.email.invalid");
        Jdbc.run(() -> {
            uncertainRecords().setEnabled(bodyId, enabled, address);
            return null;
        });
        audit.record(caller, "Workspace", bodyId, "integration.pnt.switch", null, enabled ? "ON" : "OFF", email);
    }

    /** The admin actions on records need no web-service client. */
    private PntDelivery uncertainRecords() {
        return new PntDelivery(dataSource, () -> null, clock, 1, Duration.ZERO);
    }

    private static void requireUncertain(PntDelivery d, long recordId) throws SQLException {
        DeliveryState state = d.state(recordId);
        if (state == null) {
            throw new NotFoundException();
        }
        if (state != DeliveryState.UNCERTAIN) {
            throw new ValidationException("integration.record.notUncertain");
        }
    }
}
