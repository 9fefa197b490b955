package mx.snt.vinculo.web.faces;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.web.Failures;
import mx.snt.vinculo.web.Language;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.api.Problems;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that failed because the database cannot be reached is not "something went wrong":
 * it answers 503 with {@code Retry-After} and a page that says the service will be back in a
 * moment (nothing the person did was lost: what was not saved says so on the form they come
 * back to). The pool validates each connection it hands out, so once the database is back the
 * next request works without a restart. An API call that failed so (before JAX-RS had it) gets
 * the same 503 as a problem+json in the caller's language.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class UnavailableAnswer extends HttpFilter {

    static final String PAGE = "/WEB-INF/errors/503.xhtml";

    private static final Logger LOG = Logger.getLogger(UnavailableAnswer.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable failure && Failures.databaseUnavailable(failure) && !response.isCommitted()) {
            LOG.log(Level.WARNING, "La base de datos no responde: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Failures.RETRY_AFTER_SECONDS);
            String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            if (uri.startsWith(request.getContextPath() + "/api/")) {
                // Failed before JAX-RS had it (finding the caller, for one): the API still answers in its own format.
                Locale locale = Language.of(request);
                Problems.write(response, Problems.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Texts.get(locale, "error.title.503"),
                        Texts.get(locale, "error.unavailable"), uri));
            } else {
                request.getRequestDispatcher(PAGE).forward(request, response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }
}
