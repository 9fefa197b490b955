package mx.snt.vinculo.library;

import java.util.regex.Pattern;

/** Small input rules shared by the library and proposals. */
public final class Input {

    private static final Pattern SCRIPT = Pattern.compile(
            "(?is)<\\s*(script|iframe|object|embed|style|svg)|javascript\\s*:|\\son[a-z]+\\s*=");

    private Input() {
    }

    /** Trimmed text without control characters, "" for null. */
    public static String clean(String s) {
        return mx.snt.vinculo.common.Fields.text(s);
    }

    /** True when the text carries a script (or a way to run one): such input is refused, not silently cleaned. */
    public static boolean hasScript(String s) {
        return s != null && (SCRIPT.matcher(s).find() || mx.snt.vinculo.common.Html.hasScriptUrl(s));
    }
}
