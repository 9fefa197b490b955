package mx.snt.vinculo.publication.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.outbox.OutboxStatus;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outbox on the console: events by state, the failed ones, dispatching and retrying now. Admin only. */
@Stateless
public class OutboxAdmin {

    /** Enough for a run-now that empties a backlog, not a loop without end. */
    private static final int MAX_PER_RUN = 10_000;

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB(lookup = IntegrationRuns.LOOKUP)
    private IntegrationRuns runs;

    /** Outbox events by state (PENDING, DELIVERED, FAILED, DEAD). */
    public Map<String, Long> counts() {
        callers.require(Role.ADMIN);
        Map<String, Long> out = new TreeMap<>();
        Jdbc.query(dataSource, "SELECT status, COUNT(*) FROM outbox_event GROUP BY status", rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** The newest hundred events that failed or gave up. */
    public List<DeadEventRow> deadEvents() {
        callers.require(Role.ADMIN);
        List<DeadEventRow> out = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT id, event_type, aggregate_type, aggregate_id, attempts, last_error, created_at FROM outbox_event"
                        + " WHERE status IN ('" + OutboxStatus.DEAD.name() + "', '" + OutboxStatus.FAILED.name() + "')"
                        + " ORDER BY id DESC LIMIT 100",
                rs -> out.add(new DeadEventRow(rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getLong(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant())));
        return out;
    }

    /** Handles every due outbox event now; how many. */
    public int dispatchNow() {
        Caller caller = callers.require(Role.ADMIN);
        int n = Jdbc.run(() -> {
            int total = 0, batch;
            do {
                batch = runs.dispatchOutbox();
                total += batch;
            } while (batch > 0 && total < MAX_PER_RUN);
            return total;
        });
        audit.record(caller, "Integration", 0, "integration.outbox.run", null, null, "events=" + n);
        return n;
    }

    public int retryEvent(long eventId) {
        Caller caller = callers.require(Role.ADMIN);
        int n = Jdbc.run(() -> runs.retryDeadEvents(eventId));
        audit.record(caller, "OutboxEvent", eventId, "integration.retry", "DEAD", "PENDING", null);
        return n;
    }
}
