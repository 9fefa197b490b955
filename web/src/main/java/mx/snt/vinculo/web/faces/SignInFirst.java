package mx.snt.vinculo.web.faces;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The way back after signing in: {@code /entrar?volver=<this page>}. {@code /entrar} is a
 * protected address, so the sign-in starts there; afterwards it sends the person to the page
 * they asked for, which must be a path of this application (never another site).
 */
public final class SignInFirst {

    static final String PARAMETER = "volver";

    private SignInFirst() {
    }

    /** The sign-in address that comes back to the current GET request. */
    public static String address(HttpServletRequest request) {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        Object forwardedQuery = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        // A clean public address is forwarded to its page: come back to the address the browser shows.
        String here = forwarded != null ? forwarded + (forwardedQuery == null ? "" : "?" + forwardedQuery)
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/entrar?" + PARAMETER + "=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** Where to go after signing in: the {@code volver} path if it is one of ours, else {@code fallback}. */
    public static String target(HttpServletRequest request, String fallback) {
        String raw = request.getParameter(PARAMETER);
        if (raw == null) {
            return fallback;
        }
        String ctx = request.getContextPath();
        // "Entrar" on the public home leads to the person's own home, not back to the public one.
        boolean publicHome = raw.equals(ctx + "/") || raw.equals(ctx + "/index.xhtml");
        return isLocal(ctx, raw) && !publicHome ? raw : fallback;
    }

    /** A path of this application: starts with the context path and a slash, no scheme, no host, no line breaks. */
    public static boolean isLocal(String contextPath, String path) {
        return path.startsWith(contextPath + "/")
                && !path.startsWith("//") && !path.startsWith("/\\")
                && !path.contains("\\") && !path.contains("://")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
                && !path.contains("/callback");
    }
}
