package mx.snt.vinculo.web.faces;

import mx.snt.vinculo.agreements.AgreementState;
import org.junit.jupiter.api.Test;

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
}
