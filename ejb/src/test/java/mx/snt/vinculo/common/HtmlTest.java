package mx.snt.vinculo.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void formattingSurvivesScriptsDoNot() {
        String dirty = "<p>Cláusula <b>primera</b> <a href=\"https://snt.org.mx\" onclick=\"x()\">enlace</a></p>"
                + "<script>alert('x')</script><img src=x onerror=alert(1)><ul><li>uno</li></ul>";
        String clean = Html.sanitize(dirty);
        assertThat(clean).contains("<b>primera</b>").contains("<li>uno</li>").contains("href=\"https://snt.org.mx\"")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("onerror").doesNotContain("<img");
        assertThat(Html.isUnsafe(dirty)).isTrue();
        assertThat(Html.isUnsafe("<p>Texto <em>normal</em></p>")).isFalse();
    }

    @Test
    void plainText() {
        assertThat(Html.toText("<p>Uno &amp; dos</p><p>tres</p>")).isEqualTo("Uno & dos\ntres");
    }
}
