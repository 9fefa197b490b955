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

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that failed because the database cannot be reached is not "something went wrong":
 * it answers 503 with {@code Retry-After} and a page that says the service will be back in a
 * moment (nothing the person did was lost: what was not saved says so on the form they come
 * back to). The pool validates each connection it hands out, so once the database is back the
 * next request works without a restart.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class UnavailableAnswer extends HttpFilter {

    /** How long a browser or a client is asked to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "30";

    static final String PAGE = "/WEB-INF/errors/503.xhtml";

    private static final Logger LOG = Logger.getLogger(UnavailableAnswer.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable failure && Failures.databaseUnavailable(failure) && !response.isCommitted()) {
            LOG.log(Level.WARNING, "La base de datos no responde: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            request.getRequestDispatcher(PAGE).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
