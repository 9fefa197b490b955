package mx.snt.vinculo.delivery;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims due outbox events with {@code SELECT … FOR UPDATE SKIP LOCKED} and runs the handlers
 * on each. One transaction per event: an event is DELIVERED exactly when the handlers' writes
 * are committed; a failure leaves it FAILED with the next attempt after an exponential
 * backoff (base × 2^attempts), DEAD after {@code maxAttempts}.
 */
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    private final DataSource dataSource;
    private final List<EventHandler> handlers;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;

    public OutboxDispatcher(DataSource dataSource, List<EventHandler> handlers, Clock clock, int maxAttempts, Duration backoff) {
        this.dataSource = dataSource;
        this.handlers = List.copyOf(handlers);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** Handles up to {@code max} due events, one transaction each; how many were claimed. */
    public int dispatch(int max) throws SQLException {
        int n = 0;
        while (n < max && dispatchOne()) {
            n++;
        }
        return n;
    }

    private boolean dispatchOne() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<EventHandler.Event> events = claim(c, 1);
                for (EventHandler.Event e : events) {
                    handleOne(c, e);
                }
                c.commit();
                return !events.isEmpty();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private List<EventHandler.Event> claim(Connection c, int max) throws SQLException {
        List<EventHandler.Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, event_type, aggregate_type, aggregate_id, workspace_id, payload FROM outbox_event"
                        + " WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= ? ORDER BY id LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ws = rs.getLong(5);
                    Long workspaceId = rs.wasNull() ? null : ws;
                    JsonObject payload;
                    try {
                        payload = Json.createReader(new StringReader(rs.getString(6))).readObject();
                    } catch (RuntimeException badJson) {
                        payload = Json.createObjectBuilder().build();
                    }
                    out.add(new EventHandler.Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            workspaceId, payload));
                }
            }
        }
        return out;
    }

    private void handleOne(Connection c, EventHandler.Event e) throws SQLException {
        java.sql.Savepoint sp = c.setSavepoint();
        try {
            for (EventHandler h : handlers) {
                h.handle(c, e);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox_event SET status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setLong(2, e.id());
                ps.executeUpdate();
            }
        } catch (Exception failure) {
            c.rollback(sp);
            LOG.log(Level.WARNING, "Evento " + e.id() + " (" + e.eventType() + ") no entregado", failure);
            fail(c, e.id(), failure);
        }
    }

    private void fail(Connection c, long id, Exception failure) throws SQLException {
        int attempts;
        try (PreparedStatement ps = c.prepareStatement("SELECT attempts FROM outbox_event WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                attempts = rs.getInt(1) + 1;
            }
        }
        String state = attempts >= maxAttempts ? "DEAD" : "FAILED";
        Instant next = clock.instant().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")) {
            ps.setString(1, state);
            ps.setInt(2, attempts);
            ps.setTimestamp(3, Timestamp.from(next));
            ps.setString(4, message.length() > 2000 ? message.substring(0, 2000) : message);
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    /** Puts DEAD events (one, or all when id is null) back in the queue. */
    public int retryDead(Long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                     + " WHERE status = 'DEAD'" + (id == null ? "" : " AND id = ?"))) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            if (id != null) {
                ps.setLong(2, id);
            }
            return ps.executeUpdate();
        }
    }
}
