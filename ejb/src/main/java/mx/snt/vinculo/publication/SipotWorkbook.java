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

    /**
     * The template with these records (idCampo → value; sub-table values keyed by
     * {@link SipotSubTable#key}) as its data. A record's TABLE column holds its ID (its row
     * number among the records, from 1) and the sub-table's rows carry that ID in column A.
     */
    public static byte[] write(byte[] template, List<Map<String, String>> rows) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(template))) {
            SipotTemplate t = SipotTemplate.read(wb);
            HSSFSheet main = wb.getSheet(SipotTemplate.MAIN_SHEET) != null ? wb.getSheet(SipotTemplate.MAIN_SHEET) : wb.getSheetAt(0);
            clearFrom(main, SipotTemplate.FIRST_DATA_ROW);
            Map<String, Integer> nextSubRow = new LinkedHashMap<>();
            for (SipotSubTable sub : t.subTables()) {
                clearFrom(wb.getSheet(sub.sheetName()), SipotSubTable.FIRST_DATA_ROW);  // headers kept, sample rows gone
                nextSubRow.put(sub.idCampo(), SipotSubTable.FIRST_DATA_ROW);
            }
            int r = SipotTemplate.FIRST_DATA_ROW;
            int recordId = 0;
            for (Map<String, String> values : rows) {
                recordId++;
                Row row = main.createRow(r++);
                for (SipotField f : t.fields()) {
                    if (f.typeId() == SipotField.TABLE) {
                        SipotSubTable sub = t.subTable(f.idCampo());
                        if (sub != null && writeSubRows(wb.getSheet(sub.sheetName()), sub, values, recordId, nextSubRow)) {
                            row.createCell(f.column(), CellType.NUMERIC).setCellValue(recordId);
                        }
                        continue;
                    }
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

    /** Writes one record's rows of a sub-table; whether it had any. */
    private static boolean writeSubRows(Sheet sheet, SipotSubTable sub, Map<String, String> values, int recordId,
                                        Map<String, Integer> nextSubRow) {
        boolean any = false;
        for (int n = 1; ; n++) {
            boolean rowHasValues = false;
            for (SipotField f : sub.fields()) {
                if (values.containsKey(SipotSubTable.key(sub.idCampo(), n, f.idCampo()))) {
                    rowHasValues = true;
                    break;
                }
            }
            if (!rowHasValues) {
                return any;
            }
            int r = nextSubRow.merge(sub.idCampo(), 1, Integer::sum) - 1;
            Row row = sheet.createRow(r);
            row.createCell(0, CellType.NUMERIC).setCellValue(recordId);
            for (SipotField f : sub.fields()) {
                String v = values.get(SipotSubTable.key(sub.idCampo(), n, f.idCampo()));
                if (v != null && !v.isEmpty()) {
                    row.createCell(f.column(), CellType.STRING).setCellValue(v);
                }
            }
            any = true;
        }
    }

    /** The records of a generated (or any) file of this layout: idCampo → text, in order, sub-table rows included. */
    public static List<Map<String, String>> read(byte[] xls) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            SipotTemplate t = SipotTemplate.read(wb);
            Sheet main = wb.getSheet(SipotTemplate.MAIN_SHEET) != null ? wb.getSheet(SipotTemplate.MAIN_SHEET) : wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Map<String, Map<String, List<Map<String, String>>>> subRows = new LinkedHashMap<>();
            for (SipotSubTable sub : t.subTables()) {
                subRows.put(sub.idCampo(), subRowsById(wb.getSheet(sub.sheetName()), sub, text));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = SipotTemplate.FIRST_DATA_ROW; r <= main.getLastRowNum(); r++) {
                if (main.getRow(r) == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (SipotField f : t.fields()) {
                    String v = SipotTemplate.cell(main, r, f.column(), text);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (f.typeId() == SipotField.TABLE && subRows.containsKey(f.idCampo())) {
                        int n = 0;
                        for (Map<String, String> sr : subRows.get(f.idCampo()).getOrDefault(v, List.of())) {
                            n++;
                            for (Map.Entry<String, String> e : sr.entrySet()) {
                                values.put(SipotSubTable.key(f.idCampo(), n, e.getKey()), e.getValue());
                            }
                        }
                    } else {
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

    private static Map<String, List<Map<String, String>>> subRowsById(Sheet sheet, SipotSubTable sub, DataFormatter text) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        for (int r = SipotSubTable.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            String id = SipotTemplate.cell(sheet, r, 0, text);
            if (id.isEmpty()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (SipotField f : sub.fields()) {
                String v = SipotTemplate.cell(sheet, r, f.column(), text);
                if (!v.isEmpty()) {
                    values.put(f.idCampo(), v);
                }
            }
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(values);
        }
        return out;
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
