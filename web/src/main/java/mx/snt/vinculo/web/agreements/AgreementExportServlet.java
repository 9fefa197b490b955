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
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.files.Downloads;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The list of agreements as a spreadsheet (.xlsx), with the list's filters and the same
 * visibility filtering (the service applies it): /convenios/exportar?estado=…&tipo=…&parte=…&porVencer=1&espacio=….
 */
@WebServlet("/convenios/exportar")
public class AgreementExportServlet extends HttpServlet {

    @EJB
    private AgreementQueries agreements;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Texts.pick(req);
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
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(Texts.get(locale, "agreement.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"agreement.export.id", "agreement.field.workspace", "agreement.field.type", "agreement.field.title",
                    "agreement.field.parties", "agreement.field.state", "agreement.field.signedOn", "agreement.field.validityStart",
                    "agreement.field.validityEnd", "agreement.field.visibility"};
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(Texts.get(locale, headers[i]));
                head.getCell(i).setCellStyle(bold);
            }
            int n = 1;
            for (AgreementRow r : rows) {
                XSSFRow x = sheet.createRow(n++);
                x.createCell(0).setCellValue(r.id());
                x.createCell(1).setCellValue(r.workspaceAcronym());
                x.createCell(2).setCellValue(Texts.get(locale, "agreement.type." + r.type().name()));
                x.createCell(3).setCellValue(r.title());
                x.createCell(4).setCellValue(r.parties());
                x.createCell(5).setCellValue(Texts.get(locale, "agreement.state." + r.state().name()));
                x.createCell(6).setCellValue(r.signedOn() == null ? "" : r.signedOn().toString());
                x.createCell(7).setCellValue(r.validityStart() == null ? "" : r.validityStart().toString());
                x.createCell(8).setCellValue(r.validityEnd() == null ? "" : r.validityEnd().toString());
                x.createCell(9).setCellValue(r.visibility().name());
            }
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, i == 3 || i == 4 ? 60 * 256 : 18 * 256);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            Downloads.send(resp, Downloads.Download.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "convenios.xlsx", out.toByteArray()));
        }
    }

    private static Long id(String v) {
        return v == null || v.isBlank() ? null : Long.valueOf(v.strip());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
        return v == null || v.isBlank() ? null : Enum.valueOf(type, v.strip());
    }
}
