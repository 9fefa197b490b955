package mx.snt.vinculo.agreements;

import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static mx.snt.vinculo.agreements.AgreementState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementWorkflowTest {

    static final Actor STAFF = new Actor(Set.of(Role.PERSONAL), true, true, false);
    static final Actor STAFF_OTHER_BODY = new Actor(Set.of(Role.PERSONAL), false, false, false);
    static final Actor STAFF_OF_PARTY = new Actor(Set.of(Role.PERSONAL), false, true, false);
    static final Actor LEGAL_ELSEWHERE = new Actor(Set.of(Role.JURIDICO), false, false, false);
    static final Actor COMMISSIONER_OF_PARTY = new Actor(Set.of(Role.COMISIONADO), false, true, false);
    static final Actor COMMISSIONER_ELSEWHERE = new Actor(Set.of(Role.COMISIONADO), false, false, false);
    static final Actor SYSTEM = Actor.ofSystem();

    @Test
    void theWholePathWithTheRightPeople() {
        assertThatCode(() -> {
            AgreementWorkflow.check(DRAFT, INTERNAL_REVIEW, STAFF, false);
            AgreementWorkflow.check(INTERNAL_REVIEW, LEGAL_REVIEW, STAFF, false);
            AgreementWorkflow.check(LEGAL_REVIEW, APPROVED, COMMISSIONER_OF_PARTY, true);
            AgreementWorkflow.check(APPROVED, SIGNING, STAFF, true);
            AgreementWorkflow.check(SIGNING, IN_FORCE, SYSTEM, true);
            AgreementWorkflow.check(IN_FORCE, EXPIRED, SYSTEM, true);
            AgreementWorkflow.check(IN_FORCE, TERMINATED, COMMISSIONER_OF_PARTY, true);
            AgreementWorkflow.check(IN_FORCE, RENEWED, STAFF, true);
        }).doesNotThrowAnyException();
    }

    @Test
    void outOfOrderIsAValidationErrorWhoeverAsks() {
        assertThatThrownBy(() -> AgreementWorkflow.check(DRAFT, APPROVED, COMMISSIONER_OF_PARTY, true))
                .isInstanceOf(ValidationException.class).hasMessage("agreement.transition.invalid");
        assertThatThrownBy(() -> AgreementWorkflow.check(DRAFT, IN_FORCE, SYSTEM, true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(EXPIRED, IN_FORCE, STAFF, true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(APPROVED, DRAFT, LEGAL_ELSEWHERE, true))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(DRAFT, null, STAFF, true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theWrongRoleIsForbiddenWithItsOwnMessage() {
        assertThatThrownBy(() -> AgreementWorkflow.check(DRAFT, INTERNAL_REVIEW, STAFF_OTHER_BODY, false))
                .isInstanceOf(ForbiddenException.class)
                .satisfies(e -> assertThat(((ForbiddenException) e).key()).isEqualTo("agreement.transition.role"));
        // staff of another party body does not submit the drafter's text
        assertThatThrownBy(() -> AgreementWorkflow.check(DRAFT, INTERNAL_REVIEW, STAFF_OF_PARTY, false))
                .isInstanceOf(ForbiddenException.class);
        // only a commissioner of a party approves; staff and legal do not
        assertThatThrownBy(() -> AgreementWorkflow.check(LEGAL_REVIEW, APPROVED, STAFF, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(LEGAL_REVIEW, APPROVED, LEGAL_ELSEWHERE, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(LEGAL_REVIEW, APPROVED, COMMISSIONER_ELSEWHERE, true)).isInstanceOf(ForbiddenException.class);
        // in force and expiry are the system's, never a person's
        assertThatThrownBy(() -> AgreementWorkflow.check(SIGNING, IN_FORCE, STAFF, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(IN_FORCE, EXPIRED, COMMISSIONER_OF_PARTY, true)).isInstanceOf(ForbiddenException.class);
        // and the system makes no person's move
        assertThatThrownBy(() -> AgreementWorkflow.check(DRAFT, INTERNAL_REVIEW, SYSTEM, true)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void sendBackBelongsToTheReviewerOfThatStage() {
        assertThat(AgreementWorkflow.isSendBack(LEGAL_REVIEW, DRAFT)).isTrue();
        assertThat(AgreementWorkflow.isSendBack(INTERNAL_REVIEW, DRAFT)).isTrue();
        assertThat(AgreementWorkflow.allowed(LEGAL_REVIEW, DRAFT, LEGAL_ELSEWHERE)).isTrue();
        assertThat(AgreementWorkflow.allowed(LEGAL_REVIEW, DRAFT, STAFF)).isFalse();
        assertThat(AgreementWorkflow.allowed(INTERNAL_REVIEW, DRAFT, STAFF)).isTrue();
        assertThat(AgreementWorkflow.allowed(INTERNAL_REVIEW, DRAFT, LEGAL_ELSEWHERE)).isFalse();
    }

    @Test
    void approvalWaitsForLegalsFavourableOpinion() {
        assertThatThrownBy(() -> AgreementWorkflow.check(LEGAL_REVIEW, APPROVED, COMMISSIONER_OF_PARTY, false))
                .isInstanceOf(ValidationException.class).hasMessage("agreement.approve.notCleared");
        assertThatCode(() -> AgreementWorkflow.checkClear(LEGAL_REVIEW, LEGAL_ELSEWHERE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgreementWorkflow.checkClear(LEGAL_REVIEW, STAFF)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.checkClear(DRAFT, LEGAL_ELSEWHERE)).isInstanceOf(ValidationException.class);
    }

    @Test
    void editingSigningAndCommitments() {
        assertThat(AgreementWorkflow.mayEdit(DRAFT, STAFF)).isTrue();
        assertThat(AgreementWorkflow.mayEdit(INTERNAL_REVIEW, STAFF)).isFalse();
        assertThat(AgreementWorkflow.mayEdit(DRAFT, STAFF_OF_PARTY)).isFalse();
        assertThatThrownBy(() -> AgreementWorkflow.checkEdit(LEGAL_REVIEW, STAFF)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AgreementWorkflow.checkSigning(APPROVED, STAFF)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AgreementWorkflow.checkSigning(SIGNING, STAFF_OF_PARTY)).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> AgreementWorkflow.checkCommitments(IN_FORCE, STAFF_OF_PARTY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgreementWorkflow.checkCommitments(IN_FORCE, LEGAL_ELSEWHERE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.checkCommitments(EXPIRED, STAFF)).isInstanceOf(ValidationException.class);
    }

    @Test
    void availableMovesAreWhatThePageOffers() {
        assertThat(AgreementWorkflow.available(LEGAL_REVIEW, LEGAL_ELSEWHERE)).containsExactly(DRAFT);
        assertThat(AgreementWorkflow.available(LEGAL_REVIEW, COMMISSIONER_OF_PARTY)).containsExactly(APPROVED);
        assertThat(AgreementWorkflow.available(INTERNAL_REVIEW, STAFF)).containsExactlyInAnyOrder(LEGAL_REVIEW, DRAFT);
        assertThat(AgreementWorkflow.available(SIGNING, STAFF)).isEmpty();
        assertThat(AgreementWorkflow.available(IN_FORCE, COMMISSIONER_OF_PARTY)).containsExactlyInAnyOrder(TERMINATED, RENEWED);
    }

    @Test
    void signedWithALaterStartIsTheSystemsStepBeforeInForce() {
        assertThat(AgreementWorkflow.next(SIGNING)).containsExactlyInAnyOrder(SIGNED, IN_FORCE);
        assertThatCode(() -> {
            AgreementWorkflow.check(SIGNING, SIGNED, SYSTEM, true);
            AgreementWorkflow.check(SIGNED, IN_FORCE, SYSTEM, true);
            AgreementWorkflow.check(SIGNED, TERMINATED, COMMISSIONER_OF_PARTY, true);
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgreementWorkflow.check(SIGNING, SIGNED, STAFF, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(SIGNED, IN_FORCE, COMMISSIONER_OF_PARTY, true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(SIGNED, EXPIRED, SYSTEM, true)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AgreementWorkflow.check(SIGNED, RENEWED, STAFF, true)).isInstanceOf(ValidationException.class);
        assertThat(AgreementWorkflow.available(SIGNED, STAFF)).isEmpty();
        assertThat(AgreementWorkflow.available(SIGNED, COMMISSIONER_OF_PARTY)).containsExactly(TERMINATED);
        assertThat(SIGNED.ended()).isFalse();
    }
}
