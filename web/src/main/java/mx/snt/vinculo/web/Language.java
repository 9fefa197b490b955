package mx.snt.vinculo.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Enumeration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one rule for the language of an answer, used by the pages ({@code LocaleBean}) and by everything produced
 * outside Faces (problem+json, feeds, error answers, downloads): the member's own choice when signed in, else the
 * visitor's cookie ({@link #COOKIE}, set by {@code ?lang=}), else the browser's {@code Accept-Language}, else
 * Spanish (es-MX). Only "es" and "en" exist; any other language means Spanish.
 */
public final class Language {

    /** The visitor's language cookie ("es" or "en"); public answers vary on it. */
    public static final String COOKIE = "vinculo-lang";
    /** Where a signed-in person's choice is kept in their session (from the directory at sign-in, or the switch). */
    private static final String SESSION_KEY = Language.class.getName();

    private Language() {
    }

    /** This request's language, with the member's choice as kept in their session. */
    public static Locale of(HttpServletRequest request) {
        return of(request, () -> null);
    }

    /**
     * This request's language; {@code saved} gives a signed-in caller's choice from the directory when no session
     * keeps it (a bearer-token API call), and is asked only then.
     */
    public static Locale of(HttpServletRequest request, Supplier<String> saved) {
        // Read whether or not a principal is set: an error page is dispatched without the sign-in mechanism.
        HttpSession session = request.getSession(false);
        String member = session != null && session.getAttribute(SESSION_KEY) instanceof String s ? s : null;
        if (member == null && request.getUserPrincipal() != null) {
            member = saved.get();
        }
        return choose(member, cookie(request), request.getHeader("Accept-Language") == null ? null : request.getLocales());
    }

    /**
     * The rule itself. {@code member}: the signed-in person's choice (null when signed out or never chosen);
     * {@code cookie}: the visitor's cookie value; {@code accepted}: the Accept-Language list, null when the request
     * had none (then Spanish, never the server's default locale).
     */
    public static Locale choose(String member, String cookie, Enumeration<Locale> accepted) {
        if (known(member)) {
            return of(member);
        }
        if (known(cookie)) {
            return of(cookie);
        }
        while (accepted != null && accepted.hasMoreElements()) {
            String language = accepted.nextElement().getLanguage();
            if (known(language)) {
                return of(language);
            }
        }
        return Texts.SPANISH;
    }

    /** Keeps a signed-in person's choice in their session (a visitor has none and gets none). */
    public static void remember(HttpServletRequest request, String language) {
        HttpSession session = request.getSession(request.getUserPrincipal() != null);
        if (session != null && known(language)) {
            session.setAttribute(SESSION_KEY, language);
        }
    }

    public static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Texts.SPANISH;
    }

    private static boolean known(String language) {
        return "es".equals(language) || "en".equals(language);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && known(c.getValue())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
