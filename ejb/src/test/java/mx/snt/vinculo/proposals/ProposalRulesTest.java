package mx.snt.vinculo.proposals;

import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalRulesTest {

    @Test
    void theWorkflowTable() {
        assertThat(ProposalAction.EVALUATE.allowedFrom(ProposalState.SUBMITTED)).isTrue();
        assertThat(ProposalAction.ACCEPT.allowedFrom(ProposalState.SUBMITTED)).isFalse();
        assertThat(ProposalAction.ACCEPT.allowedFrom(ProposalState.UNDER_EVALUATION)).isTrue();
        assertThat(ProposalAction.REJECT.allowedFrom(ProposalState.ACCEPTED)).isFalse();
        assertThat(ProposalAction.WITHDRAW.allowedFrom(ProposalState.SUBMITTED)).isTrue();
        assertThat(ProposalAction.WITHDRAW.allowedFrom(ProposalState.UNDER_EVALUATION)).isFalse();
        assertThat(ProposalAction.ACCEPT.needsAnswer()).isTrue();
        assertThat(ProposalAction.REJECT.needsAnswer()).isTrue();
        assertThat(ProposalAction.EVALUATE.needsAnswer()).isFalse();
    }

    @Test
    void whoMayActTheCommissionOrTheAuthor() {
        assertThat(ProposalAction.ACCEPT.allowedFor(true, false)).isTrue();
        assertThat(ProposalAction.ACCEPT.allowedFor(false, true)).isFalse();
        assertThat(ProposalAction.WITHDRAW.allowedFor(false, true)).isTrue();
        assertThat(ProposalAction.WITHDRAW.allowedFor(true, false)).isFalse();
    }

    @Test
    void theSecretaryMustBeAMemberOfTheCommission() {
        Caller sofia = new Caller("sofia", 1L, Set.of(Role.SECRETARIO_TECNICO), Set.of(10L));
        Caller admin = new Caller("ana", 2L, Set.of(Role.ADMIN), Set.of());
        Caller staff = new Caller("mario", 3L, Set.of(Role.PERSONAL), Set.of(10L));
        assertThat(ProposalRoles.secretaryOf(sofia, 10L)).isTrue();
        assertThat(ProposalRoles.secretaryOf(sofia, 11L)).isFalse();
        assertThat(ProposalRoles.secretaryOf(admin, 11L)).isTrue();
        assertThat(ProposalRoles.secretaryOf(staff, 10L)).isFalse();
        assertThat(ProposalRoles.secretaryOf(Caller.anonymous(), 10L)).isFalse();
    }

    @Test
    void adhesionsOnlyWhileTheProposalIsAlive() {
        assertThat(ProposalState.SUBMITTED.acceptsAdhesions()).isTrue();
        assertThat(ProposalState.WITHDRAWN.acceptsAdhesions()).isFalse();
        assertThat(ProposalState.REJECTED.acceptsAdhesions()).isFalse();
    }

    @Test
    void aCallIsOpenThroughItsClosingDayThenClosesByItself() {
        LocalDate open = LocalDate.of(2026, 11, 1);
        LocalDate close = LocalDate.of(2026, 11, 30);
        assertThat(CallWindow.isOpen(open, close, LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(CallWindow.isOpen(open, close, open)).isTrue();
        assertThat(CallWindow.isOpen(open, close, close)).isTrue();
        assertThat(CallWindow.isOpen(open, close, close.plusDays(1))).isFalse();
        assertThat(CallWindow.isClosed(close, close.plusDays(1))).isTrue();
    }

    @Test
    void commentsAreEditableForAWhile() {
        Instant t = Instant.parse("2026-11-29T10:00:00Z");
        ProposalComment c = new ProposalComment(1L, null, "mario", "Comentario", t);
        assertThat(c.editableAt(t.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(c.editableAt(t.plus(Duration.ofMinutes(16)))).isFalse();
    }
}
