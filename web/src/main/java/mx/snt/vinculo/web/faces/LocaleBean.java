package mx.snt.vinculo.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.web.Texts;

import java.util.Locale;

/**
 * The language of this request: Spanish (es-MX) first, English on request. A signed-in person's choice is
 * remembered in the directory and kept in their session from sign-in on; a visitor's lives in a long-lived
 * cookie ({@link #COOKIE}), so reading a public page in English needs no HTTP session. The switch is a plain
 * GET link ({@link #link(String)}, handled by {@link LanguageSwitch}).
 */
@Named
@RequestScoped
public class LocaleBean {

    /** The visitor's language cookie ("es" or "en"); public answers vary on it. */
    public static final String COOKIE = "vinculo-lang";
    /** The query parameter of the switch: {@code ?lang=en}. */
    public static final String PARAMETER = "lang";
    private static final String SESSION_KEY = LocaleBean.class.getName();

    @Inject
    HttpServletRequest request;

    @EJB
    private DirectoryService directory;

    private Locale locale;

    @PostConstruct
    void resolve() {
        locale = of(chosen(request));
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Called at sign-in: take the language the person chose earlier (kept in their session). */
    public void adoptSaved(String username) {
        String saved = directory.localeOf(username);
        if (saved != null) {
            remember(request, saved);
            locale = of(saved);
        }
    }

    /** The address of this page in {@code language}: the address the browser shows, with {@code ?lang=}. */
    public String link(String language) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String here;
        if (failed != null) {
            here = failed.toString(); // the error page: the address that failed
        } else if (forwarded != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            here = forwarded + (query == null ? "" : "?" + query);
        } else {
            here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }
        return here + (here.contains("?") ? "&" : "?") + PARAMETER + "=" + ("en".equals(language) ? "en" : "es");
    }

    /** "es" or "en": the signed-in person's choice (session), else the visitor's cookie, else Spanish. */
    public static String chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof String language) {
            return language;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && ("en".equals(c.getValue()) || "es".equals(c.getValue()))) {
                    return c.getValue();
                }
            }
        }
        return "es";
    }

    /** Keeps a signed-in person's choice in their (existing) session; a visitor has none and gets none. */
    static void remember(HttpServletRequest request, String language) {
        HttpSession session = request.getSession(request.getUserPrincipal() != null);
        if (session != null) {
            session.setAttribute(SESSION_KEY, language);
        }
    }

    public static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Texts.SPANISH;
    }
}
