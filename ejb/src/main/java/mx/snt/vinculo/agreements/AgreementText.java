package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.Html;
import mx.snt.vinculo.common.ValidationException;

import java.util.regex.Pattern;

/**
 * The agreement's rich text as the browser editor sends it. Text carrying active content
 * (scripts, frames, event handlers, javascript: links) is refused outright, so nobody
 * believes it was stored as typed; everything else is sanitized with the OWASP policy
 * ({@link Html}) before it is stored, which drops the editor's harmless classes and styles.
 */
public final class AgreementText {

    public static final int MAX_CHARS = 200_000;

    private static final Pattern ACTIVE = Pattern.compile(
            "(?i)<\\s*/?\\s*(script|iframe|frame|object|embed|applet|style|link|meta|base|form|svg|math)\\b"
                    + "|\\son[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html");

    private AgreementText() {
    }

    /** The text to store, or a refusal. */
    public static String clean(String html) {
        String h = html == null ? "" : html;
        if (h.length() > MAX_CHARS) {
            throw new ValidationException("agreement.text.tooLong", MAX_CHARS);
        }
        // A disguised script URL (jav&#x09;ascript:) is active content too: refused, not cleaned.
        if (ACTIVE.matcher(h).find() || Html.hasScriptUrl(h)) {
            throw new ValidationException("agreement.text.unsafe");
        }
        String clean = Html.sanitize(h);
        // Quill's empty document
        return Html.toText(clean).isBlank() ? "" : clean;
    }
}
