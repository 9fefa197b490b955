package mx.snt.vinculo.agreements;

import mx.snt.vinculo.agreements.TextDiff.Change;
import mx.snt.vinculo.agreements.TextDiff.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {

    @Test
    void sameLinesChangedAddedAndRemovedSideBySide() {
        List<Row> rows = TextDiff.of("uno\ndos\ntres\ncuatro", "uno\nDOS\ntres\ncinco\ncuatro");
        assertThat(rows).containsExactly(
                new Row("uno", "uno", Change.SAME),
                new Row("dos", "DOS", Change.CHANGED),
                new Row("tres", "tres", Change.SAME),
                new Row("", "cinco", Change.ADDED),
                new Row("cuatro", "cuatro", Change.SAME));
        assertThat(TextDiff.same(rows)).isFalse();
    }

    @Test
    void removalsAndEmptyTexts() {
        assertThat(TextDiff.of("a\nb\nc", "a\nc")).containsExactly(
                new Row("a", "a", Change.SAME), new Row("b", "", Change.REMOVED), new Row("c", "c", Change.SAME));
        assertThat(TextDiff.of("", "")).isEmpty();
        assertThat(TextDiff.of(null, "x")).containsExactly(new Row("", "x", Change.ADDED));
        assertThat(TextDiff.same(TextDiff.of("x\ny", "x\ny"))).isTrue();
    }

    @Test
    void richTextIsComparedAsTheTextAPersonReads() {
        List<Row> rows = TextDiff.ofHtml("<p>PRIMERA. Objeto.</p><p>SEGUNDA. Enlaces.</p>",
                "<p><strong>PRIMERA.</strong> Objeto.</p><p>SEGUNDA. Enlaces y comité.</p>");
        assertThat(rows).containsExactly(
                new Row("PRIMERA. Objeto.", "PRIMERA. Objeto.", Change.SAME),
                new Row("SEGUNDA. Enlaces.", "SEGUNDA. Enlaces y comité.", Change.CHANGED));
    }
}
