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
}
