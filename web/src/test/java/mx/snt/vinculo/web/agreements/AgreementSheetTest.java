package mx.snt.vinculo.web.agreements;

import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.web.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The spreadsheet read back with POI: dates are date cells shown dd/mm/yyyy; words, not codes. */
class AgreementSheetTest {

    static final AgreementRow IN_FORCE = new AgreementRow(7, 3, "ITEI", AgreementType.COORDINACION, "Convenio ITEI–COTAI",
            AgreementState.IN_FORCE, Visibility.PRIVATE, LocalDate.of(2027, 2, 15), LocalDate.of(2029, 2, 14),
            LocalDate.of(2027, 2, 10), Instant.parse("2027-02-10T18:00:00Z"), "ITEI; COTAI", "ITEI; COTAI");
    static final AgreementRow DRAFT = new AgreementRow(8, 3, "ITEI", AgreementType.COLABORACION, "Borrador",
            AgreementState.DRAFT, Visibility.PUBLIC, null, null, null, Instant.parse("2027-02-10T18:00:00Z"), "ITEI", "ITEI");

    @Test
    void datesAreDateCellsAndWordsAreInTheReadersLanguage() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(AgreementSheet.write(List.of(IN_FORCE, DRAFT), Texts.SPANISH)))) {
            Row row = book.getSheetAt(0).getRow(1);
            for (int c = 6; c <= 8; c++) {
                Cell cell = row.getCell(c);
                assertThat(cell.getCellType()).as("column " + c).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(cell)).as("column " + c).isTrue();
            }
            assertThat(row.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 15));
            assertThat(new DataFormatter().formatCellValue(row.getCell(7))).isEqualTo("15/02/2027");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Privado");
            assertThat(row.getCell(5).getStringCellValue()).isNotEqualTo("IN_FORCE");
            Row draft = book.getSheetAt(0).getRow(2);
            assertThat(draft.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(draft.getCell(9).getStringCellValue()).isEqualTo("Público");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(AgreementSheet.write(List.of(IN_FORCE), Locale.ENGLISH)))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).isEqualTo("Private");
        }
    }
}
