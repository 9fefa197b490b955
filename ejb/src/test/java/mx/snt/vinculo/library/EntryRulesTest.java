package mx.snt.vinculo.library;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.demo.LibraryDemo;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static EntryInput input(String title, String summary, Integer year, Set<Topic> topics, String links) {
        return new EntryInput(title, "Ana López", year, EntryType.GUIDE, topics, "archivos", summary, "", "", links,
                Visibility.NETWORK);
    }

    @Test
    void aValidEntryIsTrimmedAndGetsDefaults() {
        EntryInput ok = LibraryEntry.checked(input("  Guía  ", "Resumen", 2024, EnumSet.of(Topic.ARCHIVES),
                "https://snt.org.mx/guia"), TODAY);
        assertThat(ok.title()).isEqualTo("Guía");
        assertThat(ok.language()).isEqualTo("es");
        assertThat(ok.licence()).isEqualTo("CC BY 4.0");
    }

    @Test
    void badInputIsRefusedWithItsKey() {
        assertThatThrownBy(() -> LibraryEntry.checked(input(" ", "R", 2024, EnumSet.of(Topic.ARCHIVES), ""), TODAY))
                .isInstanceOf(ValidationException.class).hasMessage("library.title.required");
        assertThatThrownBy(() -> LibraryEntry.checked(input("x".repeat(301), "R", 2024, EnumSet.of(Topic.ARCHIVES), ""), TODAY))
                .hasMessage("library.title.tooLong");
        assertThatThrownBy(() -> LibraryEntry.checked(input("T", "R", 1800, EnumSet.of(Topic.ARCHIVES), ""), TODAY))
                .hasMessage("library.year.invalid");
        assertThatThrownBy(() -> LibraryEntry.checked(input("T", "R", 2024, Set.of(), ""), TODAY))
                .hasMessage("library.topics.required");
        assertThatThrownBy(() -> LibraryEntry.checked(input("T", "<script>alert(1)</script>", 2024, EnumSet.of(Topic.ARCHIVES), ""), TODAY))
                .hasMessage("library.script");
        assertThatThrownBy(() -> LibraryEntry.checked(input("T", "R", 2024, EnumSet.of(Topic.ARCHIVES), "javascript:alert(1)"), TODAY))
                .hasMessage("library.links.invalid");
    }

    @Test
    void scriptsAreRecognisedButOrdinaryTextIsNot() {
        assertThat(Input.hasScript("<img src=x onerror=alert(1)>")).isTrue();
        assertThat(Input.hasScript("<SCRIPT>x</SCRIPT>")).isTrue();
        assertThat(Input.hasScript("Datos & archivos: 3 < 5, <b>negritas</b>")).isFalse();
    }

    @Test
    void theTextOfAPdfIsExtracted() {
        byte[] pdf = LibraryDemo.pdf("Título de prueba", "Anonimización de versiones públicas");
        assertThat(mx.snt.vinculo.search.SpanishAnalysis.fold(PdfText.extract(pdf)).replaceAll("\\s+", " ")).contains("anonimizacion de versiones publicas");
        assertThat(PdfText.extract("%PDF-1.4 roto".getBytes())).isEmpty();
    }
}
