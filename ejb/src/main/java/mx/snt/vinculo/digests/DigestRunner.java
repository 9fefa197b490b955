package mx.snt.vinculo.digests;

import jakarta.json.Json;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One digest run for a period (a day, or the ISO week containing a day, in Mexico City):
 * each member with that frequency and something new in the workspaces they follow gets one
 * mail. The ledger row (member, period) is inserted in the same transaction that covers the
 * send and committed after it: a second run, or a second instance at the same time (the
 * insert waits for the first one's commit, then collides), skips the member; a send that
 * failed or was interrupted left no row, so the next run sends it.
 */
public class DigestRunner {

    private static final Logger LOG = Logger.getLogger(DigestRunner.class.getName());
    /** Immediate notices, not news for everyone. */
    private static final Set<String> NOT_NEWS = Set.of("review.requested", "commitment.dueSoon", "agreement.expiring",
            "agreement.sentBack", "agreement.approved", "proposal.decided");
    /** Kept as an alias: the zone is declared once, in {@link MexicoCity}. */
    public static final ZoneId MEXICO = MexicoCity.ZONE;

    /** What a run did. */
    public record Result(String period, int sent, int alreadySent, int nothingNew, int failed) {
    }

    private final DataSource dataSource;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    public DigestRunner(DataSource dataSource, Mailer mailer, String baseUrl, Clock clock) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    public static String periodKey(Frequency f, LocalDate day) {
        return f == Frequency.WEEKLY
                ? "W:" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : "D:" + day;
    }

    public Result run(Frequency frequency, LocalDate day) throws SQLException {
        return run(frequency, day, mx.snt.vinculo.platform.ProgressListener.NONE);
    }

    /** One run, telling {@code progress} after each member (members handled of members with this frequency). */
    public Result run(Frequency frequency, LocalDate day, mx.snt.vinculo.platform.ProgressListener progress) throws SQLException {
        LocalDate from = frequency == Frequency.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate to = frequency == Frequency.WEEKLY ? from.plusDays(7) : day.plusDays(1);
        Instant start = from.atStartOfDay(MEXICO).toInstant();
        Instant end = to.atStartOfDay(MEXICO).toInstant();
        String period = periodKey(frequency, day);
        java.time.format.DateTimeFormatter dd = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String label = frequency == Frequency.WEEKLY ? dd.format(from) + " – " + dd.format(to.minusDays(1)) : dd.format(day);
        int sent = 0, already = 0, empty = 0, failed = 0;
        List<DigestItem> events;
        List<Object[]> members = new ArrayList<>();
        Map<Long, Set<Long>> follows = new HashMap<>();
        Map<Long, Set<Long>> memberships = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            events = events(c, start, end);
            if (events.isEmpty()) {
                return new Result(period, 0, 0, 0, 0);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.email, m.locale, (SELECT COUNT(*) FROM digest_sent s"
                    + " WHERE s.member_id = m.id AND s.period_key = ?), p.member_id FROM member m"
                    + " LEFT JOIN digest_preference p ON p.member_id = m.id"
                    + " WHERE m.email IS NOT NULL AND COALESCE(p.frequency, 'DAILY') = ? ORDER BY m.id")) {
                ps.setString(1, period);
                ps.setString(2, frequency.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(5);
                        boolean hasPreference = !rs.wasNull();
                        members.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), hasPreference});
                    }
                }
            }
            load(c, "SELECT member_id, workspace_id FROM digest_follow", follows);
            load(c, "SELECT member_id, workspace_id FROM membership", memberships);
            Map<Long, Set<Long>> defaults = new HashMap<>();
            load(c, "SELECT m.id, m.home_body_id FROM member m WHERE m.home_body_id IS NOT NULL", defaults);
            load(c, "SELECT ms.member_id, ms.workspace_id FROM membership ms JOIN workspace w ON w.id = ms.workspace_id"
                    + " WHERE w.type = 'COMMISSION'", defaults);
            for (Object[] m : members) {
                if (!(Boolean) m[4]) {
                    follows.put((Long) m[0], defaults.getOrDefault((Long) m[0], Set.of()));
                }
            }
        }
        int done = 0;
        progress.progress(0, members.size());
        for (Object[] m : members) {
            if (done > 0) {
                progress.progress(done, members.size());
            }
            done++;
            long memberId = (Long) m[0];
            if ((Integer) m[3] > 0) {
                already++;
                continue;
            }
            Set<Long> followed = follows.getOrDefault(memberId, Set.of());
            Set<Long> mine = memberships.getOrDefault(memberId, Set.of());
            List<DigestItem> items = events.stream()
                    .filter(i -> followed.contains(i.workspaceId()))
                    .filter(i -> !"PRIVATE".equals(i.visibility()) || mine.contains(i.workspaceId()))
                    .toList();
            if (items.isEmpty()) {
                empty++;
                continue;
            }
            Locale locale = m[2] != null && ((String) m[2]).toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
            DigestComposer.Mail mail = DigestComposer.compose(items, locale, baseUrl, label);
            switch (sendOnce(memberId, (String) m[1], period, items.size(), mail)) {
                case SENT -> sent++;
                case ALREADY -> already++;
                case FAILED -> failed++;
            }
        }
        progress.progress(done, members.size());
        return new Result(period, sent, already, empty, failed);
    }

    private enum Outcome { SENT, ALREADY, FAILED }

    private Outcome sendOnce(long memberId, String email, String period, int count, DigestComposer.Mail mail) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO digest_sent (member_id, period_key, items, sent_at) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, memberId);
                    ps.setString(2, period);
                    ps.setInt(3, count);
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                    ps.executeUpdate();
                } catch (SQLException duplicateOrLocked) {
                    c.rollback();
                    return Outcome.ALREADY;  // another run (or instance) has it
                }
                mailer.send(email, mail.subject(), mail.text(), mail.html(), null);
                c.commit();
                return Outcome.SENT;
            } catch (MessagingException e) {
                c.rollback();
                LOG.log(Level.WARNING, "Resumen no enviado a " + email + " (" + period + "); se reintentará", e);
                return Outcome.FAILED;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
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
                        p = Json.createReader(new StringReader(rs.getString(5))).readObject();
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
