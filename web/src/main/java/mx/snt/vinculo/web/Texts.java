package mx.snt.vinculo.web;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's texts outside Faces (API problems, the sign-in error page): the same
 * bundle the pages use, Spanish (es-MX) first, English when asked for.
 */
public final class Texts {

    public static final String BUNDLE = "mx.snt.vinculo.web.i18n.messages";
    public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private Texts() {
    }

    /** Spanish unless the request asks for English (no Accept-Language: Spanish, not the server's default). */
    public static Locale pick(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? SPANISH : pick(request.getLocales());
    }

    /** Spanish unless the list prefers English. */
    public static Locale pick(Enumeration<Locale> requested) {
        while (requested != null && requested.hasMoreElements()) {
            Locale l = requested.nextElement();
            if ("es".equals(l.getLanguage())) {
                return SPANISH;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return SPANISH;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? SPANISH : locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
