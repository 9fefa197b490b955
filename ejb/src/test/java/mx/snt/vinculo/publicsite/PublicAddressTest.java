package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.sessions.SessionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicAddressTest {

    @Test
    void addressesAreBuiltFromStableFacts() {
        assertThat(PublicAddress.unit(WorkspaceType.COMMISSION, "CVPDCS")).isEqualTo("/comisiones/cvpdcs");
        assertThat(PublicAddress.unit(WorkspaceType.REGION, "RCENTRO")).isEqualTo("/regiones/rcentro");
        assertThat(PublicAddress.unit(WorkspaceType.BODY, "JAL")).isNull();
        assertThat(PublicAddress.session("CVPDCS", 2026, SessionKind.ORDINARY, 3)).isEqualTo("/sesiones/cvpdcs/2026/so-03");
        assertThat(PublicAddress.session("CTIPNT", 2026, SessionKind.EXTRAORDINARY, 12)).isEqualTo("/sesiones/ctipnt/2026/se-12");
        assertThat(PublicAddress.acuerdo("CVPDCS/SO/03/2026/04")).isEqualTo("/acuerdos/CVPDCS-SO-03-2026-04");
    }

    @Test
    void addressesReadBackToWhatTheyName() {
        assertThat(PublicAddress.sessionKey("cvpdcs", "2026", "so-03"))
                .contains(new PublicAddress.SessionKey("CVPDCS", 2026, SessionKind.ORDINARY, 3));
        assertThat(PublicAddress.sessionKey("cvpdcs", "2026", "se-1"))
                .contains(new PublicAddress.SessionKey("CVPDCS", 2026, SessionKind.EXTRAORDINARY, 1));
        assertThat(PublicAddress.acuerdoNumber("CVPDCS-SO-03-2026-04")).contains("CVPDCS/SO/03/2026/04");
        assertThat(PublicAddress.acuerdoNumber("cvpdcs-so-03-2026-04")).contains("CVPDCS/SO/03/2026/04");
    }

    @Test
    void malformedAddressesNameNothing() {
        assertThat(PublicAddress.sessionKey("cvp dcs", "2026", "so-03")).isEmpty();
        assertThat(PublicAddress.sessionKey("cvpdcs", "26", "so-03")).isEmpty();
        assertThat(PublicAddress.sessionKey("cvpdcs", "2026", "xx-03")).isEmpty();
        assertThat(PublicAddress.sessionKey(null, null, null)).isEmpty();
        assertThat(PublicAddress.code("../etc")).isEmpty();
        assertThat(PublicAddress.acuerdoNumber("CVPDCS-SO-03-2026")).isEmpty();
        assertThat(PublicAddress.acuerdoNumber("CVPDCS/SO/03/2026/04")).isEmpty();
    }

    @Test
    void filtersRefuseWhatTheyCannotApply() {
        assertThat(new AcuerdoFilter(" calendario ", "cvpdcs", 2026, "approved"))
                .isEqualTo(new AcuerdoFilter("calendario", "CVPDCS", 2026, "APPROVED"));
        assertThat(new AcuerdoFilter("", " ", null, "")).isEqualTo(AcuerdoFilter.ANY);
        assertThatThrownBy(() -> AcuerdoFilter.year("20x6")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AcuerdoFilter(null, null, 1999, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AcuerdoFilter(null, "C'; DROP", null, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AcuerdoFilter(null, null, null, "MAYBE")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new AcuerdoFilter("x".repeat(201), null, null, null)).isInstanceOf(ValidationException.class);
    }
}
