package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.library.LibraryFileServlet;

import java.io.IOException;

/** Downloads an attachment of a proposal with its original name, after the service's visibility check. */
@WebServlet("/propuestas/archivo")
public class ProposalFileServlet extends HttpServlet {

    @EJB
    private ProposalSubmissions proposals;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long proposal = NotFound.id(req.getParameter("propuesta"));
        Long file = NotFound.id(req.getParameter("archivo"));
        if (proposal == null || file == null) {
            resp.sendError(404);
            return;
        }
        FileContent f;
        try {
            f = proposals.download(proposal, file);
        } catch (DomainException e) {
            resp.sendError(404);
            return;
        }
        LibraryFileServlet.send(resp, f);
    }
}
