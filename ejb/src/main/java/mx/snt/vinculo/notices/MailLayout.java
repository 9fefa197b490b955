package mx.snt.vinculo.notices;

/**
 * The HTML frame of every mail the hub sends (notices and digests): a table layout with inline
 * styles, because mail clients ignore style sheets and many ignore CSS layout; the app's name and
 * colours (those of the site's header and links) on top, the choice of notices at the bottom.
 */
public final class MailLayout {

    /** The site header's blue, its link blue, text and muted grey (vinculo.css). */
    public static final String HEADER = "#123d63";
    public static final String LINK = "#0b4f8a";
    public static final String TEXT = "#1b1b1b";
    public static final String MUTED = "#56687a";
    public static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

    private MailLayout() {
    }

    /**
     * A whole HTML document: {@code lang} (es or en), the app's name and tagline in the banner,
     * a heading, the content (already HTML) and a small footer (already HTML).
     */
    public static String page(String lang, String appName, String tagline, String heading, String content, String footer) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Mailer.escape(heading)
                + "</title></head><body style=\"margin:0;padding:0;background:#f3f5f7;\">"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#f3f5f7;\">"
                + "<tr><td align=\"center\" style=\"padding:16px 8px;\">"
                + "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
                + " style=\"width:100%;max-width:600px;background:#ffffff;border:1px solid #c8c8c8;\">"
                + "<tr><td style=\"background:" + HEADER + ";padding:14px 20px;" + FONT + "color:#ffffff;\">"
                + "<span style=\"font-size:20px;font-weight:bold;\">" + Mailer.escape(appName) + "</span><br>"
                + "<span style=\"font-size:13px;\">" + Mailer.escape(tagline) + "</span></td></tr>"
                + "<tr><td style=\"padding:20px;" + FONT + "font-size:15px;line-height:1.45;color:" + TEXT + ";\">"
                + "<h1 style=\"margin:0 0 12px 0;font-size:19px;color:" + HEADER + ";\">" + Mailer.escape(heading) + "</h1>"
                + content + "</td></tr>"
                + "<tr><td style=\"padding:12px 20px;border-top:1px solid #c8c8c8;" + FONT + "font-size:12px;color:" + MUTED + ";\">"
                + footer + "</td></tr></table></td></tr></table></body></html>";
    }

    /** A text written to precede an address ("Elija qué avisos recibe:") used as the link itself: without its colon. */
    public static String label(String lead) {
        return lead.replaceAll("\\s*:\\s*$", "");
    }

    public static String paragraph(String text) {
        return "<p style=\"margin:0 0 10px 0;\">" + Mailer.escape(text) + "</p>";
    }

    public static String link(String url, String text) {
        return "<a href=\"" + Mailer.escape(url) + "\" style=\"color:" + LINK + ";\">" + Mailer.escape(text) + "</a>";
    }

    public static String subheading(String text) {
        return "<h2 style=\"margin:16px 0 8px 0;font-size:16px;color:" + HEADER + ";\">" + Mailer.escape(text) + "</h2>";
    }
}
