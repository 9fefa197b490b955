package mx.snt.vinculo.materials;

import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatTableTest {

    @Test
    void readsHeadersLabelsAndNumericSeries() {
        StatTable t = StatTable.parse("\uFEFFTrimestre,Solicitudes,Recursos\nT1,120,14\nT2,98.5,9\n");
        assertThat(t.columns()).containsExactly("Trimestre", "Solicitudes", "Recursos");
        assertThat(t.series()).containsExactly("Solicitudes", "Recursos");
        assertThat(t.labels()).containsExactly("T1", "T2");
        assertThat(t.values().get(1)).containsExactly(new BigDecimal("98.5"), new BigDecimal("9"));
        assertThat(t.max()).isEqualByComparingTo("120");
        assertThat(t.min()).isEqualByComparingTo("0");
    }

    @Test
    void aSpreadsheetInSpanishWithSemicolonsAndQuotedLabelsReads() {
        StatTable t = StatTable.parse("Estado;Solicitudes\n\"Jalisco; Centro-Occidente\";1,250\nYucatán;-3\n");
        assertThat(t.labels()).containsExactly("Jalisco; Centro-Occidente", "Yucatán");
        assertThat(t.values().get(0).get(0)).isEqualByComparingTo("1250");
        assertThat(t.min()).isEqualByComparingTo("-3");
    }

    @Test
    void aCellThatIsNotANumberIsRefusedNamingRowAndColumn() {
        assertThatThrownBy(() -> StatTable.parse("Año,Total\n2025,diez\n"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.key()).isEqualTo("material.csv.notNumber");
                    assertThat(v.args()).containsExactly(2, "Total", "diez");
                });
    }

    @Test
    void shapesThatAreNotATableAreRefused() {
        assertThat(key("")).isEqualTo("material.csv.required");
        assertThat(key("Solo,encabezado\n")).isEqualTo("material.csv.noRows");
        assertThat(key("Una columna\nA\n")).isEqualTo("material.csv.columns");
        assertThat(key("A,B\nx,1,2\n")).isEqualTo("material.csv.rowWidth");
        assertThat(key("A,\nx,1\n")).isEqualTo("material.csv.blankHeader");
        assertThat(key("A,B\n,1\n")).isEqualTo("material.csv.blankLabel");
        assertThat(key("A,B,C,D,E,F,G,H\nx,1,2,3,4,5,6,7\n")).isEqualTo("material.csv.tooManySeries");
        StringBuilder many = new StringBuilder("A,B\n");
        for (int i = 0; i <= StatTable.MAX_ROWS; i++) {
            many.append("r").append(i).append(",1\n");
        }
        assertThat(key(many.toString())).isEqualTo("material.csv.tooManyRows");
        assertThat(key("A,B\n\"sin cerrar,1\n")).isEqualTo("material.csv.unreadable");
    }

    private static String key(String csv) {
        try {
            StatTable.parse(csv);
            return null;
        } catch (ValidationException e) {
            return e.key();
        }
    }
}
