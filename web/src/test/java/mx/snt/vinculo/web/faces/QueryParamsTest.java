package mx.snt.vinculo.web.faces;

import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.common.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParamsTest {

    @Test
    void aFilterThatIsNotAValueIsNotGiven() {
        assertThat(QueryParams.enumOf(AgreementState.class, " IN_FORCE ")).isEqualTo(AgreementState.IN_FORCE);
        assertThat(QueryParams.enumOf(AgreementState.class, "NADA")).isNull();
        assertThat(QueryParams.enumOf(AgreementState.class, "in_force")).isNull();
        assertThat(QueryParams.enumOf(AgreementState.class, "")).isNull();
        assertThat(QueryParams.enumOf(AgreementState.class, null)).isNull();
        assertThat(QueryParams.nameOf(AgreementState.DRAFT)).isEqualTo("DRAFT");
        assertThat(QueryParams.nameOf(null)).isNull();
    }

    @Test
    void pageNumbersStartAtOneAndStopAtTheLastOneAnyoneReads() {
        assertThat(QueryParams.page(null)).isEqualTo(1);
        assertThat(QueryParams.page("abc")).isEqualTo(1);
        assertThat(QueryParams.page("0")).isEqualTo(1);
        assertThat(QueryParams.page("-3")).isEqualTo(1);
        assertThat(QueryParams.page("7")).isEqualTo(7);
        assertThat(QueryParams.page("99999999999")).isEqualTo(QueryParams.MAX_PAGE);
    }

    @Test
    void anEmptyListStillHasOnePage() {
        assertThat(QueryParams.pages(0, 25)).isEqualTo(1);
        assertThat(QueryParams.pages(25, 25)).isEqualTo(1);
        assertThat(QueryParams.pages(26, 25)).isEqualTo(2);
        assertThat(QueryParams.pages(34_814, 25)).isEqualTo(1_393);
    }

    @Test
    void aPagePastTheEndShowsTheLastOneAndThePagerSaysWhichItIs() {
        List<Integer> asked = new ArrayList<>();
        PageModel.Loader<String> fiftyFive = (first, size) -> {
            asked.add(first);
            List<String> rows = new ArrayList<>();
            for (int i = first; i < Math.min(first + size, 55); i++) {
                rows.add("fila " + i);
            }
            return new Page<>(rows, 55, first, size);
        };
        Page<String> last = QueryParams.load("9", 25, fiftyFive);
        assertThat(asked).containsExactly(200, 50);
        assertThat(last.items()).containsExactly("fila 50", "fila 51", "fila 52", "fila 53", "fila 54");
        Pager pager = Pager.of(last, 25, n -> "index.xhtml?pagina=" + n);
        assertThat(pager.number()).isEqualTo(3);
        assertThat(pager.count()).isEqualTo(3);
        assertThat(pager.total()).isEqualTo(55);
        assertThat(pager.href(2)).isEqualTo("index.xhtml?pagina=2");

        asked.clear();
        Page<String> second = QueryParams.load("2", 25, fiftyFive);
        assertThat(asked).containsExactly(25);
        assertThat(Pager.of(second, 25, n -> "").number()).isEqualTo(2);
    }

    @Test
    void anEmptyListIsAskedOnceAndIsItsOnlyPage() {
        List<Integer> asked = new ArrayList<>();
        Page<String> none = QueryParams.load("4", 25, (first, size) -> {
            asked.add(first);
            return new Page<>(List.of(), 0, first, size);
        });
        assertThat(asked).containsExactly(75);
        assertThat(Pager.of(none, 25, n -> "").count()).isEqualTo(1);
    }
}
