package mx.snt.vinculo.publication;

import org.apache.poi.hssf.usermodel.HSSFDataValidation;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import mx.snt.vinculo.common.ValidationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an official SIPOT template (.xls, sheet "Reporte de Formatos") says about its format:
 * format id in A1, field types in row 4, field ids in row 5, labels in row 7, data from row 8;
 * catalogs are the (hidden) sheets the columns' list validations point to; sub-tables are the
 * sheets named {@code Tabla <idCampo>} ({@link SipotSubTable}).
 */
public record SipotTemplate(String formatId, String name, List<SipotField> fields, List<SipotSubTable> subTables) {

    public static final String MAIN_SHEET = "Reporte de Formatos";
    static final int TYPE_ROW = 3, ID_ROW = 4, LABEL_ROW = 6, FIRST_DATA_ROW = 7;

    public static SipotTemplate read(byte[] xls) {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            return read(wb);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("sipot.template.unreadable");
        }
    }

    static SipotTemplate read(HSSFWorkbook wb) {
        HSSFSheet main = wb.getSheet(MAIN_SHEET);
        if (main == null) {
            main = wb.getSheetAt(0);
        }
        DataFormatter text = new DataFormatter();
        String formatId = cell(main, 0, 0, text);
        if (formatId.isBlank() || !formatId.matches("\\d+")) {
            throw new ValidationException("sipot.template.noFormatId");
        }
        String name = cell(main, 2, 0, text);
        Map<String, String> names = names(wb);
        Map<Integer, List<String>> catalogs = catalogsByColumn(wb, main, names, text);
        Row ids = main.getRow(ID_ROW);
        if (ids == null) {
            throw new ValidationException("sipot.template.noFields");
        }
        List<SipotField> fields = new ArrayList<>();
        for (int c = 0; c < ids.getLastCellNum(); c++) {
            String id = cell(main, ID_ROW, c, text);
            if (id.isBlank()) {
                continue;
            }
            int type;
            try {
                type = Integer.parseInt(cell(main, TYPE_ROW, c, text));
            } catch (NumberFormatException e) {
                throw new ValidationException("sipot.template.badType", id);
            }
            fields.add(new SipotField(id, type, cell(main, LABEL_ROW, c, text), catalogs.getOrDefault(c, List.of()), c));
        }
        if (fields.isEmpty()) {
            throw new ValidationException("sipot.template.noFields");
        }
        List<SipotSubTable> subTables = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            String sheetName = wb.getSheetName(s);
            if (sheetName.startsWith("Tabla")) {
                subTables.add(subTable(wb, wb.getSheetAt(s), names, text));
            }
        }
        return new SipotTemplate(formatId, name, List.copyOf(fields), List.copyOf(subTables));
    }

    /** A sub-table sheet ("Tabla 227037", or "Tabla_227037" as some templates name it); column A is the ID. */
    private static SipotSubTable subTable(HSSFWorkbook wb, HSSFSheet sheet, Map<String, String> names, DataFormatter text) {
        String id = sheet.getSheetName().substring("Tabla".length()).replaceAll("^[ _]+", "").strip();
        Map<Integer, List<String>> catalogs = catalogsByColumn(wb, sheet, names, text);
        List<SipotField> fields = new ArrayList<>();
        Row ids = sheet.getRow(SipotSubTable.ID_ROW);
        for (int c = 1; ids != null && c < ids.getLastCellNum(); c++) {
            String subId = cell(sheet, SipotSubTable.ID_ROW, c, text);
            if (subId.isBlank()) {
                continue;
            }
            int type;
            try {
                type = Integer.parseInt(cell(sheet, SipotSubTable.TYPE_ROW, c, text));
            } catch (NumberFormatException e) {
                throw new ValidationException("sipot.template.badType", subId);
            }
            fields.add(new SipotField(subId, type, cell(sheet, SipotSubTable.LABEL_ROW, c, text), catalogs.getOrDefault(c, List.of()), c));
        }
        return new SipotSubTable(id, sheet.getSheetName(), List.copyOf(fields));
    }

    public SipotSubTable subTable(String tableId) {
        return subTables.stream().filter(t -> t.idCampo().equals(tableId)).findFirst().orElse(null);
    }

    public SipotField field(String idCampo) {
        return fields.stream().filter(f -> f.idCampo().equals(idCampo)).findFirst().orElse(null);
    }

    private static Map<String, String> names(HSSFWorkbook wb) {
        Map<String, String> names = new HashMap<>();
        for (Name n : wb.getAllNames()) {
            names.put(n.getNameName(), n.getRefersToFormula());
        }
        return names;
    }

    /** Column → options, from the list validations of a sheet (named range or sheet reference). */
    private static Map<Integer, List<String>> catalogsByColumn(HSSFWorkbook wb, HSSFSheet sheet, Map<String, String> names,
                                                           DataFormatter text) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (HSSFDataValidation dv : sheet.getDataValidations()) {
            String formula = dv.getValidationConstraint().getFormula1();
            if (formula == null) {
                continue;
            }
            String ref = names.getOrDefault(formula.strip(), formula.strip());
            List<String> options = options(wb, ref, text);
            if (options.isEmpty()) {
                continue;
            }
            for (CellRangeAddress range : dv.getRegions().getCellRangeAddresses()) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    out.putIfAbsent(c, options);
                }
            }
        }
        return out;
    }

    private static List<String> options(HSSFWorkbook wb, String ref, DataFormatter text) {
        List<String> options = new ArrayList<>();
        try {
            AreaReference area = new AreaReference(ref, wb.getSpreadsheetVersion());
            CellReference first = area.getFirstCell();
            Sheet sheet = wb.getSheet(first.getSheetName());
            if (sheet == null) {
                return options;
            }
            CellReference last = area.getLastCell();
            int lastRow = Math.min(last.getRow(), sheet.getLastRowNum());
            for (int r = first.getRow(); r <= lastRow; r++) {
                String v = cell(sheet, r, first.getCol(), text);
                if (!v.isBlank()) {
                    options.add(v);
                }
            }
        } catch (RuntimeException notAnArea) {
            return options;
        }
        return List.copyOf(options);
    }

    static String cell(Sheet sheet, int row, int col, DataFormatter text) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return "";
        }
        Cell c = r.getCell(col);
        return c == null ? "" : text.formatCellValue(c).strip();
    }
}
