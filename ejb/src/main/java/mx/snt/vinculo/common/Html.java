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
        return html == null ? "" : POLICY.sanitize(Fields.withoutControls(html)).strip();
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

    private static final java.util.regex.Pattern SCRIPT_URL =
            java.util.regex.Pattern.compile("(?i)javascript:|vbscript:|livescript:|data:text/html");
    private static final java.util.regex.Pattern NUMERIC_ENTITY =
            java.util.regex.Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});?");

    /**
     * True when the text carries a script URL ({@code javascript:}, {@code vbscript:},
     * {@code data:text/html}) even when disguised the way browsers still read it: character
     * references ({@code jav&#x09;ascript:}, {@code &#106;avascript&colon;}) and tabs, line breaks
     * or other controls inside the scheme.
     */
    public static boolean hasScriptUrl(String html) {
        if (html == null || html.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = NUMERIC_ENTITY.matcher(html);
        StringBuilder decoded = new StringBuilder(html.length());
        while (m.find()) {
            String n = m.group(1);
            int cp;
            try {
                cp = n.charAt(0) == 'x' || n.charAt(0) == 'X' ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            } catch (NumberFormatException e) {
                cp = ' ';
            }
            m.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(
                    Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " "));
        }
        m.appendTail(decoded);
        String compact = decoded.toString()
                .replaceAll("(?i)&colon;?", ":").replaceAll("(?i)&(tab|newline|nbsp);?", "")
                .replaceAll("[\\x00-\\x20\\x7f]+", "");
        return SCRIPT_URL.matcher(compact).find();
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
