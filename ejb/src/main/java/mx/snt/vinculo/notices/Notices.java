package mx.snt.vinculo.notices;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.delivery.EventHandler;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Outbox handler for immediate notices: an event with {@code recipients} and {@code notice}
 * is mailed to each recipient who has an address and has not turned that kind off. A
 * convocation carries its .ics as an attachment. notice_sent remembers who got which event,
 * so a retried event does not mail the same person twice.
 */
public class Notices implements EventHandler {

    public static final Set<String> KINDS = Set.of("CONVOCATION", "REVIEW_REQUESTED", "COMMITMENT_DUE", "AGREEMENT_EXPIRING");

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
            Locale locale = who.locale();
            ResourceBundle t = ResourceBundle.getBundle("mx.snt.vinculo.notices.notices", locale);
            String title = e.payload().getString("title", "");
            String link = baseUrl + e.payload().getString("path", "/");
            String prefs = baseUrl + "/preferencias/index.xhtml";
            String subject = t.getString("notice." + notice + ".subject") + ": " + title;
            Convocation details = "CONVOCATION".equals(notice) ? Convocation.of(e.payload(), t, locale) : Convocation.NONE;
            String text = t.getString("notice." + notice + ".intro") + "\n\n" + title + "\n" + link + "\n" + details.text() + "\n"
                    + t.getString("notice.preferences") + " " + prefs + "\n";
            String html = "<p>" + Mailer.escape(t.getString("notice." + notice + ".intro")) + "</p><p><a href=\""
                    + Mailer.escape(link) + "\">" + Mailer.escape(title) + "</a></p>" + details.html()
                    + "<p><small><a href=\"" + Mailer.escape(prefs) + "\">"
                    + Mailer.escape(t.getString("notice.preferences")) + "</a></small></p>";
            Mailer.Attachment ics = null;
            if ("CONVOCATION".equals(notice) && e.payload().containsKey("ics")) {
                ics = new Mailer.Attachment("convocatoria.ics", "text/calendar; charset=UTF-8",
                        e.payload().getString("ics").getBytes(StandardCharsets.UTF_8));
            }
            mailer.send(who.email(), subject, text, html, ics);
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

    private record Recipient(String email, Locale locale) {
    }

    /** When and where a convened session meets and its order of the day, as text and as HTML. */
    record Convocation(String text, String html) {
        static final Convocation NONE = new Convocation("", "");

        static Convocation of(jakarta.json.JsonObject p, ResourceBundle t, Locale locale) {
            StringBuilder text = new StringBuilder("\n");
            StringBuilder html = new StringBuilder();
            if (p.containsKey("startsAt")) {
                String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.FULL,
                                java.time.format.FormatStyle.SHORT).withLocale(locale)
                        .format(MexicoCity.at(java.time.Instant.parse(p.getString("startsAt"))))
                        + " (" + t.getString("notice.timeZone") + ")";
                text.append(t.getString("notice.when")).append(": ").append(when).append('\n');
                html.append("<p><strong>").append(Mailer.escape(t.getString("notice.when"))).append(":</strong> ")
                        .append(Mailer.escape(when)).append("</p>");
            }
            String place = p.getString("place", "");
            if (!place.isBlank()) {
                text.append(t.getString("notice.where")).append(": ").append(place).append('\n');
                html.append("<p><strong>").append(Mailer.escape(t.getString("notice.where"))).append(":</strong> ")
                        .append(Mailer.escape(place)).append("</p>");
            }
            if (p.get("agenda") instanceof jakarta.json.JsonArray agenda && !agenda.isEmpty()) {
                text.append('\n').append(t.getString("notice.agenda")).append(":\n");
                html.append("<h2 style=\"font-size:1.1em\">").append(Mailer.escape(t.getString("notice.agenda"))).append("</h2><ol>");
                for (JsonValue v : agenda) {
                    jakarta.json.JsonObject item = v.asJsonObject();
                    String presenter = item.getString("presenter", "");
                    String line = item.getString("title", "") + (presenter.isBlank() ? "" : " — " + presenter);
                    text.append(item.getInt("position", 0)).append(". ").append(line).append('\n');
                    html.append("<li>").append(Mailer.escape(line)).append("</li>");
                }
                html.append("</ol>");
            }
            return new Convocation(text.toString(), html.toString());
        }
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
        try (PreparedStatement ps = c.prepareStatement("SELECT m.email, m.locale, p.enabled FROM member m"
                + " LEFT JOIN notice_preference p ON p.member_id = m.id AND p.notice = ? WHERE m.username = ?")) {
            ps.setString(1, notice);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null || rs.getString(1).isBlank()) {
                    return null;
                }
                boolean enabled = rs.getBoolean(3) || rs.wasNull();
                return enabled ? new Recipient(rs.getString(1), locale(rs.getString(2))) : null;
            }
        }
    }

    static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
    }
}
