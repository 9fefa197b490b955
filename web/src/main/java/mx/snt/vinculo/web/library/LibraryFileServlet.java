package mx.snt.vinculo.web.library;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads a file of a library entry with its original name (the service checks visibility and counts it). */
@WebServlet("/acervo/archivo")
public class LibraryFileServlet extends HttpServlet {

    @EJB
    private LibraryCatalogue library;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long entry = NotFound.id(req.getParameter("entrada"));
        Long file = NotFound.id(req.getParameter("archivo"));
        if (entry == null || file == null) {
            resp.sendError(404);
            return;
        }
        FileContent f;
        try {
            f = library.download(entry, file);
        } catch (DomainException e) {
            resp.sendError(404);
            return;
        }
        send(resp, f);
    }

    /** The bytes with their checked media type and the name the person uploaded (RFC 6266). */
    public static void send(HttpServletResponse resp, FileContent f) throws IOException {
        resp.setContentType(f.mediaType());
        resp.setContentLength(f.bytes().length);
        String ascii = f.name().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(f.bytes());
    }
}
