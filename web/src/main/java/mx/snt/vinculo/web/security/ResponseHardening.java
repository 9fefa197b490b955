package mx.snt.vinculo.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The headers every answer carries (pages, API, files, calendars, PDFs), set in one place
 * (ASVS 14.4): no content sniffing, no referrer to other sites, no framing by other sites;
 * a Content-Security-Policy ({@link ContentSecurity}: the strict one here, replaced by PrimeFaces'
 * nonce policy when a page renders); and the session cookie's attributes (SameSite=Lax; Secure
 * when the public address is https). Error pages and forwards pass here too, so they carry the
 * page policy of the page they render.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class ResponseHardening extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        harden(response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The headers of every answer (idempotent; pages later get PrimeFaces' policy instead). */
    static void harden(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader(ContentSecurity.HEADER, ContentSecurity.NOTHING);
    }

    /** PrimeFaces adds its page policy: it replaces the strict one (two policies would both apply). */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurity.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /** Sets the session cookie's attributes before the first session is created. */
    @WebListener
    public static class SessionCookie implements ServletContextListener {

        @Inject
        OidcSettings settings;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(settings.getBaseUrl().startsWith("https://"));
        }
    }
}
