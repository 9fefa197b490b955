package mx.snt.vinculo.publication;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Sends pending SIPOT records through the web service, for bodies whose switch is on. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}; the record key keeps the idRegistro the PNT
 * returned and the hash of what it holds: added once, updated when the content changed,
 * skipped when not, deleted with its idRegistro. A failure is retried with exponential
 * backoff; after the last attempt the record is DEAD until an admin retries it.
 */
public class PntDelivery {

    private final DataSource dataSource;
    private final Supplier<SipotClient> client;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;

    public PntDelivery(DataSource dataSource, Supplier<SipotClient> client, Clock clock, int maxAttempts, Duration backoff) {
        this.dataSource = dataSource;
        this.client = client;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    private record Due(long id, String formatId, String campos, String hash, boolean publicNow, String idRegistro,
                       String deliveredHash, int attempts, String email) {
    }

    /**
     * Delivers up to {@code max} due records, one transaction each: the row stays locked while
     * the PNT is called and until its answer is stored, so no other instance sends it too.
     */
    public int deliver(int max) throws SQLException {
        SipotClient[] ws = new SipotClient[1];
        int n = 0;
        while (n < max && deliverNext(ws)) {
            n++;
        }
        return n;
    }

    private boolean deliverNext(SipotClient[] ws) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Due d = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.format_id, r.campos, r.content_hash, r.public_now,"
                        + " r.id_registro, r.delivered_hash, r.ws_attempts, s.unit_email FROM pnt_record r"
                        + " JOIN pnt_body_setting s ON s.body_id = r.body_id AND s.ws_enabled = TRUE"
                        + " WHERE r.ws_state IN ('PENDING', 'FAILED') AND r.ws_next_at <= ? ORDER BY r.id LIMIT 1"
                        + " FOR UPDATE SKIP LOCKED")) {
                    ps.setTimestamp(1, Timestamp.from(clock.instant()));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            d = new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                                    rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9));
                        }
                    }
                }
                if (d == null) {
                    c.commit();
                    return false;
                }
                if (ws[0] == null) {
                    ws[0] = client.get();  // one client (one token) per run
                }
                deliverOne(c, ws[0], d);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private void deliverOne(Connection c, SipotClient ws, Due d) throws SQLException {
        int numero = (int) d.id();
        try {
            if (d.publicNow()) {
                if (d.idRegistro() == null) {
                    String idRegistro = ws.add(d.formatId(), d.email(), numero, PntRecords.values(d.campos()));
                    done(c, d, idRegistro, d.hash());
                } else if (!d.hash().equals(d.deliveredHash())) {
                    ws.update(d.formatId(), d.email(), numero, d.idRegistro(), PntRecords.values(d.campos()));
                    done(c, d, d.idRegistro(), d.hash());
                } else {
                    done(c, d, d.idRegistro(), d.deliveredHash());  // nothing changed: skipped
                }
            } else if (d.idRegistro() != null) {
                ws.delete(d.formatId(), d.email(), numero, d.idRegistro());
                done(c, d, null, null);
            } else {
                done(c, d, null, null);  // never reached the PNT: nothing to delete
            }
        } catch (SipotException e) {
            int attempts = d.attempts() + 1;
            Instant next = clock.instant().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
            try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = ?, ws_attempts = ?, ws_next_at = ?,"
                    + " ws_last_error = ? WHERE id = ?")) {
                ps.setString(1, attempts >= maxAttempts ? "DEAD" : "FAILED");
                ps.setInt(2, attempts);
                ps.setTimestamp(3, Timestamp.from(next));
                String m = e.getMessage() == null ? "error" : e.getMessage();
                ps.setString(4, m.length() > 2000 ? m.substring(0, 2000) : m);
                ps.setLong(5, d.id());
                ps.executeUpdate();
            }
        }
    }

    private void done(Connection c, Due d, String idRegistro, String deliveredHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'DELIVERED', ws_attempts = ?,"
                + " id_registro = ?, delivered_hash = ?, ws_last_error = NULL WHERE id = ?")) {
            ps.setInt(1, d.attempts() + 1);
            ps.setString(2, idRegistro);
            ps.setString(3, deliveredHash);
            ps.setLong(4, d.id());
            ps.executeUpdate();
        }
    }

    /** Puts DEAD records (one, or all when id is null) back in the queue. */
    public int retryDead(Long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'PENDING', ws_attempts = 0, ws_next_at = ?"
                     + " WHERE ws_state = 'DEAD'" + (id == null ? "" : " AND id = ?"))) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            if (id != null) {
                ps.setLong(2, id);
            }
            return ps.executeUpdate();
        }
    }

    /** Turns the web service on or off for a body. */
    public void setEnabled(long bodyId, boolean enabled, String email) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement up = c.prepareStatement("UPDATE pnt_body_setting SET ws_enabled = ?, unit_email = ? WHERE body_id = ?")) {
                up.setBoolean(1, enabled);
                up.setString(2, email);
                up.setLong(3, bodyId);
                if (up.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO pnt_body_setting (body_id, ws_enabled, unit_email) VALUES (?, ?, ?)")) {
                in.setLong(1, bodyId);
                in.setBoolean(2, enabled);
                in.setString(3, email);
                in.executeUpdate();
            }
        }
    }
}
