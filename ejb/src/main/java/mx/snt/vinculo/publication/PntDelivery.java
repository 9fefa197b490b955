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
 * Sends pending SIPOT records through the web service, for bodies whose switch is on. The
 * record key keeps the idRegistro the PNT returned and the hash of what it holds: added once,
 * updated when the content changed, skipped when not, deleted with its idRegistro. A failure is
 * retried with exponential backoff; after the last attempt the record is DEAD until an admin
 * retries it. An {@code agrega} that timed out is not retried: the PNT may have accepted it late,
 * so it becomes UNCERTAIN ("por verificar") like an interrupted one.
 *
 * <p>Each call is bracketed by two transactions, so a crash cannot turn into a second
 * {@code agrega}: the row is claimed ({@code FOR UPDATE SKIP LOCKED}) and marked SENDING with
 * its operation, an attempt token and the time, and that is committed <em>before</em> the PNT is
 * called; the answer is stored in a second transaction, by the holder of the token only. A row
 * whose operation is set is never claimed again. If its sender is gone (older than the lease) an
 * {@code actualiza} or {@code elimina} is simply retried (idempotent with the idRegistro), but an
 * {@code agrega} has an unknown outcome — the PNT may hold the record — so it becomes UNCERTAIN
 * ("por verificar") until an admin says it is at the PNT (with its idRegistro) or resends it.
 */
public class PntDelivery {

    /** How long a SENDING row belongs to its sender when nothing else is said (client timeout 20 s). */
    public static final Duration DEFAULT_LEASE = leaseFor(Duration.ofSeconds(20));

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PntDelivery.class.getName());

    private final DataSource dataSource;
    /** A client per body (its code): each obligated body has its own SIPOT account. */
    private final java.util.function.Function<String, SipotClient> client;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration lease;

    public PntDelivery(DataSource dataSource, Supplier<SipotClient> client, Clock clock, int maxAttempts, Duration backoff) {
        this(dataSource, client, clock, maxAttempts, backoff, DEFAULT_LEASE);
    }

    public PntDelivery(DataSource dataSource, Supplier<SipotClient> client, Clock clock, int maxAttempts, Duration backoff,
                       Duration lease) {
        this(dataSource, (java.util.function.Function<String, SipotClient>) body -> client.get(), clock, maxAttempts, backoff, lease);
    }

    public PntDelivery(DataSource dataSource, java.util.function.Function<String, SipotClient> client, Clock clock, int maxAttempts,
                       Duration backoff, Duration lease) {
        this.dataSource = dataSource;
        this.client = client;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.lease = lease;
    }

    /**
     * The lease for a client timeout: one operation may take four requests (token, call, renewed
     * token, call), each up to the timeout, plus a minute for the database and pauses.
     */
    public static Duration leaseFor(Duration clientTimeout) {
        return clientTimeout.multipliedBy(4).plusSeconds(60);
    }

    /** An idRegistro as the PNT shows it: digits only. */
    public static boolean isIdRegistro(String s) {
        return s != null && s.matches("\\d{1,18}");
    }

    private record Due(long id, String formatId, String campos, String hash, boolean publicNow, String idRegistro,
                       String deliveredHash, int attempts, String email, String bodyCode) {
    }

    /** A claimed record, marked SENDING and committed: the call to make and what it sends. */
    private record Attempt(Due d, String op, String token, java.util.Map<String, String> values) {
    }

    /** Delivers up to {@code max} due records, after settling the attempts whose sender is gone. */
    public int deliver(int max) throws SQLException {
        recoverInterrupted();
        java.util.Map<String, SipotClient> ws = new java.util.HashMap<>();
        int n = 0;
        while (n < max && deliverNext(ws)) {
            n++;
        }
        return n;
    }

    private boolean deliverNext(java.util.Map<String, SipotClient> clients) throws SQLException {
        Attempt a = claim(clients);
        if (a == null) {
            return false;
        }
        if (a.op() == null) {
            return true;  // settled without calling the PNT
        }
        Due d = a.d();
        SipotClient ws = clients.get(d.bodyCode());
        int numero = (int) d.id();
        // A crash from here until record(...) commits leaves the row SENDING: see recoverInterrupted.
        try {
            switch (a.op()) {
                case "agrega" -> succeeded(a, ws.add(d.formatId(), d.email(), numero, a.values()), d.hash(), true);
                case "actualiza" -> {
                    ws.update(d.formatId(), d.email(), numero, d.idRegistro(), a.values());
                    succeeded(a, d.idRegistro(), d.hash(), true);
                }
                default -> {
                    ws.delete(d.formatId(), d.email(), numero, d.idRegistro());
                    succeeded(a, null, null, false);
                }
            }
        } catch (SipotException e) {
            if ("agrega".equals(a.op()) && e.outcomeUnknown()) {
                uncertain(a, e);
            } else {
                failed(a, e);
            }
        }
        return true;
    }

    /**
     * First transaction: takes the next due record; when a call is needed marks it SENDING with
     * the operation and a fresh token and commits before anything is sent; else settles it.
     */
    private Attempt claim(java.util.Map<String, SipotClient> clients) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Due d = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.format_id, r.campos, r.content_hash, r.public_now,"
                        + " r.id_registro, r.delivered_hash, r.ws_attempts, s.unit_email, w.code FROM pnt_record r"
                        + " JOIN pnt_body_setting s ON s.body_id = r.body_id AND s.ws_enabled = TRUE"
                        + " JOIN workspace w ON w.id = r.body_id"
                        + " WHERE r.ws_state IN ('PENDING', 'FAILED') AND r.ws_op IS NULL AND r.ws_next_at <= ? ORDER BY r.id LIMIT 1"
                        + " FOR UPDATE SKIP LOCKED")) {
                    ps.setTimestamp(1, Timestamp.from(clock.instant()));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            d = new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                                    rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10));
                        }
                    }
                }
                Attempt a = null;
                if (d != null) {
                    String op = d.publicNow()
                            ? (d.idRegistro() == null ? "agrega" : d.hash().equals(d.deliveredHash()) ? null : "actualiza")
                            : (d.idRegistro() == null ? null : "elimina");
                    if (op == null) {
                        // Nothing changed, or never reached the PNT and no longer public: nothing to send.
                        done(c, d, d.publicNow() ? d.idRegistro() : null, d.publicNow() ? d.deliveredHash() : null);
                        a = new Attempt(d, null, null, null);
                    } else {
                        java.util.Map<String, String> values = "elimina".equals(op) ? java.util.Map.of() : PntRecords.values(d.campos());
                        // One client (one token) per body and run.
                        clients.computeIfAbsent(d.bodyCode(), client);
                        a = new Attempt(d, op, java.util.UUID.randomUUID().toString(), values);
                        try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'SENDING', ws_op = ?,"
                                + " ws_token = ?, ws_sending_at = ?, ws_sent_hash = ? WHERE id = ?")) {
                            ps.setString(1, op);
                            ps.setString(2, a.token());
                            ps.setTimestamp(3, Timestamp.from(clock.instant()));
                            ps.setString(4, "elimina".equals(op) ? null : d.hash());
                            ps.setLong(5, d.id());
                            ps.executeUpdate();
                        }
                    }
                }
                c.commit();
                return a;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
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

    private static final String RELEASE = "ws_op = NULL, ws_token = NULL, ws_sending_at = NULL, ws_sent_hash = NULL";

    /**
     * Second transaction, the PNT accepted: what it holds now. DELIVERED unless the record changed
     * while the call was under way (new content or publicity): then PENDING, so the change follows.
     * Only the attempt's own token is honoured; a late answer for an attempt that an admin
     * already settled changes nothing.
     */
    private void succeeded(Attempt a, String idRegistro, String deliveredHash, boolean publicNow) throws SQLException {
        String unchanged = publicNow ? "public_now = TRUE AND content_hash = ?" : "public_now = FALSE";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET id_registro = ?, delivered_hash = ?,"
                     + " ws_state = CASE WHEN " + unchanged + " THEN 'DELIVERED' ELSE 'PENDING' END,"
                     + " ws_attempts = CASE WHEN " + unchanged + " THEN ? ELSE 0 END,"
                     + " ws_next_at = ?, ws_last_error = NULL, " + RELEASE + " WHERE id = ? AND ws_token = ?")) {
            int i = 1;
            ps.setString(i++, idRegistro);
            ps.setString(i++, deliveredHash);
            if (publicNow) {
                ps.setString(i++, deliveredHash);
            }
            if (publicNow) {
                ps.setString(i++, deliveredHash);
            }
            ps.setInt(i++, a.d().attempts() + 1);
            ps.setTimestamp(i++, Timestamp.from(clock.instant()));
            ps.setLong(i++, a.d().id());
            ps.setString(i, a.token());
            if (ps.executeUpdate() == 0) {
                LOG.warning("PNT: respuesta tardía de " + a.op() + " del registro " + a.d().id() + " (idRegistro "
                        + idRegistro + "): el intento ya se había resuelto");
            }
        }
    }

    /** Second transaction, the PNT refused or did not answer: FAILED with backoff, DEAD after the last attempt. */
    private void failed(Attempt a, SipotException e) throws SQLException {
        int attempts = a.d().attempts() + 1;
        Instant next = clock.instant().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = ?, ws_attempts = ?, ws_next_at = ?,"
                     + " ws_last_error = ?, " + RELEASE + " WHERE id = ? AND ws_token = ?")) {
            ps.setString(1, (attempts >= maxAttempts ? DeliveryState.DEAD : DeliveryState.FAILED).name());
            ps.setInt(2, attempts);
            ps.setTimestamp(3, Timestamp.from(next));
            String m = e.getMessage() == null ? "error" : e.getMessage();
            ps.setString(4, m.length() > 2000 ? m.substring(0, 2000) : m);
            ps.setLong(5, a.d().id());
            ps.setString(6, a.token());
            ps.executeUpdate();
        }
    }

    /**
     * Second transaction, an agrega got no answer in time: the PNT may have accepted it late, so it is
     * never retried blindly. UNCERTAIN, keeping its operation (never claimed) and the hash it sent,
     * like an interrupted agrega, until an admin settles it.
     */
    private void uncertain(Attempt a, SipotException e) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'UNCERTAIN', ws_attempts = ?,"
                     + " ws_last_error = ? WHERE id = ? AND ws_token = ?")) {
            ps.setInt(1, a.d().attempts() + 1);
            ps.setString(2, "El alta no respondió a tiempo (" + e.getMessage() + "): verifique en la PNT si quedó registrada.");
            ps.setLong(3, a.d().id());
            ps.setString(4, a.token());
            ps.executeUpdate();
        }
    }

    /**
     * Attempts whose sender is gone (SENDING for longer than the lease: the instance died or lost
     * the database between the call and the commit). An interrupted actualiza or elimina goes
     * back to PENDING at once: repeating it with the idRegistro is harmless. An interrupted
     * agrega may have been accepted, and repeating it would add the record twice: it becomes
     * UNCERTAIN and keeps its operation (so it is never claimed) until an admin settles it. The
     * ws_state test also catches an UNCERTAIN row that a new version of the output set back to
     * PENDING. How many were settled.
     */
    public int recoverInterrupted() throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp expired = Timestamp.from(clock.instant().minus(lease));
        try (Connection c = dataSource.getConnection()) {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'UNCERTAIN', ws_last_error = ?"
                    + " WHERE ws_op = 'agrega' AND ws_sending_at < ? AND ws_state <> 'UNCERTAIN'")) {
                ps.setString(1, "Se interrumpió un alta sin respuesta guardada: verifique en la PNT si quedó registrada.");
                ps.setTimestamp(2, expired);
                n = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'PENDING', ws_next_at = ?,"
                    + " ws_last_error = ?, " + RELEASE + " WHERE ws_op IN ('actualiza', 'elimina') AND ws_sending_at < ?")) {
                ps.setTimestamp(1, now);
                ps.setString(2, "Envío interrumpido; se reintenta.");
                ps.setTimestamp(3, expired);
                n += ps.executeUpdate();
            }
            return n;
        }
    }

    /**
     * Admin: the UNCERTAIN record is at the PNT under this idRegistro, holding what was sent.
     * DELIVERED, or PENDING when the record changed since (the change then goes as actualiza,
     * or as elimina if it is no longer public). The new state, or null when the record is not
     * UNCERTAIN (nothing changed).
     */
    public DeliveryState confirmAtPnt(long id, String idRegistro) throws SQLException {
        if (!isIdRegistro(idRegistro)) {
            throw new IllegalArgumentException("idRegistro");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET id_registro = ?,"
                     + " delivered_hash = COALESCE(ws_sent_hash, content_hash),"
                     + " ws_state = CASE WHEN public_now = TRUE AND content_hash = COALESCE(ws_sent_hash, content_hash)"
                     + " THEN 'DELIVERED' ELSE 'PENDING' END,"
                     + " ws_attempts = 0, ws_next_at = ?, ws_last_error = NULL, " + RELEASE
                     + " WHERE id = ? AND ws_state = 'UNCERTAIN'")) {
            ps.setString(1, idRegistro);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setLong(3, id);
            return ps.executeUpdate() == 0 ? null : state(c, id);
        }
    }

    /** Admin: the UNCERTAIN record is not at the PNT; PENDING, to be added again. False when not UNCERTAIN. */
    public boolean resend(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'PENDING', ws_attempts = 0,"
                     + " ws_next_at = ?, ws_last_error = NULL, " + RELEASE + " WHERE id = ? AND ws_state = 'UNCERTAIN'")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setLong(2, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** A record's delivery state, or null when there is no such record. */
    public DeliveryState state(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return state(c, id);
        }
    }

    private static DeliveryState state(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ws_state FROM pnt_record WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? DeliveryState.of(rs.getString(1)) : null;
            }
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
