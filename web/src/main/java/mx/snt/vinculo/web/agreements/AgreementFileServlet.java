package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads an agreement's attachment with its original name, after the agreement's
 * visibility check: /convenios/archivo?convenio=&lt;id&gt;&amp;id=&lt;attachment&gt;. A public
 * agreement's signed PDF is the document SIPOT links to.
 */
@WebServlet("/convenios/archivo")
public class AgreementFileServlet extends HttpServlet {

    @EJB
    private AgreementQueries agreements;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long agreement = NotFound.id(req.getParameter("convenio"));
        Long attachment = NotFound.id(req.getParameter("id"));
        if (agreement == null || attachment == null) {
            resp.sendError(404);
            return;
        }
        FileContent f;
        try {
            f = agreements.attachment(agreement, attachment);
        } catch (NotFoundException e) {
            resp.sendError(404);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                resp.sendError(404);
                return;
            }
            throw e;
        }
        resp.setContentType(f.mediaType());
        resp.setContentLength(f.bytes().length);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + f.name().replaceAll("[^\\x20-\\x7E]|\"", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        resp.getOutputStream().write(f.bytes());
    }
}
