package mx.snt.vinculo.agreements;

import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafting body JAL = 10, party body NL = 20, third body CDMX = 30, network = 1. */
class AgreementAccessTest {

    static final Caller JAL_STAFF = new Caller("mario", 1L, Set.of(Role.PERSONAL), Set.of(10L, 1L));
    static final Caller NL_STAFF = new Caller("pedro", 2L, Set.of(Role.PERSONAL), Set.of(20L, 1L));
    static final Caller CDMX = new Caller("carlos", 3L, Set.of(Role.COMISIONADO), Set.of(30L, 1L));
    static final Caller LEGAL_YUC = new Caller("lucia", 4L, Set.of(Role.JURIDICO), Set.of(40L, 1L));
    static final List<Long> PARTIES = List.of(10L, 20L);

    @Test
    void aPrivateAgreementIsSeenByTheDrafterAndEveryPartyBodyOnly() {
        for (AgreementState s : AgreementState.values()) {
            assertThat(AgreementAccess.canSee(JAL_STAFF, 10, Visibility.PRIVATE, PARTIES, s)).isTrue();
            assertThat(AgreementAccess.canSee(NL_STAFF, 10, Visibility.PRIVATE, PARTIES, s)).isTrue();
            assertThat(AgreementAccess.canSee(CDMX, 10, Visibility.PRIVATE, PARTIES, s)).isFalse();
            assertThat(AgreementAccess.canSee(Caller.anonymous(), 10, Visibility.PRIVATE, PARTIES, s)).isFalse();
        }
    }

    @Test
    void aLegalReviewerOfAnyBodySeesItOnlyWhileInLegalReview() {
        assertThat(AgreementAccess.canSee(LEGAL_YUC, 10, Visibility.PRIVATE, PARTIES, AgreementState.LEGAL_REVIEW)).isTrue();
        assertThat(AgreementAccess.canSee(LEGAL_YUC, 10, Visibility.PRIVATE, PARTIES, AgreementState.DRAFT)).isFalse();
        assertThat(AgreementAccess.canSee(LEGAL_YUC, 10, Visibility.PRIVATE, PARTIES, AgreementState.APPROVED)).isFalse();
        // a non-legal third body does not, even in legal review
        assertThat(AgreementAccess.canSee(CDMX, 10, Visibility.PRIVATE, PARTIES, AgreementState.LEGAL_REVIEW)).isFalse();
    }

    @Test
    void theVisibilityRuleStillApplies() {
        assertThat(AgreementAccess.canSee(Caller.anonymous(), 10, Visibility.PUBLIC, PARTIES, AgreementState.IN_FORCE)).isTrue();
        assertThat(AgreementAccess.canSee(CDMX, 10, Visibility.NETWORK, PARTIES, AgreementState.DRAFT)).isTrue();
        assertThat(AgreementAccess.partyMember(NL_STAFF, 10, PARTIES)).isTrue();
        assertThat(AgreementAccess.partyMember(JAL_STAFF, 10, List.of())).isTrue();
        assertThat(AgreementAccess.partyMember(CDMX, 10, PARTIES)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListConditionSaysTheSame() {
        VisibilityRule.Filter anonymous = AgreementAccess.filter(Caller.anonymous(), "a");
        assertThat(anonymous.jpql()).isEqualTo(VisibilityRule.filter(Caller.anonymous(), "a").jpql());
        assertThat(anonymous.parameters()).doesNotContainKey("agrBodies");

        VisibilityRule.Filter staff = AgreementAccess.filter(NL_STAFF, "a");
        assertThat(staff.jpql()).startsWith("(" + VisibilityRule.filter(NL_STAFF, "a").jpql() + " OR EXISTS (")
                .contains("agp.agreement = a AND agp.body.id IN :agrBodies").doesNotContain(":agrLegal");
        assertThat((List<Object>) staff.parameters().get("agrBodies")).containsExactlyInAnyOrder(20L, 1L);

        VisibilityRule.Filter legal = AgreementAccess.filter(LEGAL_YUC, "a");
        assertThat(legal.jpql()).contains(" OR a.state = :agrLegal");
        assertThat(legal.parameters().get("agrLegal")).isEqualTo(AgreementState.LEGAL_REVIEW);

        VisibilityRule.Filter nobody = AgreementAccess.filter(new Caller("new", null, Set.of(), Set.of()), "a");
        assertThat((List<Object>) nobody.parameters().get("agrBodies")).containsExactly(-1L);
    }
}
