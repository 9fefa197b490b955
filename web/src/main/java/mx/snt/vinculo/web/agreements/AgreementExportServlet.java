package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.agreements.AgreementInputs.Filter;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.web.Language;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.files.Downloads;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The list of agreements as a spreadsheet (.xlsx), with the list's filters and the same
 * visibility filtering (the service applies it), written by {@link AgreementSheet}: /convenios/exportar?estado=…&tipo=…&parte=…&porVencer=1&espacio=….
 */
@WebServlet("/convenios/exportar")
public class AgreementExportServlet extends HttpServlet {

    @EJB
    private AgreementQueries agreements;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Language.of(req);
        Filter filter;
        try {
            filter = new Filter(id(req.getParameter("espacio")), enumOf(AgreementState.class, req.getParameter("estado")),
                    enumOf(AgreementType.class, req.getParameter("tipo")), req.getParameter("parte"), null)
                    .expiringSoon(req.getParameter("porVencer") != null);
        } catch (IllegalArgumentException e) {
            resp.sendError(400);
            return;
        }
        List<AgreementRow> rows;
        try {
            rows = agreements.export(filter);
        } catch (EJBException e) {
            resp.sendError(500);
            return;
        }
        Downloads.send(resp, Downloads.Download.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "convenios.xlsx", AgreementSheet.write(rows, locale)));
    }

    private static Long id(String v) {
        return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
        return v == null || v.isBlank() ? null : Enum.valueOf(type, v.strip());
    }
}
