package mx.snt.vinculo.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {
    @Test
    void requiredTextIsTrimmedAndBounded() {
        assertThat(Fields.required("  Acta  ", 10, "x")).isEqualTo("Acta");
        assertThatThrownBy(() -> Fields.required("   ", 10, "doc.title")).extracting("key").isEqualTo("doc.title.required");
        assertThatThrownBy(() -> Fields.required("abcdef", 5, "doc.title")).extracting("key").isEqualTo("doc.title.tooLong");
        assertThat(Fields.optional(null, 5, "x")).isEmpty();
        assertThatThrownBy(() -> Fields.optional("abcdef", 5, "doc.body")).satisfies(e ->
                assertThat(((ValidationException) e).args()).containsExactly(5));
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreDropped() {
        assertThat(Fields.required("a\u0000b\u0007c", 10, "x")).isEqualTo("abc");
        assertThat(Fields.optional("\u001b[31mrojo\u007f", 10, "x")).isEqualTo("[31mrojo");
        assertThat(Fields.optional("uno\tdos\r\ntres", 20, "x")).isEqualTo("uno\tdos\r\ntres");
        assertThatThrownBy(() -> Fields.required("\u0000\u0001 ", 10, "doc.title")).extracting("key").isEqualTo("doc.title.required");
        assertThat(Fields.text(null)).isEmpty();
        assertThat(Fields.email(" ana\u0000@inai.org.mx ", "k")).isEqualTo("ana@inai.org.mx");
        assertThat(Html.sanitize("<p>a\u0000b\u0007c</p>")).isEqualTo("<p>abc</p>");
        assertThat(mx.snt.vinculo.library.Input.clean(" t\u0002x ")).isEqualTo("tx");
    }
}
