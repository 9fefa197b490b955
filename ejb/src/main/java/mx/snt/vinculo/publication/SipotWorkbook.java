package mx.snt.vinculo.publication;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import mx.snt.vinculo.common.ValidationException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes records into a copy of the official template with POI (HSSF) and reads them back.
 * The header rows, catalog sheets, validations and sub-table sheets stay as the template
 * has them; only the data rows (from row 8, and the sample rows of sub-table sheets) are
 * replaced. Every value is written as text, exactly as SIPOT expects it (dates dd/MM/yyyy).
 */
public final class SipotWorkbook {

    private SipotWorkbook() {
    }

    /** The template with these rows (idCampo → value) as its data. */
    public static byte[] write(byte[] template, List<Map<String, String>> rows) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(template))) {
            SipotTemplate t = SipotTemplate.read(wb);
            HSSFSheet main = wb.getSheet(SipotTemplate.MAIN_SHEET) != null ? wb.getSheet(SipotTemplate.MAIN_SHEET) : wb.getSheetAt(0);
            clearFrom(main, SipotTemplate.FIRST_DATA_ROW);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (wb.getSheetName(s).startsWith("Tabla ")) {
                    clearFrom(wb.getSheetAt(s), 3);  // sub-tables: types, ids, labels, then sample data
                }
            }
            int r = SipotTemplate.FIRST_DATA_ROW;
            for (Map<String, String> values : rows) {
                Row row = main.createRow(r++);
                for (SipotField f : t.fields()) {
                    String v = values.get(f.idCampo());
                    if (v != null && !v.isEmpty()) {
                        Cell c = row.createCell(f.column(), CellType.STRING);
                        c.setCellValue(v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a generated (or any) file of this layout: idCampo → text, in order. */
    public static List<Map<String, String>> read(byte[] xls) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            SipotTemplate t = SipotTemplate.read(wb);
            Sheet main = wb.getSheet(SipotTemplate.MAIN_SHEET) != null ? wb.getSheet(SipotTemplate.MAIN_SHEET) : wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = SipotTemplate.FIRST_DATA_ROW; r <= main.getLastRowNum(); r++) {
                if (main.getRow(r) == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (SipotField f : t.fields()) {
                    String v = SipotTemplate.cell(main, r, f.column(), text);
                    if (!v.isEmpty()) {
                        values.put(f.idCampo(), v);
                    }
                }
                if (!values.isEmpty()) {
                    rows.add(values);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new ValidationException("sipot.template.unreadable");
        }
    }

    private static void clearFrom(Sheet sheet, int firstRow) {
        for (int r = sheet.getLastRowNum(); r >= firstRow; r--) {
            Row row = sheet.getRow(r);
            if (row != null) {
                sheet.removeRow(row);
            }
        }
    }
}
