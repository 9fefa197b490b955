package mx.snt.vinculo.publication;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SIPOT mapper alone: an outbox payload and a descriptor in, one record's values out. */
class SipotMapperTest {

    private static final String BASE = "https://vinculo.example.mx";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static SipotField field(String id, int type, String... catalog) {
        return new SipotField(id, type, "Campo " + id, List.of(catalog), 0);
    }

    private static SipotTemplate template(SipotField... fields) {
        return new SipotTemplate("35573", "Prueba", List.of(fields), List.of());
    }

    private static FormatDescriptor descriptor(Map<String, String> sources) {
        return new FormatDescriptor(1, "AGREEMENT", "35573", LocalDate.of(2026, 1, 1), null, sources);
    }

    private static final JsonObject PAYLOAD = Json.createObjectBuilder()
            .add("id", 7)
            .add("title", "Convenio de colaboración")
            .add("path", "/convenios/7")
            // 03:30 UTC on 1 October is still 30 September in Mexico City.
            .add("occurredAt", "2026-10-01T03:30:00Z")
            .add("pnt", Json.createObjectBuilder()
                    .add("signedOn", "2026-09-15")
                    .add("kind", "coordinación")
                    .add("pdf", "/convenios/archivo?convenio=7&id=3")
                    .add("parties", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("name", "ITEI").add("role", "Parte"))
                            .add(Json.createObjectBuilder().add("name", "COTAI").add("role", "Testigo"))))
            .build();

    @Test
    void constantsAndAttributesAreCopied() {
        Map<String, String> v = SipotMapper.map(template(field("1", SipotField.TEXT), field("2", SipotField.TEXT),
                        field("3", SipotField.NUMBER)),
                descriptor(Map.of("1", "const:Unidad de Transparencia", "2", "attr:title", "3", "attr:id")), PAYLOAD, BASE, TODAY);

        assertThat(v).containsExactly(Map.entry("1", "Unidad de Transparencia"), Map.entry("2", "Convenio de colaboración"),
                Map.entry("3", "7"));
    }

    @Test
    void datesAreWrittenDayMonthYearInMexicoCity() {
        Map<String, String> v = SipotMapper.map(template(field("1", SipotField.DATE), field("2", SipotField.DATE),
                        field("3", SipotField.UPDATE_DATE), field("4", SipotField.DATE)),
                descriptor(Map.of("1", "attr:signedOn", "2", "attr:occurredAt", "3", "today", "4", "period:start")),
                PAYLOAD, BASE, TODAY);

        assertThat(v).containsEntry("1", "15/09/2026")
                .containsEntry("2", "30/09/2026")
                .containsEntry("3", "01/12/2026")
                .containsEntry("4", "01/07/2026");  // the output's date (30 September) is in the third quarter
        assertThat(SipotMapper.outputDate(PAYLOAD, TODAY)).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void anOutputWithoutAnyDateIsPlacedOnTheCallersDay() {
        JsonObject undated = Json.createObjectBuilder().add("id", 8).add("title", "Sin fecha").build();
        assertThat(SipotMapper.outputDate(undated, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void aDateFieldRefusesWhatIsNotADate() {
        assertThatThrownBy(() -> SipotMapper.map(template(field("1", SipotField.DATE)), descriptor(Map.of("1", "attr:title")),
                PAYLOAD, BASE, TODAY)).isInstanceOf(ValidationException.class);
    }

    @Test
    void catalogValuesTakeTheOptionsSpellingAndRefuseOthers() {
        SipotField kind = field("1", SipotField.CATALOG, "Coordinación", "Colaboración");
        assertThat(SipotMapper.map(template(kind), descriptor(Map.of("1", "attr:kind")), PAYLOAD, BASE, TODAY))
                .containsExactly(Map.entry("1", "Coordinación"));

        assertThatThrownBy(() -> SipotMapper.map(template(kind), descriptor(Map.of("1", "const:Otro")), PAYLOAD, BASE, TODAY))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void urlsBecomeAbsolute() {
        Map<String, String> v = SipotMapper.map(template(field("1", SipotField.URL), field("2", SipotField.URL)),
                descriptor(Map.of("1", "url:pdf", "2", "url")), PAYLOAD, BASE, TODAY);

        assertThat(v).containsEntry("1", BASE + "/convenios/archivo?convenio=7&id=3")
                .containsEntry("2", BASE + "/convenios/7");
    }

    @Test
    void aListBecomesTheRowsOfASubTable() {
        SipotSubTable parties = new SipotSubTable("9", "Tabla 9",
                List.of(field("91", SipotField.TEXT), field("92", SipotField.TEXT), field("93", SipotField.YEAR)));
        SipotTemplate t = new SipotTemplate("35573", "Prueba", List.of(field("1", SipotField.TEXT), field("9", SipotField.TABLE)),
                List.of(parties));
        Map<String, String> v = SipotMapper.map(t, descriptor(Map.of("1", "attr:title", "9", "list:parties",
                "9/91", "item:name", "9/92", "item:role", "9/93", "period:year")), PAYLOAD, BASE, TODAY);

        assertThat(v).containsEntry("1", "Convenio de colaboración")
                .containsEntry(SipotSubTable.key("9", 1, "91"), "ITEI")
                .containsEntry(SipotSubTable.key("9", 1, "92"), "Parte")
                .containsEntry(SipotSubTable.key("9", 2, "91"), "COTAI")
                .containsEntry(SipotSubTable.key("9", 2, "92"), "Testigo")
                .containsEntry(SipotSubTable.key("9", 2, "93"), "2026")
                .doesNotContainKey("9");
    }

    @Test
    void fieldsWithoutASourceOrValueStayEmptyAndTheHashIgnoresOrder() {
        Map<String, String> v = SipotMapper.map(template(field("1", SipotField.TEXT), field("2", SipotField.TEXT)),
                descriptor(Map.of("1", "attr:missing")), PAYLOAD, BASE, TODAY);

        assertThat(v).isEmpty();
        assertThat(SipotMapper.hash(Map.of("a", "1", "b", "2"))).isEqualTo(SipotMapper.hash(new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))));
    }
}
