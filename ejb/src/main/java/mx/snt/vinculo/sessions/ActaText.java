package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the session's own documents (the acta, the acuerdos' text, the calendar entries),
 * read from {@code mx/snt/vinculo/sessions/acta.properties}. They are the content of official
 * documents of Mexican bodies, so they are written in Spanish whatever the reader's language;
 * the bundle lets another language be added without touching the code.
 */
final class ActaText {

    static final Locale ES = Locale.forLanguageTag("es-MX");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("mx.snt.vinculo.sessions.acta", ES,
            ActaText.class.getClassLoader());

    private ActaText() {
    }

    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, ES).format(args);
    }

    /** The acta's narrative as the secretary typed it: trimmed, and bounded. */
    static String narrative(String text) {
        String t = mx.snt.vinculo.common.Fields.text(text);
        if (t.length() > SessionPlan.MAX_TEXT) {
            throw new ValidationException("session.acta.tooLong", SessionPlan.MAX_TEXT);
        }
        return t;
    }

    /** The text of an acuerdo: what was (or was not) approved. */
    static String acuerdo(boolean approved, String title, String body) {
        return acuerdo(approved, false, title, body);
    }

    /** The same, saying when the chair's casting vote decided a tie. */
    static String acuerdo(boolean approved, boolean castingVote, String title, String body) {
        String key = approved ? "acuerdo.approved" : "acuerdo.rejected";
        return text(castingVote ? key + ".casting" : key, title) + (body == null ? "" : ". " + body);
    }
}
