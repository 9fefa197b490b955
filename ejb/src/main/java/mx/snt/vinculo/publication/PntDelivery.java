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

    /**
     * A call claimed and committed: the records marked SENDING with one token, all of the same
     * body, format and operation, sent together; settled counts those claimed alongside that
     * needed no call.
     */
    private record Attempt(String op, String token, java.util.List<Due> records, int settled) {
        Due first() {
            return records.get(0);
        }
    }

    /** Records per web-service call in the hub unless {@code vinculo.pnt.records-per-call} says otherwise. */
    public static final int RECORDS_PER_CALL = 50;

    private int recordsPerCall = 1;

    /**
     * How many records of one body, format and operation go in one call (1: one call per record).
     * A call is claimed and answered in one transaction each, so the commits, which wait for the
     * database's log flush, are paid per call and not per record; if the instance dies during a
     * call, exactly that call's records wait "por verificar".
     */
    public PntDelivery recordsPerCall(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("recordsPerCall");
        }
        this.recordsPerCall = n;
        return this;
    }

    /** Delivers up to {@code max} due records, after settling the attempts whose sender is gone. */
    public int deliver(int max) throws SQLException {
        recoverInterrupted();
        java.util.Map<String, SipotClient> ws = new java.util.HashMap<>();
        int n = 0;
        while (n < max) {
            int handled = deliverNext(ws, Math.min(recordsPerCall, max - n));
            if (handled == 0) {
                break;
            }
            n += handled;
        }
        return n;
    }

    /** Claims and makes the next call (of up to {@code size} records); how many records it took up. */
    private int deliverNext(java.util.Map<String, SipotClient> clients, int size) throws SQLException {
        Attempt a = claim(clients, size);
        if (a == null) {
            return 0;
        }
        if (a.op() == null) {
            return a.settled();  // settled without calling the PNT
        }
        Due d = a.first();
        SipotClient ws = clients.get(d.bodyCode());
        // A crash from here until the answer commits leaves the rows SENDING: see recoverInterrupted.
        java.util.Map<Long, String> added = new java.util.HashMap<>();
        SipotException failure = null;
        try {
            if (a.records().size() == 1) {
                int numero = (int) d.id();
                switch (a.op()) {
                    case "agrega" -> added.put(d.id(), ws.add(d.formatId(), d.email(), numero, values(a.op(), d)));
                    case "actualiza" -> ws.update(d.formatId(), d.email(), numero, d.idRegistro(), values(a.op(), d));
                    default -> ws.delete(d.formatId(), d.email(), numero, d.idRegistro());
                }
            } else {
                java.util.List<SipotClient.Registro> registros = new java.util.ArrayList<>();
                for (Due r : a.records()) {
                    registros.add(new SipotClient.Registro((int) r.id(), "agrega".equals(a.op()) ? null : r.idRegistro(),
                            values(a.op(), r)));
                }
                switch (a.op()) {
                    case "agrega" -> ws.addAll(d.formatId(), d.email(), registros).forEach((numero, id) -> added.put((long) numero, id));
                    case "actualiza" -> ws.updateAll(d.formatId(), d.email(), registros);
                    default -> ws.deleteAll(d.formatId(), d.email(), registros);
                }
            }
        } catch (SipotException e) {
            failure = e;
        }
        answer(a, added, failure);
        return a.settled() + a.records().size();
    }

    private static java.util.Map<String, String> values(String op, Due d) {
        return "elimina".equals(op) ? java.util.Map.of() : PntRecords.values(d.campos());
    }

    /**
     * Second transaction: the call's answer, for each of its records. What the PNT accepted is
     * stored in one statement for the whole call (a statement per record was a round trip each).
     */
    private void answer(Attempt a, java.util.Map<Long, String> added, SipotException failure) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                java.util.List<Due> accepted = new java.util.ArrayList<>();
                for (Due d : a.records()) {
                    if (failure != null) {
                        if ("agrega".equals(a.op()) && failure.outcomeUnknown()) {
                            uncertain(c, a, d, failure);
                        } else {
                            failed(c, a, d, failure);
                        }
                    } else if ("agrega".equals(a.op()) && added.get(d.id()) == null) {
                        failed(c, a, d, new SipotException("agrega: la respuesta no trae idRegistro", false));
                    } else {
                        accepted.add(d);
                    }
                }
                succeeded(c, a, accepted, added);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * The due records of one state, in id order. One state at a time, along ix_pnt_record_ws_due:
     * with {@code IN (...)} the database walked (and locked) every record ever delivered before it
     * found a due one. On MySQL and MariaDB the plan is fixed (STRAIGHT_JOIN, FORCE INDEX): the
     * optimizer otherwise starts from the body settings (or joins them through a buffer), reads
     * every due record of the body, sorts them and locks them all, for each call, so a backlog
     * cost its own size at every claim.
     */
    private static String due(boolean mysql) {
        return "SELECT " + (mysql ? "STRAIGHT_JOIN " : "") + "r.id, r.format_id, r.campos, r.content_hash, r.public_now,"
                + " r.id_registro, r.delivered_hash, r.ws_attempts, s.unit_email, w.code FROM pnt_record r"
                + (mysql ? " FORCE INDEX (ix_pnt_record_ws_due)" : "")
                // Looked up by key: a join buffer over the one-row settings table would undo the index's order.
                + " JOIN pnt_body_setting s" + (mysql ? " FORCE INDEX (PRIMARY)" : "") + " ON s.body_id = r.body_id AND s.ws_enabled = TRUE"
                + " JOIN workspace w ON w.id = r.body_id"
                + " WHERE r.ws_state = ? AND r.ws_op IS NULL AND r.ws_next_at <= ? ORDER BY r.id LIMIT ? FOR UPDATE SKIP LOCKED";
    }

    /** Whether the connection speaks MySQL (MySQL or MariaDB), whose optimizer needs the plan spelled out. */
    static boolean mysql(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }

    /**
     * First transaction: takes the next due records (up to {@code size}); settles those that need
     * no call, and marks SENDING, with one fresh token, those of the first one's body, format and
     * operation, then commits before anything is sent. The others are left as they were.
     */
    private Attempt claim(java.util.Map<String, SipotClient> clients, int size) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                java.util.List<Due> due = new java.util.ArrayList<>();
                String sql = due(mysql(c));
                for (String state : new String[]{"PENDING", "FAILED"}) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, state);
                        ps.setTimestamp(2, Timestamp.from(clock.instant()));
                        ps.setInt(3, size);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                due.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                                        rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10)));
                            }
                        }
                    }
                }
                due.sort(java.util.Comparator.comparingLong(Due::id));
                if (due.size() > size) {
                    due = due.subList(0, size);
                }
                int settled = 0;
                String op = null;
                java.util.List<Due> call = new java.util.ArrayList<>();
                for (Due d : due) {
                    String o = operation(d);
                    if (o == null) {
                        // Nothing changed, or never reached the PNT and no longer public: nothing to send.
                        done(c, d, d.publicNow() ? d.idRegistro() : null, d.publicNow() ? d.deliveredHash() : null);
                        settled++;
                    } else if (call.isEmpty() || (o.equals(op) && d.bodyCode().equals(call.get(0).bodyCode())
                            && d.formatId().equals(call.get(0).formatId()))) {
                        op = o;
                        call.add(d);
                    }
                }
                Attempt a;
                if (call.isEmpty()) {
                    a = settled == 0 ? null : new Attempt(null, null, java.util.List.of(), settled);
                } else {
                    // One client (one token) per body and run.
                    clients.computeIfAbsent(call.get(0).bodyCode(), client);
                    a = new Attempt(op, java.util.UUID.randomUUID().toString(), java.util.List.copyOf(call), settled);
                    StringBuilder in = new StringBuilder();
                    for (int i = 0; i < call.size(); i++) {
                        in.append(i == 0 ? "?" : ", ?");
                    }
                    // The hash sent is the content the lock holds (content_hash): null for an elimina.
                    try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'SENDING', ws_op = ?,"
                            + " ws_token = ?, ws_sending_at = ?, ws_sent_hash = " + ("elimina".equals(op) ? "NULL" : "content_hash")
                            + " WHERE id IN (" + in + ")")) {
                        ps.setString(1, op);
                        ps.setString(2, a.token());
                        ps.setTimestamp(3, Timestamp.from(clock.instant()));
                        for (int i = 0; i < call.size(); i++) {
                            ps.setLong(i + 4, call.get(i).id());
                        }
                        ps.executeUpdate();
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

    /** What a due record needs: agrega, actualiza, elimina, or nothing (null). */
    private static String operation(Due d) {
        return d.publicNow()
                ? (d.idRegistro() == null ? "agrega" : d.hash().equals(d.deliveredHash()) ? null : "actualiza")
                : (d.idRegistro() == null ? null : "elimina");
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
     * The PNT accepted these records of the call: what it holds now (the idRegistro it gave an
     * agrega, none after an elimina, and the content sent, ws_sent_hash). DELIVERED unless the
     * record changed while the call was under way (new content or publicity): then PENDING, so
     * the change follows. Only the attempt's own token is honoured; a late answer for an attempt
     * that an admin already settled changes nothing.
     */
    private void succeeded(Connection c, Attempt a, java.util.List<Due> accepted, java.util.Map<Long, String> added)
            throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        boolean agrega = "agrega".equals(a.op()), elimina = "elimina".equals(a.op());
        StringBuilder sql = new StringBuilder("UPDATE pnt_record SET ");
        if (agrega) {
            sql.append("id_registro = CASE id");
            accepted.forEach(d -> sql.append(" WHEN ? THEN ?"));
            sql.append(" END, ");
        } else if (elimina) {
            sql.append("id_registro = NULL, ");
        }
        // Every column is read before this statement assigns it (MySQL evaluates SET from left to right).
        String unchanged = elimina ? "public_now = FALSE" : "public_now = TRUE AND content_hash = ws_sent_hash";
        sql.append("delivered_hash = ws_sent_hash,")
                .append(" ws_state = CASE WHEN ").append(unchanged).append(" THEN 'DELIVERED' ELSE 'PENDING' END,")
                .append(" ws_attempts = CASE WHEN ").append(unchanged).append(" THEN ws_attempts + 1 ELSE 0 END,")
                .append(" ws_next_at = ?, ws_last_error = NULL, ").append(RELEASE)
                .append(" WHERE ws_token = ? AND id IN (");
        for (int i = 0; i < accepted.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (agrega) {
                for (Due d : accepted) {
                    ps.setLong(i++, d.id());
                    ps.setString(i++, added.get(d.id()));
                }
            }
            ps.setTimestamp(i++, Timestamp.from(clock.instant()));
            ps.setString(i++, a.token());
            for (Due d : accepted) {
                ps.setLong(i++, d.id());
            }
            int stored = ps.executeUpdate();
            if (stored < accepted.size()) {
                LOG.warning("PNT: respuesta tardía de " + a.op() + " de " + (accepted.size() - stored) + " de los registros "
                        + accepted.stream().map(d -> d.id() + (agrega ? " (idRegistro " + added.get(d.id()) + ")" : "")).toList()
                        + ": el intento ya se había resuelto");
            }
        }
    }

    /** The PNT refused or did not answer: FAILED with backoff, DEAD after the last attempt. */
    private void failed(Connection c, Attempt a, Due d, SipotException e) throws SQLException {
        int attempts = d.attempts() + 1;
        Instant next = clock.instant().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = ?, ws_attempts = ?, ws_next_at = ?,"
                + " ws_last_error = ?, " + RELEASE + " WHERE id = ? AND ws_token = ?")) {
            ps.setString(1, (attempts >= maxAttempts ? DeliveryState.DEAD : DeliveryState.FAILED).name());
            ps.setInt(2, attempts);
            ps.setTimestamp(3, Timestamp.from(next));
            String m = e.getMessage() == null ? "error" : e.getMessage();
            ps.setString(4, m.length() > 2000 ? m.substring(0, 2000) : m);
            ps.setLong(5, d.id());
            ps.setString(6, a.token());
            ps.executeUpdate();
        }
    }

    /**
     * An agrega got no answer in time: the PNT may have accepted it late, so it is never retried
     * blindly. UNCERTAIN, keeping its operation (never claimed) and the hash it sent, like an
     * interrupted agrega, until an admin settles it.
     */
    private void uncertain(Connection c, Attempt a, Due d, SipotException e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET ws_state = 'UNCERTAIN', ws_attempts = ?,"
                + " ws_last_error = ? WHERE id = ? AND ws_token = ?")) {
            ps.setInt(1, d.attempts() + 1);
            ps.setString(2, "El alta no respondió a tiempo (" + e.getMessage() + "): verifique en la PNT si quedó registrada.");
            ps.setLong(3, d.id());
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
