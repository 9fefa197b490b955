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
 * sheets named {@code Tabla <idCampo>}.
 */
public record SipotTemplate(String formatId, String name, List<SipotField> fields, List<String> subTables) {

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
        Map<Integer, List<String>> catalogs = catalogsByColumn(wb, main, text);
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
        List<String> subTables = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            String sheetName = wb.getSheetName(s);
            if (sheetName.startsWith("Tabla ")) {
                subTables.add(sheetName.substring("Tabla ".length()).strip());
            }
        }
        return new SipotTemplate(formatId, name, List.copyOf(fields), List.copyOf(subTables));
    }

    public SipotField field(String idCampo) {
        return fields.stream().filter(f -> f.idCampo().equals(idCampo)).findFirst().orElse(null);
    }

    /** Column → options, from the list validations of the main sheet (named range or sheet reference). */
    private static Map<Integer, List<String>> catalogsByColumn(HSSFWorkbook wb, HSSFSheet main, DataFormatter text) {
        Map<String, String> names = new HashMap<>();
        for (Name n : wb.getAllNames()) {
            names.put(n.getNameName(), n.getRefersToFormula());
        }
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (HSSFDataValidation dv : main.getDataValidations()) {
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
