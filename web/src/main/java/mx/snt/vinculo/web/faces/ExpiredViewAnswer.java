package mx.snt.vinculo.web.faces;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A postback whose view is unknown (expired, or a ViewState from elsewhere or made up) is the
 * client's fault: the "session expired" page answers 400, not 500. The page renders as a fresh
 * view: without the posted fields, so neither Faces nor PrimeFaces' nonce check treats it as
 * a postback of the unknown view.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ExpiredViewAnswer extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (expired(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            chain.doFilter(new WithoutFields(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    public static boolean expired(Object error) {
        for (Throwable t = error instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static final class WithoutFields extends HttpServletRequestWrapper {

        WithoutFields(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
