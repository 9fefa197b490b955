package mx.snt.vinculo.notices;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import mx.snt.vinculo.delivery.EventHandler;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Outbox handler for immediate notices: an event with {@code recipients} and {@code notice}
 * is mailed to each recipient who has an address and has not turned that kind off, in their
 * language and by their name ({@link NoticeComposer} has the words). A convocation, and each
 * update of it, carries its .ics as an attachment. notice_sent remembers who got which event,
 * so a retried event does not mail the same person twice.
 */
public class Notices implements EventHandler {

    /** Every kind of notice, each of which a person can turn off at Mis avisos, in the order the page lists them. */
    public static final java.util.List<String> ORDER = java.util.List.of("CONVOCATION", "REVIEW_REQUESTED", "AGREEMENT_SENT_BACK",
            "AGREEMENT_APPROVED", "COMMITMENT_DUE", "AGREEMENT_EXPIRING", "PROPOSAL_DECIDED");
    public static final Set<String> KINDS = Set.copyOf(ORDER);

    private final javax.sql.DataSource ledger;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    public Notices(javax.sql.DataSource ledger, Mailer mailer, String baseUrl, Clock clock) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public void handle(Connection c, Event e) throws Exception {
        String notice = e.payload().getString("notice", "");
        if (!KINDS.contains(notice) || !e.payload().containsKey("recipients")) {
            return;
        }
        for (JsonValue r : e.payload().getJsonArray("recipients")) {
            if (!(r instanceof JsonString s)) {
                continue;
            }
            String username = s.getString();
            if (alreadySent(c, e.id(), username)) {
                continue;
            }
            Recipient who = recipient(c, username, notice);
            if (who == null) {
                continue;
            }
            NoticeComposer.Mail mail = NoticeComposer.compose(e.payload(), notice, who.name(), who.locale(), baseUrl);
            Mailer.Attachment ics = null;
            if ("CONVOCATION".equals(notice) && e.payload().containsKey("ics")) {
                ics = new Mailer.Attachment("convocatoria.ics", "text/calendar; charset=UTF-8",
                        e.payload().getString("ics").getBytes(StandardCharsets.UTF_8));
            }
            mailer.send(who.email(), mail.subject(), mail.text(), mail.html(), ics);
            // Remembered at once, outside the event's transaction: a later failure (another
            // recipient) retries the event without mailing this person again.
            try (Connection own = ledger.getConnection();
                 PreparedStatement ps = own.prepareStatement("INSERT INTO notice_sent (event_id, username, sent_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, e.id());
                ps.setString(2, username);
                ps.setTimestamp(3, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
        }
    }

    /** Who gets a notice: their address, language and name (given and family names, else the username). */
    private record Recipient(String email, Locale locale, String name) {
    }

    private static boolean alreadySent(Connection c, long eventId, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM notice_sent WHERE event_id = ? AND username = ?")) {
            ps.setLong(1, eventId);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Recipient recipient(Connection c, String username, String notice) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT m.email, m.locale, p.enabled, m.first_name, m.last_name FROM member m"
                + " LEFT JOIN notice_preference p ON p.member_id = m.id AND p.notice = ? WHERE m.username = ?")) {
            ps.setString(1, notice);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || rs.getString(1).isBlank()) {
                    return null;
                }
                boolean enabled = rs.getBoolean(3) || rs.wasNull();
                String name = ((rs.getString(4) == null ? "" : rs.getString(4)) + " " + (rs.getString(5) == null ? "" : rs.getString(5))).trim();
                return enabled ? new Recipient(rs.getString(1), locale(rs.getString(2)), name.isEmpty() ? username : name) : null;
            }
        }
    }

    static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
    }
}
