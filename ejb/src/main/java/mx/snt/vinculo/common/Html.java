package mx.snt.vinculo.common;

import org.owasp.html.HtmlChangeListener;
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

    /**
     * True when the text carries an element or attribute the policy discards (a script, an
     * event handler, a style…): callers that must refuse rather than silently clean use this.
     */
    public static boolean isUnsafe(String html) {
        if (html == null || html.isBlank()) {
            return false;
        }
        boolean[] discarded = {false};
        POLICY.sanitize(html, new HtmlChangeListener<Void>() {
            @Override
            public void discardedTag(Void context, String elementName) {
                discarded[0] = true;
            }

            @Override
            public void discardedAttributes(Void context, String tagName, String... attributeNames) {
                discarded[0] = true;
            }
        }, null);
        return discarded[0];
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
