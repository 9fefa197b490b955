package mx.snt.vinculo.web.search;

import mx.snt.vinculo.search.SearchHits.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarksTest {

    private final Marks marks = new Marks();

    @Test
    void marksTheWordsThatMatchedAndEscapesEverythingElse() {
        List<Span> spans = List.of(new Span("Protección de ", false), new Span("datos", true),
                new Span(" <script>alert('x')</script> & \"más\"", false));
        assertThat(marks.html(spans)).isEqualTo("Protección de <mark>datos</mark>"
                + " &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;más&quot;");
    }

    @Test
    void aMatchedWordIsEscapedToo() {
        assertThat(marks.html(List.of(new Span("<b>", true)))).isEqualTo("<mark>&lt;b&gt;</mark>");
    }

    @Test
    void nothingToShowIsAnEmptyString() {
        assertThat(marks.html(null)).isEmpty();
        assertThat(marks.html(List.of(new Span(null, false)))).isEmpty();
    }
}
