package mx.snt.vinculo.notices;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one notice for one person, as text and as HTML, in their language: who it is
 * for (by name), what happened, the item's page, and what each kind adds — a convocation's
 * when, where, meeting link, agenda and documents (and, when it was updated, what changed),
 * the reviewer's comment of an agreement sent back, the commission's answer to a proposal.
 * Dates dd/MM/yyyy, times in Mexico City. Pure: the handler ({@link Notices}) finds the people.
 */
public final class NoticeComposer {

    /** A mail's subject and its two bodies. */
    public record Mail(String subject, String text, String html) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private NoticeComposer() {
    }

    public static Mail compose(JsonObject p, String notice, String recipientName, Locale locale, String baseUrl) {
        ResourceBundle t = ResourceBundle.getBundle("mx.snt.vinculo.notices.notices", locale);
        String variant = variant(p, notice);
        String title = p.getString("title", "");
        String link = PagePaths.absolute(baseUrl, p.getString("path", "/"));
        String prefs = PagePaths.absolute(baseUrl, "/preferencias/index.xhtml");
        String subject = t.getString(variant + ".subject") + ": " + title;
        String intro = format(t, variant + ".intro", locale, p.getString("actor", ""));
        Body b = new Body();
        b.para(format(t, "notice.greeting", locale, recipientName));
        b.para(intro);
        b.link(link, title);
        switch (notice) {
            case "CONVOCATION" -> convocation(p, t, locale, baseUrl, b);
            case "AGREEMENT_SENT_BACK" -> quoted(b, t.getString("notice.comment"), p.getString("comment", ""));
            case "PROPOSAL_DECIDED" -> quoted(b, t.getString("notice.answer"), p.getString("answer", ""));
            default -> { }
        }
        b.text.append('\n').append(t.getString("notice.preferences")).append(' ').append(prefs).append('\n');
        String footer = MailLayout.link(prefs, MailLayout.label(t.getString("notice.preferences")));
        String html = MailLayout.page(locale.getLanguage(), t.getString("mail.app"), t.getString("mail.tagline"),
                t.getString(variant + ".subject"), b.html.toString(), footer);
        return new Mail(subject, b.text.toString(), html);
    }

    /** The key prefix of the words: a convocation may be an update or a cancellation, a decision an acceptance or not. */
    static String variant(JsonObject p, String notice) {
        String base = "notice." + notice;
        if ("CONVOCATION".equals(notice) && p.get("changes") instanceof JsonArray changes && !changes.isEmpty()) {
            boolean cancelled = changes.stream().anyMatch(c -> "CANCELLED".equals(c.asJsonObject().getString("what", "")));
            return base + (cancelled ? ".cancelled" : ".updated");
        }
        if ("PROPOSAL_DECIDED".equals(notice)) {
            return base + "." + ("ACCEPTED".equals(p.getString("state", "")) ? "ACCEPTED" : "REJECTED");
        }
        return base;
    }

    private static void convocation(JsonObject p, ResourceBundle t, Locale locale, String baseUrl, Body b) {
        if (p.get("changes") instanceof JsonArray changes && !changes.isEmpty()) {
            b.heading(t.getString("notice.changes"));
            for (JsonValue v : changes) {
                b.item(change(v.asJsonObject(), t, locale));
            }
            b.endList();
        }
        b.text.append('\n');
        field(b, t.getString("notice.body"), p.getString("workspaceName", ""));
        field(b, t.getString("notice.session"), p.getString("sessionLabel", ""));
        if (p.containsKey("startsAt")) {
            field(b, t.getString("notice.when"), when(p.getString("startsAt")) + " (" + t.getString("notice.timeZone") + ")");
        }
        if (p.containsKey("durationMinutes")) {
            field(b, t.getString("notice.duration"), format(t, "notice.minutes", locale, p.getInt("durationMinutes")));
        }
        field(b, t.getString("notice.where"), p.getString("place", ""));
        String remote = p.getString("remoteUrl", "");
        if (!remote.isBlank()) {
            b.text.append(t.getString("notice.remote")).append(": ").append(remote).append('\n');
            b.html.append("<p style=\"margin:0 0 6px 0;\"><strong>").append(Mailer.escape(t.getString("notice.remote")))
                    .append(":</strong> ").append(MailLayout.link(remote, remote)).append("</p>");
        }
        if (p.get("agenda") instanceof JsonArray agenda && !agenda.isEmpty()) {
            b.text.append('\n').append(t.getString("notice.agenda")).append(":\n");
            b.html.append(MailLayout.subheading(t.getString("notice.agenda"))).append("<ol style=\"margin:0 0 10px 0;padding-left:22px;\">");
            for (JsonValue v : agenda) {
                JsonObject item = v.asJsonObject();
                String presenter = item.getString("presenter", "");
                String line = item.getString("title", "") + (presenter.isBlank() ? "" : " — " + presenter);
                b.text.append(item.getInt("position", 0)).append(". ").append(line).append('\n');
                b.html.append("<li style=\"margin:0 0 6px 0;\">").append(Mailer.escape(line));
                if (item.get("documents") instanceof JsonArray docs && !docs.isEmpty()) {
                    b.html.append("<br>");
                    for (JsonValue d : docs) {
                        String name = d.asJsonObject().getString("name", "");
                        String url = PagePaths.absolute(baseUrl, d.asJsonObject().getString("path", "/"));
                        b.text.append("   ").append(t.getString("notice.document")).append(": ").append(name).append(" ")
                                .append(url).append('\n');
                        b.html.append("<span style=\"font-size:13px;\">").append(Mailer.escape(t.getString("notice.document")))
                                .append(": ").append(MailLayout.link(url, name)).append("</span><br>");
                    }
                }
                b.html.append("</li>");
            }
            b.html.append("</ol>");
        }
        b.text.append('\n');
        b.para(t.getString("notice.icsAttached"));
    }

    /** One line of "what changed": old → new for a field, the item for an agenda change. */
    static String change(JsonObject c, ResourceBundle t, Locale locale) {
        String what = c.getString("what", "");
        String before = c.getString("before", null);
        String after = c.getString("after", null);
        String none = t.getString("notice.none");
        return switch (what) {
            case "WHEN" -> t.getString("notice.change.WHEN") + ": " + when(before) + " → " + when(after);
            case "DURATION" -> t.getString("notice.change.DURATION") + ": " + format(t, "notice.minutes", locale, before)
                    + " → " + format(t, "notice.minutes", locale, after);
            case "ITEM_ADDED" -> t.getString("notice.change.ITEM_ADDED") + ": " + after;
            case "ITEM_REMOVED" -> t.getString("notice.change.ITEM_REMOVED") + ": " + before;
            case "ITEM_MOVED" -> format(t, "notice.change.ITEM_MOVED", locale, before, after);
            case "CANCELLED" -> t.getString("notice.change.CANCELLED") + ": " + (after == null ? none : after);
            default -> (t.containsKey("notice.change." + what) ? t.getString("notice.change." + what) : what) + ": "
                    + (before == null ? none : before) + " → " + (after == null ? none : after);
        };
    }

    /** An instant as dd/MM/yyyy HH:mm in Mexico City (a value that is not an instant is shown as it is). */
    static String when(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return WHEN.format(MexicoCity.at(Instant.parse(iso)));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static void quoted(Body b, String label, String words) {
        if (words == null || words.isBlank()) {
            return;
        }
        b.text.append('\n').append(label).append(":\n").append(words).append('\n');
        b.html.append(MailLayout.subheading(label))
                .append("<blockquote style=\"margin:0 0 10px 0;padding:8px 12px;border-left:4px solid ").append(MailLayout.LINK)
                .append(";background:#f3f5f7;white-space:pre-wrap;\">").append(Mailer.escape(words)).append("</blockquote>");
    }

    private static void field(Body b, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        b.text.append(label).append(": ").append(value).append('\n');
        b.html.append("<p style=\"margin:0 0 6px 0;\"><strong>").append(Mailer.escape(label)).append(":</strong> ")
                .append(Mailer.escape(value)).append("</p>");
    }

    private static String format(ResourceBundle t, String key, Locale locale, Object... args) {
        return new MessageFormat(t.getString(key), locale).format(args);
    }

    /** The text and HTML built side by side, so the two say the same. */
    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        private boolean inList;

        void para(String s) {
            text.append(s).append("\n\n");
            html.append(MailLayout.paragraph(s));
        }

        void link(String url, String label) {
            text.append(label).append('\n').append(url).append('\n');
            html.append("<p style=\"margin:0 0 10px 0;\">").append(MailLayout.link(url, label)).append("</p>");
        }

        void heading(String s) {
            text.append('\n').append(s).append(":\n");
            html.append(MailLayout.subheading(s));
        }

        void item(String s) {
            if (!inList) {
                html.append("<ul style=\"margin:0 0 10px 0;padding-left:22px;\">");
                inList = true;
            }
            text.append("- ").append(s).append('\n');
            html.append("<li>").append(Mailer.escape(s)).append("</li>");
        }

        void endList() {
            if (inList) {
                html.append("</ul>");
                inList = false;
            }
        }
    }
}
