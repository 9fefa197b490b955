package mx.snt.vinculo.web.library;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.web.files.Downloads;

import java.io.IOException;

/** Downloads a file of a library entry with its original name (the service checks visibility and counts it). */
@WebServlet("/acervo/archivo")
public class LibraryFileServlet extends HttpServlet {

    @EJB
    private LibraryCatalogue library;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.serve(resp, () -> {
            Long entry = Downloads.id(req.getParameter("entrada"));
            Long file = Downloads.id(req.getParameter("archivo"));
            return entry == null || file == null ? null : Downloads.Download.of(library.download(entry, file));
        });
    }
}
