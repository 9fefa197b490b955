package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.web.files.Downloads;

import java.io.IOException;

/** Downloads an attachment of a proposal with its original name, after the service's visibility check. */
@WebServlet("/propuestas/archivo")
public class ProposalFileServlet extends HttpServlet {

    @EJB
    private ProposalSubmissions proposals;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Downloads.serve(resp, () -> {
            Long proposal = Downloads.id(req.getParameter("propuesta"));
            Long file = Downloads.id(req.getParameter("archivo"));
            return proposal == null || file == null ? null : Downloads.Download.of(proposals.download(proposal, file));
        });
    }
}
