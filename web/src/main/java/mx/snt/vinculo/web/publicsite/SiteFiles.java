package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.publicsite.PublicSite;
import mx.snt.vinculo.web.security.OidcSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /sitemap.xml} (every public page: home, registers, commissions and regions, public sessions
 * and acuerdos, at their canonical addresses) and {@code /robots.txt} (the public site open to
 * crawlers, the members' areas, files and the API closed, and the sitemap's address).
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SiteFiles extends HttpServlet {

    @EJB
    private PublicSite site;

    @Inject
    OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = settings.getBaseUrl();
        String body;
        if ("/robots.txt".equals(req.getServletPath())) {
            resp.setContentType("text/plain; charset=UTF-8");
            body = robots(base);
        } else {
            resp.setContentType("application/xml; charset=UTF-8");
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (String path : site.sitemap()) {
                sb.append("  <url><loc>").append(xml(base + path)).append("</loc></url>\n");
            }
            body = sb.append("</urlset>\n").toString();
        }
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    static String robots(String base) {
        return "User-agent: *\n"
                + "Disallow: /api/\n"
                + "Disallow: /entrar\n"
                + "Disallow: /salir\n"
                + "Disallow: /callback\n"
                + "Disallow: /espacios/\n"
                + "Disallow: /directorio/\n"
                + "Disallow: /propuestas/\n"
                + "Disallow: /preferencias/\n"
                + "Disallow: /admin/\n"
                + "Disallow: /buscar/\n"
                + "Disallow: /calendario/\n"
                + "Allow: /\n"
                + "Sitemap: " + base + "/sitemap.xml\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
