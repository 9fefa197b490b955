package mx.snt.vinculo.web.agreements;

import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.web.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The agreements list as a workbook people can sort and filter: words in the reader's language
 * (type, state, visibility), and the dates as real date cells shown dd/mm/yyyy, so a spreadsheet
 * orders them by day and not as text.
 */
final class AgreementSheet {

    static final String[] HEADERS = {"agreement.export.id", "agreement.field.workspace", "agreement.field.type",
            "agreement.field.title", "agreement.field.parties", "agreement.field.state", "agreement.field.signedOn",
            "agreement.field.validityStart", "agreement.field.validityEnd", "agreement.field.visibility"};

    private AgreementSheet() {
    }

    static byte[] write(List<AgreementRow> rows, Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(Texts.get(locale, "agreement.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(Texts.get(locale, HEADERS[i]));
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
                date(x.createCell(6), r.signedOn(), day);
                date(x.createCell(7), r.validityStart(), day);
                date(x.createCell(8), r.validityEnd(), day);
                x.createCell(9).setCellValue(Texts.get(locale, "agreement.visibility." + r.visibility().name()));
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 3 || i == 4 ? 60 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, n - 1), 0, HEADERS.length - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A day as a date cell (empty cell when there is none). */
    private static void date(Cell cell, LocalDate value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
