package mx.snt.vinculo.digests;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.notices.Mailer;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The digest's text and HTML, in the member's language: grouped by workspace, newest first, each with its link. */
public final class DigestComposer {

    public record Mail(String subject, String text, String html) {
    }

    private DigestComposer() {
    }

    public static Mail compose(List<DigestItem> items, Locale locale, String baseUrl, String periodLabel) {
        ResourceBundle t = ResourceBundle.getBundle("mx.snt.vinculo.digests.digests", locale);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale);
        Map<String, List<DigestItem>> byWorkspace = new LinkedHashMap<>();
        items.stream()
                .sorted(Comparator.comparing(DigestItem::occurredAt).reversed().thenComparing(DigestItem::eventId, Comparator.reverseOrder()))
                .forEach(i -> byWorkspace.computeIfAbsent(i.workspaceName(), k -> new java.util.ArrayList<>()).add(i));
        String subject = t.getString("digest.subject") + " " + periodLabel;
        String prefs = baseUrl + "/preferencias/index.xhtml";
        StringBuilder text = new StringBuilder(t.getString("digest.intro")).append("\n\n");
        StringBuilder html = new StringBuilder("<html><body><h1>").append(Mailer.escape(subject)).append("</h1><p>")
                .append(Mailer.escape(t.getString("digest.intro"))).append("</p>");
        for (Map.Entry<String, List<DigestItem>> ws : byWorkspace.entrySet()) {
            text.append("== ").append(ws.getKey()).append(" ==\n");
            html.append("<h2>").append(Mailer.escape(ws.getKey())).append("</h2><ul>");
            for (DigestItem i : ws.getValue()) {
                String what = label(t, i.eventType());
                String link = baseUrl + i.path();
                String at = when.format(MexicoCity.at(i.occurredAt()));
                text.append("- ").append(what).append(": ").append(i.title()).append(" (").append(at).append(")\n  ")
                        .append(link).append('\n');
                html.append("<li>").append(Mailer.escape(what)).append(": <a href=\"").append(Mailer.escape(link)).append("\">")
                        .append(Mailer.escape(i.title())).append("</a> <small>").append(at).append("</small></li>");
            }
            text.append('\n');
            html.append("</ul>");
        }
        text.append(t.getString("digest.preferences")).append(' ').append(prefs).append('\n');
        html.append("<p><small><a href=\"").append(Mailer.escape(prefs)).append("\">")
                .append(Mailer.escape(t.getString("digest.preferences"))).append("</a></small></p></body></html>");
        return new Mail(subject, text.toString(), html.toString());
    }

    private static String label(ResourceBundle t, String eventType) {
        String key = "digest.event." + eventType;
        return t.containsKey(key) ? t.getString(key) : t.getString("digest.event.other");
    }
}
