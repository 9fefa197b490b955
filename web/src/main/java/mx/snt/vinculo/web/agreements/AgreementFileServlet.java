package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.web.files.Downloads;

import java.io.IOException;

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
        Downloads.serve(resp, () -> {
            Long agreement = Downloads.id(req.getParameter("convenio"));
            Long attachment = Downloads.id(req.getParameter("id"));
            return agreement == null || attachment == null ? null
                    : Downloads.Download.of(agreements.attachment(agreement, attachment));
        });
    }
}
