package mx.snt.vinculo.library;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void accentsAndCaseFoldSoBothSpellingsMeet() {
        assertThat(SearchText.normalize("Información PÚBLICA, Año 2026 — Niño")).isEqualTo("informacion publica ano 2026 nino");
        assertThat(SearchText.terms("información")).isEqualTo(SearchText.terms("INFORMACION"));
    }

    @Test
    void stopWordsShortWordsAndDuplicatesAreDropped() {
        assertThat(SearchText.terms("La protección de los datos y la protección de datos, a 2"))
                .containsExactly("proteccion", "datos");
    }

    @Test
    void longTermsAreCutAndQueriesAreBounded() {
        assertThat(SearchText.terms("x".repeat(100)).get(0)).hasSize(SearchText.MAX_TERM);
        assertThat(SearchText.queryTerms("uno dos tres cuatro cinco seis siete ocho nueve diez")).hasSize(SearchText.MAX_QUERY_TERMS);
        assertThat(SearchText.queryTerms("  de la  ")).isEmpty();
        assertThat(SearchText.queryTerms(null)).isEmpty();
    }

    @Test
    void aTermWeighsTheSumOfTheFieldsItAppearsIn() {
        Map<String, Integer> w = new SearchText.Weights()
                .add("Guía de archivos", SearchText.TITLE)
                .add("archivos, gestión documental", SearchText.KEYWORDS)
                .add("Resumen sobre gestión", SearchText.SUMMARY)
                .add("texto del PDF con archivos", SearchText.FILE_TEXT)
                .result();
        assertThat(w.get("archivos")).isEqualTo(SearchText.TITLE + SearchText.KEYWORDS + SearchText.FILE_TEXT);
        assertThat(w.get("gestion")).isEqualTo(SearchText.KEYWORDS + SearchText.SUMMARY);
        assertThat(w.get("guia")).isEqualTo(SearchText.TITLE);
        assertThat(w.get("pdf")).isEqualTo(SearchText.FILE_TEXT);
        assertThat(SearchText.TITLE).isGreaterThan(SearchText.KEYWORDS);
        assertThat(SearchText.KEYWORDS).isGreaterThan(SearchText.SUMMARY);
        assertThat(SearchText.SUMMARY).isGreaterThan(SearchText.FILE_TEXT);
    }
}
