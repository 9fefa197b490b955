package mx.snt.vinculo.digests;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.notices.MailLayout;
import mx.snt.vinculo.notices.Mailer;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The digest's text and HTML, in the member's language: one line per item with the latest of
 * what happened to it ("Convenio X: pasó a Revisión jurídica"), grouped by workspace, newest
 * first, each with its link. The HTML is a table layout with inline styles (what mail clients
 * render) in the app's colours ({@link MailLayout}); the text says the same.
 */
public final class DigestComposer {

    public record Mail(String subject, String text, String html) {
    }

    /** One line: the item's kind (with its space; empty when the title already says it), title and link, what happened last. */
    public record Line(String workspaceName, String kind, String title, String link, String what, Instant at) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DigestComposer() {
    }

    /**
     * The lines of a digest by workspace: the newest event of each item only, items newest
     * first, workspaces in the order of their newest item.
     */
    public static Map<String, List<Line>> lines(List<DigestItem> items, ResourceBundle t, String baseUrl) {
        Map<String, DigestItem> latest = new LinkedHashMap<>();
        items.stream()
                .sorted(Comparator.comparing(DigestItem::occurredAt).thenComparing(DigestItem::eventId).reversed())
                .forEach(i -> latest.putIfAbsent(i.itemKey(), i));
        Map<String, List<Line>> byWorkspace = new LinkedHashMap<>();
        for (DigestItem i : latest.values()) {
            String kind = label(t, "digest.kind." + i.kind(), "digest.kind.other");
            // "Convenio de colaboración…" needs no "Convenio" in front.
            String prefix = i.title().toLowerCase(t.getLocale()).startsWith(kind.toLowerCase(t.getLocale())) ? "" : kind + " ";
            byWorkspace.computeIfAbsent(i.workspaceName(), k -> new ArrayList<>()).add(new Line(i.workspaceName(),
                    prefix, i.title(), PagePaths.absolute(baseUrl, i.path()), what(t, i), i.occurredAt()));
        }
        return byWorkspace;
    }

    public static Mail compose(List<DigestItem> items, Locale locale, String baseUrl, String periodLabel) {
        ResourceBundle t = ResourceBundle.getBundle("mx.snt.vinculo.digests.digests", locale);
        Map<String, List<Line>> byWorkspace = lines(items, t, baseUrl);
        String subject = t.getString("digest.subject") + " " + periodLabel;
        String prefs = PagePaths.absolute(baseUrl, "/preferencias/index.xhtml");
        StringBuilder text = new StringBuilder(t.getString("digest.intro")).append("\n\n");
        StringBuilder html = new StringBuilder(MailLayout.paragraph(t.getString("digest.intro")));
        html.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
        for (Map.Entry<String, List<Line>> ws : byWorkspace.entrySet()) {
            text.append(ws.getKey()).append('\n').append("-".repeat(Math.min(60, ws.getKey().length()))).append('\n');
            html.append("<tr><td colspan=\"2\" style=\"padding:14px 0 6px 0;border-bottom:2px solid ").append(MailLayout.HEADER)
                    .append(";").append(MailLayout.FONT).append("font-size:16px;font-weight:bold;color:").append(MailLayout.HEADER)
                    .append(";\">").append(Mailer.escape(ws.getKey())).append("</td></tr>");
            for (Line l : ws.getValue()) {
                String at = DAY_TIME.format(MexicoCity.at(l.at()));
                text.append("- ").append(l.kind()).append(l.title()).append(": ").append(l.what())
                        .append(" (").append(at).append(")\n  ").append(l.link()).append('\n');
                html.append("<tr><td style=\"padding:6px 8px 6px 0;border-bottom:1px solid #e2e6ea;").append(MailLayout.FONT)
                        .append("font-size:14px;color:").append(MailLayout.TEXT).append(";\">").append(Mailer.escape(l.kind()))
                        .append(MailLayout.link(l.link(), l.title())).append(": ").append(Mailer.escape(l.what()))
                        .append("</td><td align=\"right\" style=\"padding:6px 0;border-bottom:1px solid #e2e6ea;white-space:nowrap;")
                        .append(MailLayout.FONT).append("font-size:12px;color:").append(MailLayout.MUTED).append(";\">")
                        .append(at).append("</td></tr>");
            }
            text.append('\n');
        }
        html.append("</table>");
        text.append(t.getString("digest.preferences")).append(' ').append(prefs).append('\n');
        String footer = MailLayout.link(prefs, MailLayout.label(t.getString("digest.preferences")));
        return new Mail(subject, text.toString(), MailLayout.page(locale.getLanguage(), t.getString("digest.app"),
                t.getString("digest.tagline"), subject, html.toString(), footer));
    }

    /** What happened to the item last, in words: the state it reached, or what its event means. */
    static String what(ResourceBundle t, DigestItem i) {
        String key = "digest.line." + i.eventType();
        if (!t.containsKey(key)) {
            return t.getString("digest.line.other");
        }
        if ("CANCELLED".equals(i.state()) && t.containsKey(key + ".CANCELLED")) {
            return t.getString(key + ".CANCELLED");
        }
        if ((i.when() == null || i.when().isBlank()) && t.containsKey(key + ".undated")) {
            return t.getString(key + ".undated");
        }
        String state = i.state() == null ? "" : label(t, "digest.state." + i.kind() + "." + i.state(), null, i.state());
        return new MessageFormat(t.getString(key), t.getLocale()).format(new Object[]{state, when(i.when())});
    }

    /** A date (yyyy-MM-dd) as dd/MM/yyyy, an instant as dd/MM/yyyy HH:mm in Mexico City. */
    static String when(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return iso.length() == 10 ? DAY.format(LocalDate.parse(iso)) : DAY_TIME.format(MexicoCity.at(Instant.parse(iso)));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String label(ResourceBundle t, String key, String fallbackKey) {
        return t.containsKey(key) ? t.getString(key) : t.getString(fallbackKey);
    }

    private static String label(ResourceBundle t, String key, String fallbackKey, String fallback) {
        return t.containsKey(key) ? t.getString(key) : fallbackKey != null && t.containsKey(fallbackKey) ? t.getString(fallbackKey) : fallback;
    }
}
