package mx.snt.vinculo.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Remembers the page a person asked for before being sent to Keycloak. Payara's own
 * "redirect to original resource" is broken for JSF pages, so the callback redirects here.
 */
final class ReturnTo {
    private static final String KEY = ReturnTo.class.getName();

    private ReturnTo() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return; // a POST cannot be replayed; the callback falls back to the page's own URL or home
        }
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        request.getSession(true).setAttribute(KEY, target);
    }

    /** The saved page (only a path of this application), or the home page (the person's pending work). */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(KEY);
        if (session != null) {
            session.removeAttribute(KEY);
        }
        String ctx = request.getContextPath();
        if (saved instanceof String s && s.startsWith(ctx + "/") && !s.startsWith("//") && !s.contains("/callback")) {
            return s;
        }
        return ctx + "/";
    }
}
