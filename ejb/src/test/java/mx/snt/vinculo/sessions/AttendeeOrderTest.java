package mx.snt.vinculo.sessions;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AttendeeOrderTest {

    @Test
    void namesSortAsASpanishListDoesAccentsAndAllAmongTheirLetter() {
        List<String> sorted = Stream.of("Zoila Pérez", "Óscar Ruiz", "Ángel Luna", "Oscar Díaz", "alma Soto", "Ñeli Cano", "Nora Vega")
                .map(n -> new AttendeeRow(1, "u", n, false, null)).sorted(AttendeeRow.byName()).map(AttendeeRow::name).toList();
        assertThat(sorted).containsExactly("alma Soto", "Ángel Luna", "Nora Vega", "Ñeli Cano", "Oscar Díaz", "Óscar Ruiz",
                "Zoila Pérez");
    }

    @Test
    void sortingByKeysGivesTheComparatorsOrder() {
        List<AttendeeRow> rows = Stream.of("Zoila Pérez", "Óscar Ruiz", "Ángel Luna", "Oscar Díaz", "alma Soto", "Ñeli Cano",
                "Nora Vega", "José Ávila", "Jose Avila", "ángel luna").map(n -> new AttendeeRow(1, "u", n, false, null)).toList();
        assertThat(AttendeeRow.sortedByName(rows)).containsExactlyElementsOf(rows.stream().sorted(AttendeeRow.byName()).toList());
        assertThat(AttendeeRow.sortedByName(List.of())).isEmpty();
    }
}
