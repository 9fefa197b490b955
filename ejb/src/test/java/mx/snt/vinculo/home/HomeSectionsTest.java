package mx.snt.vinculo.home;

import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.agreements.CommitmentDue;
import mx.snt.vinculo.agreements.CommitmentStatus;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static mx.snt.vinculo.home.HomeSection.*;
import static org.assertj.core.api.Assertions.assertThat;

class HomeSectionsTest {

    static Caller with(Role... roles) {
        return new Caller("x", 1L, Set.of(roles), Set.of(3L));
    }

    @Test
    void eachRoleSeesTheSectionsItActsOn() {
        assertThat(HomeSections.of(with(Role.SECRETARIO_TECNICO)))
                .containsExactly(SESSIONS, VOTES, AGREEMENTS, COMMITMENTS, PROPOSALS, CALLS, DRAFTS);
        assertThat(HomeSections.of(with(Role.JURIDICO))).containsExactly(SESSIONS, AGREEMENTS, CALLS);
        assertThat(HomeSections.of(with(Role.PERSONAL))).containsExactly(SESSIONS, AGREEMENTS, COMMITMENTS, CALLS, DRAFTS);
        assertThat(HomeSections.of(with(Role.COMISIONADO))).containsExactly(SESSIONS, VOTES, AGREEMENTS, COMMITMENTS, CALLS, DRAFTS);
        assertThat(HomeSections.of(with(Role.ADMIN))).containsExactly(SESSIONS, PROPOSALS, CALLS);
        assertThat(HomeSections.of(Caller.anonymous())).isEmpty();
    }

    @Test
    void anAgreementInLegalReviewWaitsForTheReviewOfLegalAndTheApprovalOfACommissioner() {
        AgreementRow legal = row(AgreementState.LEGAL_REVIEW);
        assertThat(HomeAssembler.awaiting(legal, with(Role.JURIDICO)).status()).isEqualTo("LEGAL_REVIEW");
        assertThat(HomeAssembler.awaiting(legal, with(Role.COMISIONADO)).status()).isEqualTo("APPROVAL");
        assertThat(HomeAssembler.awaiting(row(AgreementState.SIGNING), with(Role.PERSONAL)).status()).isEqualTo("SIGNATURES");
        assertThat(HomeAssembler.awaiting(row(AgreementState.INTERNAL_REVIEW), with(Role.PERSONAL)).path())
                .isEqualTo("/convenios/ver.xhtml?id=7");
    }

    @Test
    void aCommitmentPastItsDateIsOverdueEvenBeforeTheDailyRunMarksIt() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(HomeAssembler.commitment(due(today.minusDays(1), CommitmentStatus.PENDING), today).status()).isEqualTo("OVERDUE");
        assertThat(HomeAssembler.commitment(due(today, CommitmentStatus.IN_PROGRESS), today).status()).isEqualTo("DUE");
        assertThat(HomeAssembler.commitment(due(today.minusDays(9), CommitmentStatus.OVERDUE), today).status()).isEqualTo("OVERDUE");
    }

    static AgreementRow row(AgreementState state) {
        return new AgreementRow(7L, 3L, "ITEI", AgreementType.COORDINACION, "Convenio", state, Visibility.PRIVATE,
                null, null, null, Instant.parse("2026-11-30T12:00:00Z"));
    }

    static CommitmentDue due(LocalDate date, CommitmentStatus status) {
        return new CommitmentDue(1L, 7L, "Convenio", "Entregar", "ITEI", date, status);
    }
}
