package mx.snt.vinculo.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spanish chain and the index, in memory: what a person types finds what they expect, and nothing more. */
class SearchEngineTest {

    static final Set<String> ANONYMOUS = Set.of("public");
    static final Set<String> MEMBER_OF_7 = Set.of("public", "network", "ws:7");
    static final Set<String> MEMBER_OF_8 = Set.of("public", "network", "ws:8");

    SearchEngine engine;

    @BeforeEach
    void index() {
        engine = SearchEngine.inMemory();
        put(1, "public", 7, "Guía de solicitudes de acceso a la información pública", "Cómo responder solicitudes.",
                "", 2024, "ACCESS_TO_INFORMATION");
        put(2, "public", 8, "Manual de archivos municipales", "Organización de los archivos de trámite.",
                "El archivo de concentración guarda expedientes.", 2021, "ARCHIVES");
        put(3, "public", 7, "Estudio sobre protección de datos en escuelas", "Datos de alumnos.", "", 2023, "PERSONAL_DATA");
        put(4, "network", 8, "Buenas prácticas de datos personales", "Aviso de privacidad.", "", 2022, "PERSONAL_DATA");
        put(5, "ws:7", 7, "Borrador confidencial de anonimización", "Versiones públicas de resoluciones.",
                "Texto del PDF: la anonimizacion protege a las personas.", 2025, "PERSONAL_DATA");
        put(6, "public", 8, "Criterios del INAI para el SIPOT", "Carga de formatos en la Plataforma Nacional de Transparencia.",
                "", 2020, "TRANSPARENCY");
        put(7, "public", 7, "Informe publico de rendición de cuentas", "La publicación de informes anuales.", "", 2019,
                "ACCOUNTABILITY");
        engine.commit(Map.of("seq", "0"));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    void put(long id, String reader, long ws, String title, String summary, String text, int year, String topic) {
        engine.replace("LIBRARY:" + id, List.of(new SearchDoc(SearchKind.LIBRARY, id, ws, ws == 7 ? "ITEI" : "COTAI",
                Set.of(reader), title, summary, "", text, LocalDate.of(year, 3, 1), 0, List.of(topic), null, "GUIDE", (int) id,
                "/acervo/ver.xhtml?id=" + id)));
    }

    Set<Long> ids(String q, Set<String> keys) {
        return engine.search(SearchRequest.of(q), keys, false).hits().stream().map(SearchHits.Hit::id).collect(Collectors.toSet());
    }

    @Test
    void accentsFoldBothWays() {
        assertThat(ids("información pública", ANONYMOUS)).contains(1L);
        assertThat(ids("informacion publica", ANONYMOUS)).contains(1L);
        assertThat(ids("publica", ANONYMOUS)).contains(1L, 7L);
        assertThat(ids("público", ANONYMOUS)).contains(7L);
        assertThat(ids("ANONIMIZACIÓN", MEMBER_OF_7)).containsExactly(5L);
    }

    @Test
    void stemmingMeetsSingularAndPlural() {
        assertThat(ids("solicitud", ANONYMOUS)).containsExactly(1L);
        assertThat(ids("solicitudes", ANONYMOUS)).containsExactly(1L);
        assertThat(ids("archivo", ANONYMOUS)).containsExactly(2L);
        assertThat(ids("informes", ANONYMOUS)).containsExactly(7L);
    }

    @Test
    void synonymsExpandAcronymsAndNames() {
        assertThat(ids("datos personales", MEMBER_OF_8)).contains(3L, 4L);
        assertThat(ids("protección de datos", MEMBER_OF_8)).contains(3L, 4L);
        assertThat(ids("plataforma nacional de transparencia", ANONYMOUS)).contains(6L);
        assertThat(ids("PNT", ANONYMOUS)).contains(6L);
    }

    @Test
    void quotedPhrasesMatchWordsInOrder() {
        assertThat(ids("\"archivo de concentración\"", ANONYMOUS)).containsExactly(2L);
        assertThat(ids("\"concentración archivo\"", ANONYMOUS)).isEmpty();
    }

    @Test
    void titleWordsAndWordsCloseTogetherRankFirstAmongManyMatches() {
        // More matches than are rescored: the first pass ranks by the full text, then the boosts reorder the best.
        for (long id = 100; id < 100 + SearchEngine.RESCORED + 50; id++) {
            put(id, "public", 8, "Informe trimestral " + id, "Seguimiento.", "Evaluación de la capacitación, evaluación"
                    + " de los cursos; en otro apartado, el portal y el portal de datos.", 2024, "TRANSPARENCY");
        }
        put(90, "public", 8, "Evaluación del portal", "Resultados.", "Resultados del año, por trimestre, de los cursos"
                + " y de las encuestas a las personas usuarias.", 2024, "TRANSPARENCY");
        put(91, "public", 8, "Informe anual", "Resultados.", "Capacitación y, mucho después en el texto, un portal"
                + " nuevo con su evaluación y otras cosas.", 2024, "TRANSPARENCY");
        engine.commit(Map.of("seq", "1"));
        List<Long> ranked = engine.search(SearchRequest.of("evaluación portal"), ANONYMOUS, true).hits().stream()
                .map(SearchHits.Hit::id).toList();
        assertThat(ranked.get(0)).isEqualTo(90L);
        assertThat(engine.search(SearchRequest.of("evaluación portal"), ANONYMOUS, true).total())
                .isEqualTo(SearchEngine.RESCORED + 50 + 2);
    }

    @Test
    void keptCountsServeTheNextPageAndAnotherSortAndNeverOutliveTheIndex() {
        SearchHits first = engine.search(SearchRequest.of("datos"), MEMBER_OF_7, true);
        SearchRequest secondPage = new SearchRequest("datos", null, null, null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 1, 1);
        SearchHits next = engine.search(secondPage, MEMBER_OF_7, true);
        assertThat(next.total()).isEqualTo(first.total()).isEqualTo(2);
        assertThat(next.facets()).isEqualTo(first.facets());
        assertThat(next.hits()).hasSize(1);
        SearchRequest byTitle = new SearchRequest("datos", null, null, null, null, null, null, SearchRequest.Sort.TITLE, 0, 20);
        assertThat(engine.search(byTitle, MEMBER_OF_7, true).hits()).extracting(SearchHits.Hit::id)
                .containsExactly(4L, 3L);
        // Another reader sees its own counts, not the ones kept for the first.
        assertThat(engine.search(SearchRequest.of("datos"), ANONYMOUS, true).total()).isEqualTo(1);

        put(8, "public", 7, "Datos abiertos municipales", "Publicación de datos.", "", 2024, "OPEN_DATA");
        engine.commit(Map.of("seq", "1"));
        SearchHits after = engine.search(SearchRequest.of("datos"), MEMBER_OF_7, true);
        assertThat(after.total()).isEqualTo(3);
        assertThat(after.facet(SearchHits.TOPIC)).extracting(SearchHits.Facet::value).contains("OPEN_DATA");
        assertThat(after.hits()).extracting(SearchHits.Hit::id).contains(8L);
        assertThat(engine.search(secondPage, MEMBER_OF_7, true).total()).isEqualTo(3);
    }

    @Test
    void everyWordMustMatch() {
        assertThat(ids("manual archivos", ANONYMOUS)).containsExactly(2L);
        assertThat(ids("manual solicitudes", ANONYMOUS)).isEmpty();
    }

    @Test
    void privateAndNetworkItemsStayOutOfResultsCountsFacetsAndSuggestions() {
        SearchHits anon = engine.search(SearchRequest.of("datos"), ANONYMOUS, true);
        assertThat(anon.hits()).extracting(SearchHits.Hit::id).containsExactly(3L);
        assertThat(anon.total()).isEqualTo(1);
        assertThat(anon.facet(SearchHits.TOPIC)).containsExactly(new SearchHits.Facet("PERSONAL_DATA", "PERSONAL_DATA", 1));
        assertThat(anon.facet(SearchHits.WORKSPACE)).containsExactly(new SearchHits.Facet("7", "ITEI", 1));

        SearchHits other = engine.search(SearchRequest.of("anonimización"), MEMBER_OF_8, true);
        assertThat(other.total()).isZero();
        assertThat(other.facets()).isEmpty();
        assertThat(other.didYouMean()).isNull();
        assertThat(engine.suggest("anonim", MEMBER_OF_8)).isEmpty();
        assertThat(engine.suggest("anonim", MEMBER_OF_7)).extracting(SearchEngine.Suggestion::title)
                .containsExactly("Borrador confidencial de anonimización");

        SearchHits member = engine.search(SearchRequest.of(""), MEMBER_OF_7, true);
        assertThat(member.total()).isEqualTo(7);  // the public ones, the network one and the own workspace's private one
        assertThat(member.facet(SearchHits.KIND)).containsExactly(new SearchHits.Facet("LIBRARY", "LIBRARY", 7));
        assertThat(engine.search(SearchRequest.of(""), MEMBER_OF_8, true).facet(SearchHits.KIND))
                .containsExactly(new SearchHits.Facet("LIBRARY", "LIBRARY", 6));
    }

    @Test
    void anEmptyQueryListsTheNewestFirst() {
        SearchHits all = engine.search(SearchRequest.of("  "), ANONYMOUS, true);
        assertThat(all.hits()).extracting(SearchHits.Hit::id).containsExactly(1L, 3L, 2L, 6L, 7L);
        assertThat(all.facet(SearchHits.YEAR)).extracting(SearchHits.Facet::value).containsExactly("2024", "2023", "2021", "2020", "2019");
    }

    @Test
    void onlyStopWordsOrSymbolsSaySo() {
        assertThat(engine.search(SearchRequest.of("de la y los"), ANONYMOUS, true).notice())
                .isEqualTo(SearchHits.Notice.ONLY_STOP_WORDS);
        SearchHits symbols = engine.search(SearchRequest.of("*** ~~ ¿?"), ANONYMOUS, true);
        assertThat(symbols.notice()).isEqualTo(SearchHits.Notice.NONE);
        assertThat(symbols.total()).isEqualTo(5);  // nothing typed but symbols: as an empty query
    }

    @Test
    void luceneSyntaxTypedByPeopleIsNeverAnError() {
        for (String typed : List.of("archivo AND manual", "archi*", "archivo~2", "\"archivo de", "title:archivo",
                "(archivo", "archivo)", "+archivo -manual", "a".repeat(1_000), "archivo ".repeat(300), "\\", "[a TO z]", "&&||!")) {
            SearchHits h = engine.search(SearchRequest.of(typed), ANONYMOUS, true);
            assertThat(h).isNotNull();
        }
        assertThat(ids("archivo AND manual", ANONYMOUS)).containsExactly(2L);
        assertThat(ids("\"archivo de", ANONYMOUS)).containsExactly(2L);
    }

    @Test
    void highlightsMarkTheMatchedWords() {
        SearchHits.Hit hit = engine.search(SearchRequest.of("solicitud"), ANONYMOUS, false).hits().get(0);
        assertThat(hit.titleSpans()).contains(new SearchHits.Span("solicitudes", true));
        assertThat(hit.titleSpans().stream().map(SearchHits.Span::text).collect(Collectors.joining())).isEqualTo(hit.title());
        SearchHits.Hit inText = engine.search(SearchRequest.of("concentración"), ANONYMOUS, false).hits().get(0);
        assertThat(inText.snippet()).contains(new SearchHits.Span("concentración", true));
    }

    @Test
    void aMisspelledWordGetsADidYouMeanThatFindsSomething() {
        SearchHits h = engine.search(SearchRequest.of("archibos"), ANONYMOUS, false);
        assertThat(h.total()).isZero();
        assertThat(h.didYouMean()).isEqualTo("archivos");
    }

    @Test
    void sortsByTitleAndAdoption() {
        SearchRequest byTitle = new SearchRequest("", null, null, null, null, null, null, SearchRequest.Sort.TITLE, 0, 10);
        assertThat(engine.search(byTitle, ANONYMOUS, false).hits()).extracting(SearchHits.Hit::id).containsExactly(6L, 3L, 1L, 7L, 2L);
        SearchRequest byAdoption = new SearchRequest("", null, null, null, null, null, null, SearchRequest.Sort.ADOPTION, 0, 2);
        assertThat(engine.search(byAdoption, ANONYMOUS, false).hits()).extracting(SearchHits.Hit::id).containsExactly(7L, 6L);
    }

    @Test
    void filtersNarrowAndPagesPage() {
        SearchRequest r = new SearchRequest("", null, 8L, null, null, null, null, SearchRequest.Sort.NEWEST, 0, 10);
        assertThat(engine.search(r, ANONYMOUS, false).hits()).extracting(SearchHits.Hit::id).containsExactly(2L, 6L);
        SearchRequest page2 = new SearchRequest("", null, null, null, null, null, null, SearchRequest.Sort.NEWEST, 2, 2);
        SearchHits p = engine.search(page2, ANONYMOUS, false);
        assertThat(p.total()).isEqualTo(5);
        assertThat(p.hits()).extracting(SearchHits.Hit::id).containsExactly(2L, 6L);
        SearchRequest topic = new SearchRequest("", null, null, "PERSONAL_DATA", 2023, null, null, null, 0, 10);
        assertThat(engine.search(topic, MEMBER_OF_7, false).hits()).extracting(SearchHits.Hit::id).containsExactly(3L);
    }

    @Test
    void replacingAGroupReplacesItsDocuments() {
        engine.replace("LIBRARY:2", List.of());
        engine.commit(Map.of("seq", "1"));
        assertThat(ids("archivo", ANONYMOUS)).isEmpty();
        assertThat(engine.commitData()).containsEntry("seq", "1");
    }
}
