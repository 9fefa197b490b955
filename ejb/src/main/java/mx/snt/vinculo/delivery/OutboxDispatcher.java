package mx.snt.vinculo.delivery;

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

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * Claims due outbox events with {@code SELECT … FOR UPDATE SKIP LOCKED} and runs the handlers
 * on each, a batch of events per transaction (each event behind its own savepoint): an event is
 * DELIVERED exactly when the handlers' writes are committed, in the same commit; a failure leaves
 * it FAILED with the next attempt after an exponential backoff (base × 2^attempts), DEAD after
 * {@code maxAttempts}. Handlers that act outside the database keep their own ledger (notices:
 * notice_sent), since a batch that fails as a whole is handled again.
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

    /**
     * Events claimed and committed together: each commit waits for the database's log flush
     * (milliseconds, more on a busy server), which one transaction per event paid for every event.
     */
    static final int EVENTS_PER_TRANSACTION = 50;

    /**
     * Handles up to {@code max} due events, in transactions of up to {@link #EVENTS_PER_TRANSACTION}
     * events; how many were claimed.
     */
    public int dispatch(int max) throws SQLException {
        int n = 0;
        try (Connection c = dataSource.getConnection()) {
            while (n < max) {
                int claimed = dispatchBatch(c, Math.min(EVENTS_PER_TRANSACTION, max - n));
                if (claimed == 0) {
                    break;
                }
                n += claimed;
            }
        }
        return n;
    }

    /**
     * One transaction: claims up to {@code size} events and handles them. A batch runs without
     * savepoints (each one is a round trip to the database); if any event fails, or the
     * transaction itself does (a deadlock, a lost connection), the whole batch is rolled back,
     * nothing of it committed, and the same events are taken again one per transaction, where a
     * failing event rolls back to its savepoint and is marked FAILED while the others go on.
     */
    private int dispatchBatch(Connection c, int size) throws SQLException {
        if (size > 1) {
            try {
                return inTransaction(c, size, false);
            } catch (SQLException | RuntimeException batchFailed) {
                LOG.log(Level.FINE, "Lote de eventos deshecho; se atienden uno por uno", batchFailed);
            }
        }
        int n = 0;
        while (n < size && inTransaction(c, 1, true) > 0) {
            n++;
        }
        return n;
    }

    /** An event of a batch failed: the batch is rolled back and its events taken one by one. */
    private static final class BatchFailed extends RuntimeException {
        BatchFailed(Exception cause) {
            super(cause);
        }
    }

    private int inTransaction(Connection c, int size, boolean isolate) throws SQLException {
        c.setAutoCommit(false);
        try {
            List<EventHandler.Event> events = claim(c, size);
            if (!events.isEmpty()) {
                for (EventHandler h : handlers) {
                    try {
                        h.beginBatch(c);
                    } catch (SQLException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new SQLException(e);
                    }
                }
            }
            List<Long> delivered = new ArrayList<>();
            for (EventHandler.Event e : events) {
                if (isolate ? handleOne(c, e) : handleInBatch(c, e)) {
                    delivered.add(e.id());
                }
            }
            markDelivered(c, delivered);
            c.commit();
            return events.size();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection: the pool discards it when it is closed
            }
        }
    }

    private boolean handleInBatch(Connection c, EventHandler.Event e) {
        try {
            for (EventHandler h : handlers) {
                h.handle(c, e);
            }
            return true;
        } catch (Exception failure) {
            throw new BatchFailed(failure);
        }
    }

    /**
     * Up to {@code max} due events, in id order. One state at a time along ix_outbox_due: with
     * {@code status IN (...)} the database walked (and locked) every event ever delivered first.
     */
    private List<EventHandler.Event> claim(Connection c, int max) throws SQLException {
        List<EventHandler.Event> out = new ArrayList<>();
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        boolean mysql = product.contains("mysql") || product.contains("mariadb");
        for (String state : new String[]{"PENDING", "FAILED"}) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, event_type, aggregate_type, aggregate_id, workspace_id, payload FROM outbox_event"
                            // MySQL and MariaDB otherwise take ix_outbox_pending and sort (and lock) the whole backlog.
                            + (mysql ? " FORCE INDEX (ix_outbox_due)" : "")
                            + " WHERE status = ? AND next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                ps.setString(1, state);
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.setInt(3, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long ws = rs.getLong(5);
                        Long workspaceId = rs.wasNull() ? null : ws;
                        JsonObject payload;
                        try {
                            payload = JSON.createReader(new StringReader(rs.getString(6))).readObject();
                        } catch (RuntimeException badJson) {
                            payload = JSON.createObjectBuilder().build();
                        }
                        out.add(new EventHandler.Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                workspaceId, payload));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(EventHandler.Event::id));
        // The rest stay locked until the commit, untouched: another instance takes them next.
        return out.size() > max ? new ArrayList<>(out.subList(0, max)) : out;
    }

    /** Runs the handlers on one event; true when they succeeded (its DELIVERED mark is written with the batch's). */
    private boolean handleOne(Connection c, EventHandler.Event e) throws SQLException {
        java.sql.Savepoint sp = c.setSavepoint();
        try {
            for (EventHandler h : handlers) {
                h.handle(c, e);
            }
            return true;
        } catch (Exception failure) {
            c.rollback(sp);
            LOG.log(Level.WARNING, "Evento " + e.id() + " (" + e.eventType() + ") no entregado", failure);
            fail(c, e.id(), failure);
            return false;
        }
    }

    private void markDelivered(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET status = 'DELIVERED', delivered_at = ?,"
                + " attempts = attempts + 1, last_error = NULL WHERE id IN (" + in + ")")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 2, ids.get(i));
            }
            ps.executeUpdate();
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
