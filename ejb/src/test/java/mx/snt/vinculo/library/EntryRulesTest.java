package mx.snt.vinculo.library;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryRulesTest {

    private static EntryInput input(String title, String summary, Integer year, Set<Topic> topics, String links) {
        return new EntryInput(title, "Ana López", year, EntryType.GUIDE, topics, "archivos", summary, "", "", links,
                Visibility.NETWORK);
    }

    @Test
    void aValidEntryIsTrimmedAndGetsDefaults() {
        EntryInput ok = LibraryService.validateInput(input("  Guía  ", "Resumen", 2024, EnumSet.of(Topic.ARCHIVES),
                "https://snt.org.mx/guia"));
        assertThat(ok.title()).isEqualTo("Guía");
        assertThat(ok.language()).isEqualTo("es");
        assertThat(ok.licence()).isEqualTo("CC BY 4.0");
    }

    @Test
    void badInputIsRefusedWithItsKey() {
        assertThatThrownBy(() -> LibraryService.validateInput(input(" ", "R", 2024, EnumSet.of(Topic.ARCHIVES), "")))
                .isInstanceOf(ValidationException.class).hasMessage("library.title.required");
        assertThatThrownBy(() -> LibraryService.validateInput(input("x".repeat(301), "R", 2024, EnumSet.of(Topic.ARCHIVES), "")))
                .hasMessage("library.title.tooLong");
        assertThatThrownBy(() -> LibraryService.validateInput(input("T", "R", 1800, EnumSet.of(Topic.ARCHIVES), "")))
                .hasMessage("library.year.invalid");
        assertThatThrownBy(() -> LibraryService.validateInput(input("T", "R", 2024, Set.of(), "")))
                .hasMessage("library.topics.required");
        assertThatThrownBy(() -> LibraryService.validateInput(input("T", "<script>alert(1)</script>", 2024, EnumSet.of(Topic.ARCHIVES), "")))
                .hasMessage("library.script");
        assertThatThrownBy(() -> LibraryService.validateInput(input("T", "R", 2024, EnumSet.of(Topic.ARCHIVES), "javascript:alert(1)")))
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
        assertThat(SearchText.normalize(PdfText.extract(pdf))).contains("anonimizacion de versiones publicas");
        assertThat(PdfText.extract("%PDF-1.4 roto".getBytes())).isEmpty();
    }
}
