package mx.snt.vinculo.digests;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.notices.Mailer;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * One digest run for a period (a day, or the ISO week containing a day, in Mexico City):
 * each member with that frequency and something new in the workspaces they follow gets one
 * mail, with a Message-ID made of member and period ({@link #messageId}).
 *
 * <p>Crash safety, as in the PNT delivery: a member's ledger row (member, period) is committed
 * as SENDING before the mail goes to the SMTP server and marked SENT once the server accepted
 * it. A run skips every member that has a row: a second run, or a second instance at the same
 * time (its insert waits for the first one's commit, then collides), sends nothing twice. A
 * send that failed cleanly (the server could not be reached, or refused the mail) has its row
 * removed, so the next run sends it. A row left SENDING by a run that died (kill -9, a lost
 * database) for longer than the lease, or UNCERTAIN (the connection broke while the mail was
 * on the wire), is "por verificar": the mail may have gone or not, and no run sends it blindly
 * again; an admin marks it sent ({@link #markSent}) or resends it ({@link #resend}: the same
 * Message-ID, so the recipient's mail server and the admin see it is the same mail).
 *
 * <p>Speed: the rows are claimed and marked in batches (one transaction marks the last batch
 * SENT and claims the next one), all mails of a run go over one SMTP connection, and members
 * with the same news in the same language share one composition. A kill therefore leaves at
 * most one batch por verificar.
 */
public class DigestRunner {

    private static final Logger LOG = Logger.getLogger(DigestRunner.class.getName());
    /** Immediate notices, not news for everyone. */
    private static final Set<String> NOT_NEWS = Set.of("review.requested", "commitment.dueSoon", "agreement.expiring",
            "agreement.sentBack", "agreement.approved", "proposal.decided");
    /** Kept as an alias: the zone is declared once, in {@link MexicoCity}. */
    public static final ZoneId MEXICO = MexicoCity.ZONE;
    /** Members claimed per transaction: at most this many wait por verificar after a kill. */
    public static final int DEFAULT_BATCH = 20;
    /** How long a SENDING row belongs to its run: a batch of sends, each with its connect and read timeouts, fits well in it. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    /** Progress (which renews the job's lease, one commit) is reported at most this often. */
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    /** What a run did; uncertain: members whose digest waits por verificar (not sent by this run). */
    public record Result(String period, int sent, int alreadySent, int nothingNew, int failed, int uncertain)
            implements java.io.Serializable {
    }

    /** A digest whose outcome is unknown, waiting for an admin: since when (the attempt), and its Message-ID. */
    public record Uncertain(long memberId, String username, String email, String period, int items, String messageId,
                            Instant attemptedAt) implements java.io.Serializable {
    }

    private final DataSource dataSource;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;
    private final Duration lease;
    private final int batch;
    private final String messageHost;

    public DigestRunner(DataSource dataSource, Mailer mailer, String baseUrl, Clock clock) {
        this(dataSource, mailer, baseUrl, clock, DEFAULT_LEASE, DEFAULT_BATCH);
    }

    public DigestRunner(DataSource dataSource, Mailer mailer, String baseUrl, Clock clock, Duration lease, int batch) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.lease = lease;
        this.batch = Math.max(1, batch);
        String host = null;
        try {
            host = java.net.URI.create(baseUrl).getHost();
        } catch (RuntimeException ignored) {
            // a bad base address only costs the Message-ID its host
        }
        this.messageHost = host == null || host.isBlank() ? "vinculo" : host;
    }

    public static String periodKey(Frequency f, LocalDate day) {
        return f == Frequency.WEEKLY
                ? "W:" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : "D:" + day;
    }

    /** The frequency of a period key ("D:2026-11-27", "W:2026-W48"), or null when it is not one. */
    public static Frequency frequencyOf(String period) {
        return period == null ? null : period.startsWith("D:") ? Frequency.DAILY : period.startsWith("W:") ? Frequency.WEEKLY : null;
    }

    /** A day of the period (the day itself, or the Monday of the week); null when the key is not a period. */
    public static LocalDate dayOf(String period) {
        try {
            if (period.startsWith("D:")) {
                return LocalDate.parse(period.substring(2));
            }
            if (period.startsWith("W:") && period.length() == 10 && period.charAt(7) == 'W') {
                int year = Integer.parseInt(period.substring(2, 6));
                int week = Integer.parseInt(period.substring(8));
                LocalDate d = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return periodKey(Frequency.WEEKLY, d).equals(period) ? d : null;
            }
        } catch (RuntimeException bad) {
            return null;
        }
        return null;
    }

    /** The digest's Message-ID: the same for every attempt of one member and period. */
    public String messageId(long memberId, String period) {
        return "<digest." + memberId + "." + period.replace(':', '-') + "@" + messageHost + ">";
    }

    public Result run(Frequency frequency, LocalDate day) throws SQLException {
        return run(frequency, day, mx.snt.vinculo.platform.ProgressListener.NONE);
    }

    /** One run, telling {@code progress} how far it is (members handled of members with this frequency). */
    public Result run(Frequency frequency, LocalDate day, mx.snt.vinculo.platform.ProgressListener progress) throws SQLException {
        return run(frequency, day, progress, null);
    }

    /** A run limited to some members ({@code only}; null: everyone). */
    private Result run(Frequency frequency, LocalDate day, mx.snt.vinculo.platform.ProgressListener progress, Set<Long> only)
            throws SQLException {
        LocalDate from = frequency == Frequency.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate to = frequency == Frequency.WEEKLY ? from.plusDays(7) : day.plusDays(1);
        Instant start = from.atStartOfDay(MEXICO).toInstant();
        Instant end = to.atStartOfDay(MEXICO).toInstant();
        String period = periodKey(frequency, day);
        java.time.format.DateTimeFormatter dd = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String label = frequency == Frequency.WEEKLY ? dd.format(from) + " – " + dd.format(to.minusDays(1)) : dd.format(day);
        Tally tally = new Tally();
        List<DigestItem> events;
        List<Member> members = new ArrayList<>();
        Map<Long, Set<Long>> follows = new HashMap<>();
        Map<Long, Set<Long>> memberships = new HashMap<>();
        Instant cutoff = clock.instant().minus(lease);
        try (Connection c = dataSource.getConnection()) {
            events = events(c, start, end);
            if (events.isEmpty()) {
                return new Result(period, 0, 0, 0, 0, 0);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.email, m.locale, s.state, s.attempted_at, p.member_id"
                    + " FROM member m LEFT JOIN digest_preference p ON p.member_id = m.id"
                    + " LEFT JOIN digest_sent s ON s.member_id = m.id AND s.period_key = ?"
                    + " WHERE m.email IS NOT NULL AND COALESCE(p.frequency, 'DAILY') = ? ORDER BY m.id")) {
                ps.setString(1, period);
                ps.setString(2, frequency.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (only != null && !only.contains(id)) {
                            continue;
                        }
                        String state = rs.getString(4);
                        Timestamp attempted = rs.getTimestamp(5);
                        rs.getLong(6);
                        boolean hasPreference = !rs.wasNull();
                        Ledger ledger = state == null ? Ledger.NONE
                                : uncertain(state, attempted == null ? null : attempted.toInstant(), cutoff) ? Ledger.UNCERTAIN
                                : Ledger.TAKEN;
                        members.add(new Member(id, rs.getString(2), rs.getString(3), ledger, hasPreference));
                    }
                }
            }
            load(c, "SELECT member_id, workspace_id FROM digest_follow", follows);
            load(c, "SELECT member_id, workspace_id FROM membership", memberships);
            Map<Long, Set<Long>> defaults = new HashMap<>();
            load(c, "SELECT m.id, m.home_body_id FROM member m WHERE m.home_body_id IS NOT NULL", defaults);
            load(c, "SELECT ms.member_id, ms.workspace_id FROM membership ms JOIN workspace w ON w.id = ms.workspace_id"
                    + " WHERE w.type = 'COMMISSION'", defaults);
            for (Member m : members) {
                if (!m.hasPreference()) {
                    follows.put(m.id(), defaults.getOrDefault(m.id(), Set.of()));
                }
            }
        }
        Progress shown = new Progress(progress, members.size());
        shown.report(0, true);
        Map<String, Mailer.Prepared> composed = new HashMap<>();
        List<Pending> due = new ArrayList<>();
        int done = 0;
        try (Sending sending = new Sending(period)) {
            for (Member m : members) {
                done++;
                switch (m.ledger()) {
                    case TAKEN -> {
                        tally.already++;
                        continue;
                    }
                    case UNCERTAIN -> {
                        tally.uncertain++;
                        continue;
                    }
                    default -> {
                    }
                }
                Set<Long> followed = follows.getOrDefault(m.id(), Set.of());
                Set<Long> mine = memberships.getOrDefault(m.id(), Set.of());
                List<DigestItem> items = events.stream()
                        .filter(i -> followed.contains(i.workspaceId()))
                        .filter(i -> !"PRIVATE".equals(i.visibility()) || mine.contains(i.workspaceId()))
                        .toList();
                if (items.isEmpty()) {
                    tally.empty++;
                    continue;
                }
                Locale locale = m.locale() != null && m.locale().toLowerCase(Locale.ROOT).startsWith("en")
                        ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
                due.add(new Pending(m.id(), m.email(), items.size(), mail(composed, items, locale, label)));
                if (due.size() == batch) {
                    sending.send(due, tally);
                    due.clear();
                    shown.report(done, false);
                }
            }
            sending.send(due, tally);
            sending.flush();
        }
        shown.report(done, true);
        return new Result(period, tally.sent, tally.already, tally.empty, tally.failed, tally.uncertain);
    }

    /**
     * The same news in the same language make the same mail (the text names no one): composed and rendered once. The key is the
     * items' event ids, which fix the lines, their order and their links.
     */
    private Mailer.Prepared mail(Map<String, Mailer.Prepared> composed, List<DigestItem> items, Locale locale, String label) {
        StringBuilder key = new StringBuilder(locale.toLanguageTag());
        for (DigestItem i : items) {
            key.append(',').append(i.eventId());
        }
        if (composed.size() > 10_000) {
            composed.clear();  // members with news of their own each: no point keeping them
        }
        return composed.computeIfAbsent(key.toString(), k -> {
            DigestComposer.Mail mail = DigestComposer.compose(items, locale, baseUrl, label);
            try {
                return mailer.prepare(mail.subject(), mail.text(), mail.html());
            } catch (MessagingException e) {
                throw new IllegalStateException("No se pudo preparar el resumen", e);
            }
        });
    }

    private static boolean uncertain(String state, Instant attemptedAt, Instant cutoff) {
        return "UNCERTAIN".equals(state) || "SENDING".equals(state) && (attemptedAt == null || attemptedAt.isBefore(cutoff));
    }

    private enum Ledger { NONE, TAKEN, UNCERTAIN }

    private record Member(long id, String email, String locale, Ledger ledger, boolean hasPreference) {
    }

    private record Pending(long memberId, String email, int items, Mailer.Prepared mail) {
    }

    private static final class Tally {
        int sent, already, empty, failed, uncertain;
    }

    /** Progress to the job (a commit that renews its lease): at the start, the end, and at most once a second between. */
    private static final class Progress {
        private final mx.snt.vinculo.platform.ProgressListener listener;
        private final int total;
        private long last = System.nanoTime();

        Progress(mx.snt.vinculo.platform.ProgressListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        void report(int done, boolean always) throws SQLException {
            if (always || System.nanoTime() - last >= PROGRESS_NANOS) {
                listener.progress(done, total);
                last = System.nanoTime();
            }
        }
    }

    /**
     * A run's sends: one SMTP connection, and one database connection whose transactions mark the last batch's
     * outcomes and claim the next batch together. Once the mail server cannot be reached, nothing more is claimed:
     * the rest of the run counts as failed and the next run sends it.
     */
    private final class Sending implements AutoCloseable {
        private final String period;
        private final Mailer.Connection smtp = mailer.connection();
        private final Connection db;
        private final List<Long> sentIds = new ArrayList<>(), failedIds = new ArrayList<>(), unknownIds = new ArrayList<>();
        private boolean unreachable;

        Sending(String period) throws SQLException {
            this.period = period;
            this.db = dataSource.getConnection();
            db.setAutoCommit(false);
        }

        void send(List<Pending> due, Tally tally) throws SQLException {
            if (due.isEmpty()) {
                return;
            }
            if (unreachable) {
                tally.failed += due.size();
                return;
            }
            List<Pending> claimed = claim(due, tally);
            for (int i = 0; i < claimed.size(); i++) {
                Pending p = claimed.get(i);
                if (unreachable) {
                    failedIds.add(p.memberId());
                    tally.failed++;
                    continue;
                }
                try {
                    smtp.send(p.mail(), p.email(), messageId(p.memberId(), period));
                    sentIds.add(p.memberId());
                    tally.sent++;
                } catch (Mailer.UnknownOutcome e) {
                    unknownIds.add(p.memberId());
                    tally.uncertain++;
                    LOG.log(Level.WARNING, "Resumen a " + p.email() + " (" + period + ") por verificar: la conexión se cortó durante el envío", e);
                } catch (MessagingException e) {
                    failedIds.add(p.memberId());
                    tally.failed++;
                    unreachable = e instanceof Mailer.Unreachable;
                    LOG.log(Level.WARNING, "Resumen no enviado a " + p.email() + " (" + period + "); se reintentará", e);
                } catch (RuntimeException e) {
                    // Not known whether it left: this one waits por verificar; the rest of the batch never went out.
                    unknownIds.add(p.memberId());
                    for (Pending rest : claimed.subList(i + 1, claimed.size())) {
                        failedIds.add(rest.memberId());
                    }
                    try {
                        flush();
                    } catch (SQLException x) {
                        e.addSuppressed(x);
                    }
                    throw e;
                }
            }
        }

        /** Marks what the last batch did and claims this one, in one transaction; the members this run may send. */
        private List<Pending> claim(List<Pending> due, Tally tally) throws SQLException {
            Timestamp now = Timestamp.from(clock.instant());
            try {
                mark();
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO digest_sent (member_id, period_key, items, sent_at,"
                        + " state, message_id, attempted_at) VALUES (?, ?, ?, ?, 'SENDING', ?, ?)")) {
                    for (Pending p : due) {
                        ps.setLong(1, p.memberId());
                        ps.setString(2, period);
                        ps.setInt(3, p.items());
                        ps.setTimestamp(4, now);
                        ps.setString(5, messageId(p.memberId(), period));
                        ps.setTimestamp(6, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                db.commit();
                cleared();
                return due;
            } catch (java.sql.BatchUpdateException collision) {
                // Another run (or instance) has some of them: mark, then claim one by one.
                db.rollback();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            mark();
            db.commit();
            cleared();
            List<Pending> mine = new ArrayList<>();
            for (Pending p : due) {
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO digest_sent (member_id, period_key, items, sent_at,"
                        + " state, message_id, attempted_at) VALUES (?, ?, ?, ?, 'SENDING', ?, ?)")) {
                    ps.setLong(1, p.memberId());
                    ps.setString(2, period);
                    ps.setInt(3, p.items());
                    ps.setTimestamp(4, now);
                    ps.setString(5, messageId(p.memberId(), period));
                    ps.setTimestamp(6, now);
                    ps.executeUpdate();
                    db.commit();
                    mine.add(p);
                } catch (SQLException duplicateOrLocked) {
                    db.rollback();
                    tally.already++;  // another run (or instance) has it
                }
            }
            return mine;
        }

        /** The outcomes so far, in the current transaction: SENT, removed (not sent: the next run sends it), UNCERTAIN. */
        private void mark() throws SQLException {
            Timestamp now = Timestamp.from(clock.instant());
            each("UPDATE digest_sent SET state = 'SENT', sent_at = ? WHERE member_id = ? AND period_key = ?"
                    + " AND state = 'SENDING'", sentIds, now);
            each("DELETE FROM digest_sent WHERE member_id = ? AND period_key = ? AND state = 'SENDING'", failedIds, null);
            each("UPDATE digest_sent SET state = 'UNCERTAIN' WHERE member_id = ? AND period_key = ? AND state = 'SENDING'",
                    unknownIds, null);
        }

        /** One batch of {@code sql} for the members' rows of this period: (sent_at,) member_id, period_key. */
        private void each(String sql, List<Long> memberIds, Timestamp sentAt) throws SQLException {
            if (memberIds.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (long id : memberIds) {
                    int i = 1;
                    if (sentAt != null) {
                        ps.setTimestamp(i++, sentAt);
                    }
                    ps.setLong(i++, id);
                    ps.setString(i, period);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        private void cleared() {
            sentIds.clear();
            failedIds.clear();
            unknownIds.clear();
        }

        void flush() throws SQLException {
            try {
                mark();
                db.commit();
                cleared();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            smtp.close();
            try {
                db.rollback();  // nothing is pending after a flush; after a failure, nothing half-done is kept
                db.setAutoCommit(true);
            } finally {
                db.close();
            }
        }
    }

    // ---- por verificar: what an admin settles ----

    /** The digests waiting por verificar (every period), oldest first, at most {@code limit}. */
    public List<Uncertain> uncertain(int limit) throws SQLException {
        List<Uncertain> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT s.member_id, m.username, m.email, s.period_key, s.items,"
                     + " s.message_id, s.attempted_at FROM digest_sent s LEFT JOIN member m ON m.id = s.member_id"
                     + " WHERE s.state = 'UNCERTAIN' OR (s.state = 'SENDING' AND (s.attempted_at IS NULL OR s.attempted_at < ?))"
                     + " ORDER BY s.attempted_at, s.member_id")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(lease)));
            ps.setMaxRows(Math.max(1, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(7);
                    String messageId = rs.getString(6);
                    out.add(new Uncertain(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            messageId != null ? messageId : messageId(rs.getLong(1), rs.getString(4)),
                            at == null ? null : at.toInstant()));
                }
            }
        }
        return out;
    }

    /** How many digests wait por verificar. */
    public int uncertainCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM digest_sent WHERE state = 'UNCERTAIN'"
                     + " OR (state = 'SENDING' AND (attempted_at IS NULL OR attempted_at < ?))")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(lease)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The admin found these digests delivered (e.g. by their Message-ID at the mail server): SENT, by whom. How many. */
    public int markSent(String period, Collection<Long> memberIds, String actor) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        return settle(period, memberIds, "UPDATE digest_sent SET state = 'SENT', sent_at = ?, settled_by = ?, settled_at = ?"
                + " WHERE member_id = ? AND period_key = ? AND " + UNCERTAIN_ROW, (ps, id) -> {
            ps.setTimestamp(1, now);
            ps.setString(2, actor);
            ps.setTimestamp(3, now);
            ps.setLong(4, id);
            ps.setString(5, period);
            ps.setTimestamp(6, Timestamp.from(clock.instant().minus(lease)));
        });
    }

    /**
     * The admin found these digests not delivered: their rows are removed and the period runs again for them alone,
     * with the same Message-ID. Members not por verificar are left alone (a digest sent is never sent again).
     */
    public Result resend(String period, Collection<Long> memberIds, mx.snt.vinculo.platform.ProgressListener progress)
            throws SQLException {
        Frequency frequency = frequencyOf(period);
        LocalDate day = dayOf(period);
        if (frequency == null || day == null) {
            throw new IllegalArgumentException("No es un periodo de resumen: " + period);
        }
        Set<Long> released = new HashSet<>();
        Instant cutoff = clock.instant().minus(lease);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM digest_sent WHERE member_id = ? AND period_key = ? AND "
                    + UNCERTAIN_ROW)) {
                for (long id : new HashSet<>(memberIds)) {
                    ps.setLong(1, id);
                    ps.setString(2, period);
                    ps.setTimestamp(3, Timestamp.from(cutoff));
                    if (ps.executeUpdate() == 1) {
                        released.add(id);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        if (released.isEmpty()) {
            return new Result(period, 0, 0, 0, 0, 0);
        }
        return run(frequency, day, progress, released);
    }

    private static final String UNCERTAIN_ROW = "(state = 'UNCERTAIN' OR (state = 'SENDING' AND (attempted_at IS NULL OR attempted_at < ?)))";

    private interface Binder {
        void bind(PreparedStatement ps, long memberId) throws SQLException;
    }

    private int settle(String period, Collection<Long> memberIds, String sql, Binder binder) throws SQLException {
        int n = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long id : new HashSet<>(memberIds)) {
                    binder.bind(ps, id);
                    n += ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return n;
    }

    private static List<DigestItem> events(Connection c, Instant start, Instant end) throws SQLException {
        List<DigestItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.workspace_id, w.name, e.event_type, e.payload, e.created_at, e.aggregate_id"
                + " FROM outbox_event e JOIN workspace w ON w.id = e.workspace_id"
                + " WHERE e.created_at >= ? AND e.created_at < ? ORDER BY e.created_at DESC, e.id DESC")) {
            ps.setTimestamp(1, Timestamp.from(start));
            ps.setTimestamp(2, Timestamp.from(end));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(4);
                    if (type.endsWith(".unpublished") || NOT_NEWS.contains(type)) {
                        continue;
                    }
                    JsonObject p;
                    try {
                        p = JSON.createReader(new StringReader(rs.getString(5))).readObject();
                    } catch (RuntimeException bad) {
                        continue;
                    }
                    if (!p.containsKey("title")) {
                        continue;
                    }
                    Instant at = rs.getTimestamp(6).toInstant();
                    long itemId = p.get("id") instanceof jakarta.json.JsonNumber n ? n.longValue() : rs.getLong(7);
                    out.add(new DigestItem(rs.getLong(1), rs.getLong(2), rs.getString(3), p.getString("kind", ""), itemId, type,
                            p.getString("title"), p.getString("path", "/"), p.getString("visibility", "PRIVATE"), at,
                            state(type, p), p.getString("startsAt", p.getString("closesOn", null))));
                }
            }
        }
        return out;
    }

    /** The state an event says its item reached (agreements say "to", proposals and sessions "state"). */
    static String state(String eventType, JsonObject p) {
        if (p.containsKey("to")) {
            return p.getString("to", null);
        }
        if (p.containsKey("state")) {
            return p.getString("state", null);
        }
        return switch (eventType) {
            case "agreement.published" -> "IN_FORCE";
            case "session.convened" -> "CONVENED";
            case "session.published" -> "PUBLISHED";
            default -> null;
        };
    }

    private static void load(Connection c, String sql, Map<Long, Set<Long>> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            }
        }
    }
}
