package mx.snt.vinculo.proposals;

import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static mx.snt.vinculo.proposals.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The proposal applies its own workflow, adhesions, comments and outcomes (no container). */
class ProposalTest {

    private final Workspace commission = Fixtures.workspace(WorkspaceType.COMMISSION, "CVPDCS", 10L);
    private final Workspace jal = Fixtures.workspace(WorkspaceType.BODY, "JAL", 20L);
    private final Workspace nl = Fixtures.workspace(WorkspaceType.BODY, "NL", 21L);

    /** The state each action leads to from the one it requires. */
    private static final Map<ProposalAction, ProposalState> ALLOWED = new EnumMap<>(Map.of(
            ProposalAction.EVALUATE, ProposalState.UNDER_EVALUATION,
            ProposalAction.ACCEPT, ProposalState.ACCEPTED,
            ProposalAction.REJECT, ProposalState.REJECTED,
            ProposalAction.WITHDRAW, ProposalState.WITHDRAWN));

    /** A proposal brought to {@code state} through the workflow itself. */
    private Proposal in(ProposalState state) {
        Proposal p = Fixtures.proposal(commission, jal);
        switch (state) {
            case SUBMITTED -> { }
            case UNDER_EVALUATION -> act(p, ProposalAction.EVALUATE);
            case ACCEPTED -> { act(p, ProposalAction.EVALUATE); act(p, ProposalAction.ACCEPT); }
            case REJECTED -> { act(p, ProposalAction.EVALUATE); act(p, ProposalAction.REJECT); }
            case WITHDRAWN -> act(p, ProposalAction.WITHDRAW);
        }
        assertThat(p.getState()).isEqualTo(state);
        return p;
    }

    private static void act(Proposal p, ProposalAction a) {
        p.apply(a, a.byCommission(), !a.byCommission(), p.getVersion(), a.needsAnswer() ? "Respuesta" : null, NOW);
    }

    @ParameterizedTest
    @EnumSource(ProposalState.class)
    void eachActionFromEachState(ProposalState state) {
        for (ProposalAction action : ProposalAction.values()) {
            Proposal p = in(state);
            if (action.from() == state) {
                act(p, action);
                assertThat(p.getState()).as(action + " from " + state).isEqualTo(ALLOWED.get(action));
                assertThat(p.getUpdatedAt()).isEqualTo(NOW);
            } else {
                assertThatThrownBy(() -> act(p, action)).as(action + " from " + state)
                        .isInstanceOf(ValidationException.class).hasMessage("proposal.transition.invalid");
                assertThat(p.getState()).isEqualTo(state);
            }
        }
    }

    @Test
    void acceptingAndRejectingNeedAnAnswerWhichIsKept() {
        Proposal p = in(ProposalState.UNDER_EVALUATION);
        assertThatThrownBy(() -> p.apply(ProposalAction.ACCEPT, true, false, 0, "  ", NOW))
                .hasMessage("proposal.answer.required");
        assertThatThrownBy(() -> p.apply(ProposalAction.REJECT, true, false, 0, "x".repeat(5_001), NOW))
                .hasMessage("proposal.answer.tooLong");
        assertThatThrownBy(() -> p.apply(ProposalAction.ACCEPT, true, false, 0, "<script>x</script>", NOW))
                .hasMessage("proposal.script");
        p.apply(ProposalAction.ACCEPT, true, false, 0, "  Aceptada  ", NOW);
        assertThat(p.getAnswer()).isEqualTo("Aceptada");
        assertThat(p.getState()).isEqualTo(ProposalState.ACCEPTED);
    }

    @Test
    void onlyTheCommissionEvaluatesAndOnlyTheAuthorWithdraws() {
        Proposal p = in(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> p.apply(ProposalAction.EVALUATE, false, true, 0, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> p.apply(ProposalAction.WITHDRAW, true, false, 0, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> p.apply(null, true, true, 0, null, NOW)).hasMessage("proposal.action.required");
        assertThat(p.getState()).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void aStaleVersionConflicts() {
        Proposal p = in(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> p.apply(ProposalAction.EVALUATE, true, false, 3, null, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void whatTheAuthorWritesIsChecked() {
        assertThatThrownBy(() -> Proposal.content(" ", "R", "T", Topic.ARCHIVES, null)).hasMessage("proposal.title.required");
        assertThatThrownBy(() -> Proposal.content("T", "x".repeat(1_001), "T", Topic.ARCHIVES, null))
                .hasMessage("proposal.summary.tooLong");
        assertThatThrownBy(() -> Proposal.content("T", "R", "<p> </p>", Topic.ARCHIVES, null))
                .hasMessage("proposal.text.required");
        assertThatThrownBy(() -> Proposal.content("T", "R", "<iframe src=x>", Topic.ARCHIVES, null))
                .hasMessage("proposal.script");
        assertThatThrownBy(() -> Proposal.content("T", "R", "Texto", null, null)).hasMessage("proposal.topic.required");
        assertThat(Proposal.content(" T ", "R", "Texto", Topic.ARCHIVES, null).title()).isEqualTo("T");
    }

    @Test
    void otherBodiesAdhereOnceWhileItIsAlive() {
        Proposal p = in(ProposalState.SUBMITTED);
        ProposalAdhesion a = p.adhesionOf(nl, false, "pedro", NOW);
        assertThat(a.getBody()).isSameAs(nl);
        assertThat(a.getProposalId()).isEqualTo(7L);
        assertThatThrownBy(() -> p.adhesionOf(nl, true, "pedro", NOW)).hasMessage("proposal.adhesion.duplicate");
        assertThatThrownBy(() -> p.adhesionOf(jal, false, "mario", NOW)).hasMessage("proposal.adhesion.own");
        assertThat(in(ProposalState.ACCEPTED).adhesionOf(nl, false, "pedro", NOW)).isNotNull();
        for (ProposalState closed : new ProposalState[]{ProposalState.REJECTED, ProposalState.WITHDRAWN}) {
            assertThatThrownBy(() -> in(closed).adhesionOf(nl, false, "pedro", NOW)).hasMessage("proposal.adhesion.closed");
        }
    }

    @Test
    void commentsGoOneLevelDeepAndAreEditedByTheirAuthorForAWhile() {
        Proposal p = in(ProposalState.SUBMITTED);
        ProposalComment top = Fixtures.withId(p.comment(null, null, "pedro", " Bien ", NOW), 1L);
        assertThat(top.getText()).isEqualTo("Bien");
        ProposalComment reply = Fixtures.withId(p.comment(1L, top, "mario", "Gracias", NOW), 2L);
        assertThat(reply.getParentId()).isEqualTo(1L);
        assertThatThrownBy(() -> p.comment(2L, reply, "ana", "Más", NOW)).hasMessage("proposal.comment.depth");
        assertThatThrownBy(() -> p.comment(9L, null, "ana", "Más", NOW)).hasMessage("proposal.comment.parent");
        assertThatThrownBy(() -> p.comment(null, null, "ana", "", NOW)).hasMessage("proposal.comment.required");

        assertThatThrownBy(() -> top.edit("mario", 0, "Otro", NOW)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> top.edit("pedro", 0, "Tarde", NOW.plus(Duration.ofMinutes(16))))
                .hasMessage("proposal.comment.editWindow");
        assertThatThrownBy(() -> top.edit("pedro", 5, "Otro", NOW)).isInstanceOf(ConflictException.class);
        top.edit("pedro", 0, "Muy bien", NOW.plus(Duration.ofMinutes(5)));
        assertThat(top.getText()).isEqualTo("Muy bien");
        top.hide();
        assertThat(top.editableBy("pedro", NOW)).isFalse();
        assertThatThrownBy(() -> top.edit("pedro", 0, "Otra vez", NOW)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAnAcceptedProposalBecomesAnEntryOrAnAgendaItemAndOnce() {
        Proposal submitted = in(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> submitted.checkCanBecomeEntry(0)).hasMessage("proposal.library.notAccepted");
        assertThatThrownBy(() -> submitted.checkCanBecomeAgendaItem(0)).hasMessage("proposal.agenda.notAccepted");

        Proposal p = in(ProposalState.ACCEPTED);
        assertThatThrownBy(() -> p.checkCanBecomeEntry(p.getVersion() + 1)).isInstanceOf(ConflictException.class);
        p.checkCanBecomeEntry(p.getVersion());
        p.linkEntry(99L, NOW);
        assertThat(p.awaitsLibrary()).isFalse();
        assertThatThrownBy(() -> p.checkCanBecomeEntry(p.getVersion())).hasMessage("proposal.library.already");

        assertThat(p.awaitsAgenda()).isTrue();
        p.checkCanBecomeAgendaItem(p.getVersion());
        p.linkAgendaItem(5L, 50L, NOW);
        assertThatThrownBy(() -> p.checkCanBecomeAgendaItem(p.getVersion())).hasMessage("proposal.agenda.already");
        assertThatThrownBy(() -> p.linkAgendaItem(6L, 60L, NOW)).hasMessage("proposal.agenda.already");
    }
}
