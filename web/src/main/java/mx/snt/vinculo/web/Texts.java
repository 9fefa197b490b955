package mx.snt.vinculo.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The application's texts outside Faces (API problems, the sign-in error page): the same
 * bundle the pages use, Spanish (es-MX) first, English when asked for ({@link Language} says which).
 */
public final class Texts {

    public static final String BUNDLE = "mx.snt.vinculo.web.i18n.messages";

    /**
     * Every bundle of the application: the shared one first, then one per feature (each also
     * registered in faces-config.xml for its pages). A domain message key is looked up in all.
     */
    public static final java.util.List<String> BUNDLES = java.util.List.of(
            BUNDLE,
            "mx.snt.vinculo.web.i18n.sessions",
            "mx.snt.vinculo.web.i18n.agreements",
            "mx.snt.vinculo.web.i18n.proposals",
            "mx.snt.vinculo.web.i18n.integration",
            "mx.snt.vinculo.web.i18n.home",
            "mx.snt.vinculo.web.i18n.search",
            "mx.snt.vinculo.web.i18n.publicsite",
            "mx.snt.vinculo.web.i18n.opendata");
    public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private Texts() {
    }

    /** True when some bundle has the key (a label looked up from a code falls back to words otherwise). */
    public static boolean has(Locale locale, String key) {
        Locale l = locale == null ? SPANISH : locale;
        for (String name : BUNDLES) {
            if (ResourceBundle.getBundle(name, l).containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale l = locale == null ? SPANISH : locale;
        String pattern = null;
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, l);
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            pattern = ResourceBundle.getBundle(BUNDLE, l).getString("error.unexpected");
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, l).format(words(l, key, args));
    }

    /** Where a feature's state labels live, by the first part of a message key. */
    private static final java.util.Map<String, String> STATE_LABELS = java.util.Map.of(
            "agreement", "agreement.state.", "session", "session.state.", "proposal", "state.");

    /**
     * A message's arguments as people read them: a state code ("LEGAL_REVIEW") given to a
     * message of its feature ("agreement.transition.invalid") becomes the state's label.
     */
    static Object[] words(Locale locale, String key, Object[] args) {
        String prefix = STATE_LABELS.get(key.contains(".") ? key.substring(0, key.indexOf('.')) : key);
        if (prefix == null) {
            return args;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String code && code.matches("[A-Z][A-Z_]+")) {
                for (String name : BUNDLES) {
                    ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
                    if (bundle.containsKey(prefix + code)) {
                        out[i] = bundle.getString(prefix + code);
                        break;
                    }
                }
            }
        }
        return out;
    }
}
