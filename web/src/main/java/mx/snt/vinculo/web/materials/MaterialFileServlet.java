package mx.snt.vinculo.web.materials;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.materials.MaterialQueries;
import mx.snt.vinculo.web.files.Downloads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A material's file ({@code /materiales/archivo?id=}), a gallery image ({@code …&imagen=}) or a statistical
 * material's CSV ({@code /materiales/datos?id=}, UTF-8 with a BOM like the open-data downloads). The service
 * checks visibility: what the caller may not see is a 404.
 */
@WebServlet({"/materiales/archivo", "/materiales/datos"})
public class MaterialFileServlet extends HttpServlet {

    @EJB
    private MaterialQueries materials;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean csv = req.getServletPath().endsWith("/datos");
        Downloads.serve(resp, () -> {
            Long id = Downloads.id(req.getParameter("id"));
            if (id == null) {
                return null;
            }
            if (csv) {
                byte[] text = ("\uFEFF" + materials.csv(id)).getBytes(StandardCharsets.UTF_8);
                return Downloads.Download.of("text/csv;charset=UTF-8", "material-" + id + ".csv", text);
            }
            Long image = Downloads.id(req.getParameter("imagen"));
            return Downloads.Download.of(image == null ? materials.file(id) : materials.image(id, image));
        });
    }
}
