package mx.snt.vinculo.web.faces;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.web.Language;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language switch: a GET of any page with {@code ?lang=en} (or {@code es}) sets the visitor's language
 * cookie for a year, remembers the choice for a signed-in person (directory and session), and answers 303 with
 * the same address without the parameter, so the page itself stays one clean, cacheable address. No form, no
 * view state, no session for a visitor. Declared in web.xml, before the filters declared by annotation, so it
 * sees a clean public address before {@code PublicAddresses} forwards it.
 */
public class LanguageSwitch extends HttpFilter {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @EJB
    private DirectoryService directory;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String query = req.getQueryString();
        // Only the query string is read: a form post's body is never parsed here.
        if (query == null || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                || !(query.startsWith(LocaleBean.PARAMETER + "=") || query.contains("&" + LocaleBean.PARAMETER + "="))) {
            chain.doFilter(req, resp);
            return;
        }
        String language = req.getParameter(LocaleBean.PARAMETER);
        if ("es".equals(language) || "en".equals(language)) {
            Cookie cookie = new Cookie(LocaleBean.COOKIE, language);
            cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(req.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            resp.addCookie(cookie);
            if (req.getUserPrincipal() != null) {
                directory.setLocale(req.getUserPrincipal().getName(), language);
                Language.remember(req, language);
            }
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(LocaleBean.PARAMETER) && !p.startsWith(LocaleBean.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }
}
