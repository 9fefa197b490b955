package mx.snt.vinculo.web.agreements;

import mx.snt.vinculo.agreements.AgreementDetail.Permissions;
import mx.snt.vinculo.agreements.AgreementState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementPageTest {

    @Test
    void aReaderWhoMayDoNothingGetsAPageThatSendsNothingBack() {
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(), false, false, false, false, false))).isTrue();
    }

    @Test
    void anyPermissionKeepsTheFormsState() {
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(AgreementState.values()[0]), false, false, false, false, false))).isFalse();
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(), true, false, false, false, false))).isFalse();
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(), false, true, false, false, false))).isFalse();
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(), false, false, true, false, false))).isFalse();
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(), false, false, false, true, false))).isFalse();
        assertThat(AgreementPage.nothingToSendBack(new Permissions(List.of(), false, false, false, false, true))).isFalse();
    }
}
