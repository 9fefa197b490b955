package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.publicsite.PublicAddress;
import mx.snt.vinculo.publicsite.PublicSite;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clean public addresses → the Faces pages that render them (a server-side forward, the address
 * stays), and old public links → 301 to the clean address. See the package documentation.
 */
@WebFilter(urlPatterns = {"/comisiones/*", "/regiones/*", "/sesiones/*", "/acuerdos", "/acuerdos/*",
        "/convenios-vigentes", "/convenios-vigentes/*", "/convenios/ver.xhtml"}, dispatcherTypes = DispatcherType.REQUEST)
public class PublicAddresses extends HttpFilter {

    private static final Pattern UNIT = Pattern.compile("/(comisiones|regiones)/([^/]+)/?");
    private static final Pattern SESSION = Pattern.compile("/sesiones/([a-z0-9]{1,32})/(\\d{4})/((?:so|se)-\\d{1,3})/?");
    private static final Pattern ACUERDO = Pattern.compile("/acuerdos/([^/]+)/?");

    @EJB
    private PublicSite site;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String target = target(path);
        if (target != null && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            req.getRequestDispatcher(target).forward(req, resp);
            return;
        }
        if (path.equals("/sesiones/ver.xhtml") && req.getUserPrincipal() == null && "GET".equals(req.getMethod())) {
            // The old public link of a session: the public gets the clean address; a private id still asks for sign-in.
            Long id = mx.snt.vinculo.web.files.Downloads.id(req.getParameter("id"));
            if (id != null) {
                try {
                    String clean = site.sessionPath(id);
                    resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    resp.setHeader("Location", req.getContextPath() + clean);
                    return;
                } catch (NotFoundException | jakarta.ejb.EJBException e) {
                    // not public: the page's own rule answers (sign in first)
                }
            }
        }
        if (path.equals("/convenios/ver.xhtml") && req.getUserPrincipal() == null && "GET".equals(req.getMethod())) {
            // The old link of an agreement: the public gets its card in the register of agreements in force.
            Long id = mx.snt.vinculo.web.files.Downloads.id(req.getParameter("id"));
            if (id != null) {
                try {
                    String clean = site.agreementPath(id);
                    resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    resp.setHeader("Location", req.getContextPath() + clean);
                    return;
                } catch (NotFoundException | jakarta.ejb.EJBException e) {
                    // not public or not in force: the page's own rule answers
                }
            }
        }
        chain.doFilter(req, resp);
    }

    /** The page (and its parameters) a clean address is rendered by; null when the address is not a public one. */
    static String target(String path) {
        Matcher m;
        if (path.equals(PublicAddress.SESSIONS) || path.equals(PublicAddress.SESSIONS + "/")) {
            return "/publico/sesiones.xhtml";
        }
        if (path.equals(PublicAddress.ACUERDOS) || path.equals(PublicAddress.ACUERDOS + "/")) {
            return "/publico/acuerdos.xhtml";
        }
        if (path.equals(PublicAddress.AGREEMENTS) || path.equals(PublicAddress.AGREEMENTS + "/")) {
            return "/publico/convenios.xhtml";
        }
        if ((m = UNIT.matcher(path)).matches()) {
            return "/publico/unidad.xhtml?tipo=" + m.group(1) + "&clave=" + enc(m.group(2));
        }
        if ((m = SESSION.matcher(path)).matches()) {
            return "/publico/sesion.xhtml?clave=" + enc(m.group(1)) + "&anio=" + m.group(2) + "&sesion=" + enc(m.group(3));
        }
        if ((m = ACUERDO.matcher(path)).matches()) {
            return "/publico/acuerdo.xhtml?clave=" + enc(m.group(1));
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
