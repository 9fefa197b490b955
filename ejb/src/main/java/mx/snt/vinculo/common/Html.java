package mx.snt.vinculo.common;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text typed in the browser, made safe to store and show: formatting, lists, tables and
 * links survive; scripts, event handlers, styles and foreign elements do not.
 */
public final class Html {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "br", "span", "sub", "sup").toFactory());

    private Html() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** True when sanitizing would change the text: it carried something that is not allowed. */
    public static boolean isUnsafe(String html) {
        return html != null && !html.isBlank() && !POLICY.sanitize(html).equals(html.strip())
                && !POLICY.sanitize(POLICY.sanitize(html)).equals(html.strip());
    }

    /** Plain text of rich text (for search, mail, SIPOT fields). */
    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n").replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
