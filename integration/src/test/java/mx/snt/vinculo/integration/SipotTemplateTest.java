package mx.snt.vinculo.integration;

import mx.snt.vinculo.publication.BuiltInFormats;
import mx.snt.vinculo.publication.SipotField;
import mx.snt.vinculo.publication.SipotSubTable;
import mx.snt.vinculo.publication.SipotTemplate;
import mx.snt.vinculo.publication.SipotWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real SIPOT test template (format 35573): what the hub reads from it and what it writes into it. */
class SipotTemplateTest {

    static byte[] fixture() throws Exception {
        try (InputStream in = SipotTemplateTest.class.getResourceAsStream("/sipot/Formato_Pruebas.xls")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsFormatFieldsCatalogsAndSubTables() throws Exception {
        SipotTemplate t = SipotTemplate.read(fixture());
        assertThat(t.formatId()).isEqualTo("35573");
        assertThat(t.fields()).hasSize(18);
        assertThat(t.fields().get(0)).isEqualTo(new SipotField("227023", 1, "TextoCorto", List.of(), 0));
        assertThat(t.field("227026").isDate()).isTrue();
        assertThat(t.field("227036").typeId()).isEqualTo(SipotField.CATALOG);
        assertThat(t.field("227036").catalog()).containsExactly("Probando", "Probando 2", "Probando 3", "Hola Mundo");
        assertThat(t.field("227037").typeId()).isEqualTo(SipotField.TABLE);
        assertThat(t.field("227019").label()).isEqualTo("Año");
        assertThat(t.subTables()).extracting(SipotSubTable::idCampo).containsExactly("227037");
        SipotSubTable sub = t.subTable("227037");
        assertThat(sub.fields()).hasSize(13);
        assertThat(sub.fields().get(0)).isEqualTo(new SipotField("27145", 1, "TextoCorto", List.of(), 1));
        assertThat(sub.field("27148").isDate()).isTrue();
        assertThat(sub.field("27157").catalog()).contains("Parque industrial", "Unidad habitacional");
    }

    @Test
    void subTableRowsHangFromTheirRecordsIdAndReadBackExactly() throws Exception {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("227023", "Con dos filas");
        one.put(SipotSubTable.key("227037", 1, "27145"), "Primera fila");
        one.put(SipotSubTable.key("227037", 1, "27157"), "Rancho");
        one.put(SipotSubTable.key("227037", 2, "27145"), "Segunda fila");
        Map<String, String> two = Map.of("227023", "Sin filas");
        Map<String, String> three = new LinkedHashMap<>();
        three.put("227023", "Con una fila");
        three.put(SipotSubTable.key("227037", 1, "27148"), "31/12/2026");
        byte[] xls = SipotWorkbook.write(fixture(), List.of(one, two, three));

        assertThat(SipotWorkbook.read(xls)).containsExactly(one, two, three);
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            var main = wb.getSheet("Reporte de Formatos");
            assertThat(main.getRow(7).getCell(14).getNumericCellValue()).isEqualTo(1.0);
            assertThat(main.getRow(8).getCell(14)).isNull();
            assertThat(main.getRow(9).getCell(14).getNumericCellValue()).isEqualTo(3.0);
            var tabla = wb.getSheet("Tabla 227037");
            assertThat(tabla.getLastRowNum()).isEqualTo(5);
            assertThat(tabla.getRow(2).getCell(0).getStringCellValue()).isEqualTo("ID");
            assertThat(tabla.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(tabla.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Segunda fila");
            assertThat(tabla.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(tabla.getDataValidations()).as("the sub-table's catalog validation is kept").isNotEmpty();
        }
    }

    @Test
    void theBuiltInFormatsAreTemplatesOfTheOfficialLayout() {
        assertThat(BuiltInFormats.all()).extracting(BuiltInFormats.Format::outputKind)
                .containsExactly("ACUERDO", "ACTA", "AGREEMENT", "LIBRARY_ENTRY");
        for (BuiltInFormats.Format f : BuiltInFormats.all()) {
            SipotTemplate t = SipotTemplate.read(BuiltInFormats.template(f.formatId()));
            assertThat(t.formatId()).isEqualTo(f.formatId());
            assertThat(t.name()).isEqualTo(f.name());
            assertThat(t.fields()).hasSize(f.fields().size());
            assertThat(t.fields().get(0).typeId()).isEqualTo(SipotField.YEAR);
            assertThat(t.fields().get(t.fields().size() - 1).label()).isEqualTo("Nota");
            assertThat(t.fields()).extracting(SipotField::idCampo).doesNotHaveDuplicates();
        }
        SipotTemplate convenios = SipotTemplate.read(BuiltInFormats.template(BuiltInFormats.CONVENIOS));
        assertThat(convenios.field("9001034").catalog()).containsExactly("De coordinación", "De concertación", "De colaboración");
        assertThat(convenios.field("9001037").typeId()).isEqualTo(SipotField.TABLE);
        assertThat(convenios.subTable("9001037").field("90010372").catalog()).contains("Órgano garante", "Institución académica");
        assertThat(SipotTemplate.read(BuiltInFormats.template(BuiltInFormats.ACTAS)).field("9001024").catalog())
                .containsExactly("Ordinaria", "Extraordinaria");
    }

    @Test
    void writtenRecordsReadBackExactlyAndTheTemplateStaysIntact() throws Exception {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("227023", "CVPDCS/SO/03/2026/04");
        one.put("227024", "Acuerdo por el que se aprueba el programa anual, con acentos: ñandú");
        one.put("227026", "15/10/2026");
        one.put("227036", "Probando 2");
        one.put("227019", "2026");
        Map<String, String> two = Map.of("227023", "Segundo", "227020", "01/12/2026", "227036", "Hola Mundo");
        byte[] xls = SipotWorkbook.write(fixture(), List.of(one, two));

        List<Map<String, String>> back = SipotWorkbook.read(xls);
        assertThat(back).hasSize(2);
        assertThat(back.get(0)).isEqualTo(one);
        assertThat(back.get(1)).isEqualTo(two);
        SipotTemplate t = SipotTemplate.read(xls);
        assertThat(back.get(0).get("227036")).isIn(t.field("227036").catalog());
        assertThat(back.get(0).get("227026")).matches("\\d{2}/\\d{2}/\\d{4}");

        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheet("hidden1").getRow(3).getCell(0).getStringCellValue()).isEqualTo("Hola Mundo");
            assertThat(wb.getSheet("Tabla 227037").getRow(2).getCell(1).getStringCellValue()).isEqualTo("TextoCorto");
            assertThat(wb.getSheet("Tabla 227037").getLastRowNum()).isEqualTo(2);  // sample rows gone, headers kept
            assertThat(wb.getSheet("Reporte de Formatos").getRow(6).getCell(12).getStringCellValue()).isEqualTo("Catalogo");
            assertThat(wb.getSheet("Reporte de Formatos").getDataValidations()).isNotEmpty();
            assertThat(wb.getName("hidden1").getRefersToFormula()).isEqualTo("hidden1!$A$1:$A$4");
        }
    }

    @Test
    void aFileWithoutFormatIdIsRefused() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Reporte de Formatos").createRow(0).createCell(0).setCellValue("no");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SipotTemplate.read(out.toByteArray()))
                    .isInstanceOf(mx.snt.vinculo.common.ValidationException.class);
        }
    }
}
