package mx.snt.vinculo.publication;

import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.agreements.PartyCategory;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.sessions.SessionKind;
import org.apache.poi.hssf.usermodel.DVConstraint;
import org.apache.poi.hssf.usermodel.HSSFDataValidation;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The formats the hub ships so that the demo publishes out of the box: one per kind of output
 * (acuerdos, actas, agreements, library entries), built with POI in exactly the layout of an
 * official SIPOT template (format id in A1, types row 4, ids row 5, labels row 7, catalogs on
 * hidden sheets behind list validations, sub-tables on {@code Tabla <idCampo>} sheets). Their
 * ids (9001xx) are Vínculo's own: a body replaces them by uploading the official templates it
 * downloads from SIPOT and mapping their fields in the console.
 */
public final class BuiltInFormats {

    /** One column of a built-in format. */
    record Field(int type, String id, String label, List<String> catalog) {
        Field(int type, String id, String label) {
            this(type, id, label, List.of());
        }
    }

    /** A built-in format: its fields and its sub-tables (by the id of their TABLE field). */
    public record Format(String formatId, String outputKind, String name, String shortName, String description,
                         List<Field> fields, Map<String, List<Field>> subTables) {
    }

    public static final String ACUERDOS = "900101", ACTAS = "900102", CONVENIOS = "900103", ACERVO = "900104";

    private static final Map<String, Format> FORMATS = new LinkedHashMap<>();
    private static final Map<String, byte[]> BUILT = new ConcurrentHashMap<>();

    static {
        add(new Format(ACUERDOS, "ACUERDO", "Acuerdos de las comisiones", "VINC_ACUERDOS",
                "Acuerdos adoptados en las sesiones de las comisiones y órganos colegiados del Sistema Nacional de Transparencia",
                common(ACUERDOS,
                        new Field(SipotField.TEXT, ACUERDOS + "4", "Número del acuerdo"),
                        new Field(SipotField.DATE, ACUERDOS + "5", "Fecha de la sesión en la que se adoptó"),
                        new Field(SipotField.TEXT, ACUERDOS + "6", "Sesión en la que se adoptó"),
                        new Field(SipotField.LONG_TEXT, ACUERDOS + "7", "Texto del acuerdo"),
                        new Field(SipotField.URL, ACUERDOS + "8", "Hipervínculo a la sesión")),
                Map.of()));
        add(new Format(ACTAS, "ACTA", "Actas de las sesiones de las comisiones", "VINC_ACTAS",
                "Actas de las sesiones ordinarias y extraordinarias de las comisiones y órganos colegiados",
                common(ACTAS,
                        new Field(SipotField.CATALOG, ACTAS + "4", "Tipo de sesión", labels(SessionKind.values(), SessionKind::sipotLabel)),
                        new Field(SipotField.TEXT, ACTAS + "5", "Número o denominación de la sesión"),
                        new Field(SipotField.DATE, ACTAS + "6", "Fecha de la sesión"),
                        new Field(SipotField.URL, ACTAS + "7", "Hipervínculo al acta de la sesión"),
                        new Field(SipotField.URL, ACTAS + "8", "Hipervínculo a la grabación de la sesión")),
                Map.of()));
        String partes = CONVENIOS + "7";
        add(new Format(CONVENIOS, "AGREEMENT", "Convenios de coordinación, de concertación y de colaboración", "VINC_CONVENIOS",
                "Convenios vigentes celebrados por el órgano garante con otros órganos y con los sectores social y privado",
                common(CONVENIOS,
                        new Field(SipotField.CATALOG, CONVENIOS + "4", "Tipo de convenio", labels(AgreementType.values(), AgreementType::sipotLabel)),
                        new Field(SipotField.TEXT, CONVENIOS + "5", "Denominación del convenio"),
                        new Field(SipotField.DATE, CONVENIOS + "6", "Fecha de firma"),
                        new Field(SipotField.TABLE, partes, "Con quién se celebra el convenio (Tabla_" + partes + ")"),
                        new Field(SipotField.LONG_TEXT, CONVENIOS + "8", "Objetivo(s) del convenio"),
                        new Field(SipotField.DATE, CONVENIOS + "9", "Fecha de inicio de vigencia"),
                        new Field(SipotField.DATE, CONVENIOS + "10", "Fecha de término de vigencia"),
                        new Field(SipotField.URL, CONVENIOS + "11", "Hipervínculo al documento firmado")),
                Map.of(partes, List.of(
                        new Field(SipotField.TEXT, partes + "1", "Nombre o razón social de la contraparte"),
                        new Field(SipotField.CATALOG, partes + "2", "Tipo de contraparte", labels(PartyCategory.values(), PartyCategory::sipotLabel)),
                        new Field(SipotField.TEXT, partes + "3", "Nombre de quien firma"),
                        new Field(SipotField.TEXT, partes + "4", "Cargo de quien firma"),
                        new Field(SipotField.DATE, partes + "5", "Fecha de firma")))));
        add(new Format(ACERVO, "LIBRARY_ENTRY", "Acervo de materiales y buenas prácticas", "VINC_ACERVO",
                "Guías, estudios, materiales y buenas prácticas publicados por los órganos garantes",
                common(ACERVO,
                        new Field(SipotField.TEXT, ACERVO + "4", "Título"),
                        new Field(SipotField.TEXT, ACERVO + "5", "Autor(es)"),
                        new Field(SipotField.TEXT, ACERVO + "6", "Órgano garante que lo elaboró"),
                        new Field(SipotField.NUMBER, ACERVO + "7", "Año de publicación"),
                        new Field(SipotField.CATALOG, ACERVO + "8", "Tipo de material", labels(EntryType.values(), EntryType::sipotLabel)),
                        new Field(SipotField.LONG_TEXT, ACERVO + "9", "Temas"),
                        new Field(SipotField.LONG_TEXT, ACERVO + "10", "Resumen"),
                        new Field(SipotField.URL, ACERVO + "11", "Hipervínculo al material")),
                Map.of()));
    }

    private BuiltInFormats() {
    }

    private static void add(Format f) {
        FORMATS.put(f.formatId(), f);
    }

    /** SIPOT's frame around every format: year and period first; area, dates and note last. */
    private static List<Field> common(String format, Field... own) {
        List<Field> fields = new java.util.ArrayList<>();
        fields.add(new Field(SipotField.YEAR, format + "1", "Ejercicio"));
        fields.add(new Field(SipotField.DATE, format + "2", "Fecha de inicio del periodo que se informa"));
        fields.add(new Field(SipotField.DATE, format + "3", "Fecha de término del periodo que se informa"));
        fields.addAll(Arrays.asList(own));
        fields.add(new Field(SipotField.TEXT, format + "20",
                "Área(s) responsable(s) que genera(n), posee(n), publica(n) y actualizan la información"));
        fields.add(new Field(SipotField.DATE, format + "21", "Fecha de validación"));
        fields.add(new Field(SipotField.UPDATE_DATE, format + "22", "Fecha de actualización"));
        fields.add(new Field(SipotField.NOTE, format + "23", "Nota"));
        return List.copyOf(fields);
    }

    private static <E> List<String> labels(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    public static boolean has(String formatId) {
        return FORMATS.containsKey(formatId);
    }

    public static List<Format> all() {
        return List.copyOf(FORMATS.values());
    }

    /** The template of a built-in format, as an .xls of the official layout. */
    public static byte[] template(String formatId) {
        Format f = FORMATS.get(formatId);
        if (f == null) {
            throw new IllegalArgumentException("formato " + formatId);
        }
        return BUILT.computeIfAbsent(formatId, id -> build(f)).clone();
    }

    private static byte[] build(Format f) {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet main = wb.createSheet(SipotTemplate.MAIN_SHEET);
            main.createRow(0).createCell(0).setCellValue(f.formatId());
            Row titles = main.createRow(1);
            titles.createCell(0).setCellValue("TITULO");
            titles.createCell(1).setCellValue("NOMBRE CORTO");
            titles.createCell(2).setCellValue("DESCRIPCION");
            Row info = main.createRow(2);
            info.createCell(0).setCellValue(f.name());
            info.createCell(1).setCellValue(f.shortName());
            info.createCell(2).setCellValue(f.description());
            main.createRow(5).createCell(0).setCellValue("Tabla Campos");
            header(main, f.fields(), 0, SipotTemplate.TYPE_ROW, SipotTemplate.ID_ROW, SipotTemplate.LABEL_ROW);
            catalogs(wb, main, f.fields(), 0, SipotTemplate.FIRST_DATA_ROW, "hidden");
            for (Map.Entry<String, List<Field>> sub : f.subTables().entrySet()) {
                HSSFSheet sheet = wb.createSheet("Tabla " + sub.getKey());
                header(sheet, sub.getValue(), 1, SipotSubTable.TYPE_ROW, SipotSubTable.ID_ROW, SipotSubTable.LABEL_ROW);
                sheet.getRow(SipotSubTable.LABEL_ROW).createCell(0).setCellValue("ID");
                catalogs(wb, sheet, sub.getValue(), 1, SipotSubTable.FIRST_DATA_ROW, "hidden_Tabla_" + sub.getKey());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(HSSFSheet sheet, List<Field> fields, int firstColumn, int typeRow, int idRow, int labelRow) {
        Row types = sheet.createRow(typeRow), ids = sheet.createRow(idRow), labels = sheet.createRow(labelRow);
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            types.createCell(firstColumn + i).setCellValue(Integer.toString(field.type()));
            ids.createCell(firstColumn + i).setCellValue(field.id());
            labels.createCell(firstColumn + i).setCellValue(field.label());
            sheet.setColumnWidth(firstColumn + i, 28 * 256);
        }
    }

    /** Each catalog on its own hidden sheet, named, and a list validation on the column's data rows. */
    private static void catalogs(HSSFWorkbook wb, HSSFSheet sheet, List<Field> fields, int firstColumn, int firstDataRow,
                                 String prefix) {
        int n = 0;
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (field.catalog().isEmpty()) {
                continue;
            }
            String name = prefix + (++n);
            HSSFSheet hidden = wb.createSheet(name);
            for (int r = 0; r < field.catalog().size(); r++) {
                hidden.createRow(r).createCell(0).setCellValue(field.catalog().get(r));
            }
            wb.setSheetHidden(wb.getSheetIndex(hidden), true);
            Name range = wb.createName();
            range.setNameName(name);
            range.setRefersToFormula(name + "!$A$1:$A$" + field.catalog().size());
            CellRangeAddressList cells = new CellRangeAddressList(firstDataRow, 65535, firstColumn + i, firstColumn + i);
            sheet.addValidationData(new HSSFDataValidation(cells, DVConstraint.createFormulaListConstraint(name)));
        }
    }
}
