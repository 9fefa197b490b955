package mx.snt.vinculo.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.web.Language;

import java.util.Locale;

/**
 * The language of this request, by the one rule of {@link Language}: a signed-in person's choice (remembered in the
 * directory, kept in their session from sign-in on), else the visitor's long-lived cookie ({@link #COOKIE}, so
 * reading a public page in English needs no HTTP session), else Accept-Language, else Spanish (es-MX). The switch is a plain
 * GET link ({@link #link(String)}, handled by {@link LanguageSwitch}).
 */
@Named
@RequestScoped
public class LocaleBean {

    /** The visitor's language cookie ("es" or "en"); public answers vary on it. */
    public static final String COOKIE = Language.COOKIE;
    /** The query parameter of the switch: {@code ?lang=en}. */
    public static final String PARAMETER = "lang";

    @Inject
    HttpServletRequest request;

    @EJB
    private DirectoryService directory;

    private Locale locale;

    @PostConstruct
    void resolve() {
        locale = Language.of(request);
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
            Language.remember(request, saved);
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

    public static Locale of(String language) {
        return Language.of(language);
    }
}
