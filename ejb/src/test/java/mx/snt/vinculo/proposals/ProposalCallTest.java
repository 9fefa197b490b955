package mx.snt.vinculo.proposals;

import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.Topic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static mx.snt.vinculo.proposals.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A call checks its terms when opened and guards its window (no container). */
class ProposalCallTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final Workspace commission = Fixtures.workspace(WorkspaceType.COMMISSION, "CVPDCS", 10L);
    private final Workspace jal = Fixtures.workspace(WorkspaceType.BODY, "JAL", 20L);
    private final Workspace nl = Fixtures.workspace(WorkspaceType.BODY, "NL", 21L);

    private static CallInput input(boolean openToAll, Set<Long> bodies, LocalDate opens, LocalDate closes) {
        return new CallInput(" Buenas prácticas ", Topic.OPEN_GOVERNMENT, "Descripción", openToAll, bodies, opens, closes);
    }

    private ProposalCall open(CallInput in) {
        return ProposalCall.open(commission, in, ids -> !ids.contains(99L), "sofia", TODAY, NOW);
    }

    @Test
    void aCallIsOpenedOnValidTerms() {
        ProposalCall c = open(input(false, Set.of(20L), TODAY, TODAY.plusDays(30)));
        assertThat(c.getTitle()).isEqualTo("Buenas prácticas");
        assertThat(c.getBodyIds()).containsExactly(20L);
        assertThat(c.getCreatedBy()).isEqualTo("sofia");
        assertThat(open(input(true, Set.of(20L), TODAY, TODAY)).getBodyIds()).isEmpty();
    }

    @Test
    void badTermsAreRefused() {
        assertThatThrownBy(() -> ProposalCall.open(jal, input(true, null, TODAY, TODAY), ids -> true, "sofia", TODAY, NOW))
                .hasMessage("proposal.call.commission.required");
        assertThatThrownBy(() -> open(null)).hasMessage("proposal.title.required");
        assertThatThrownBy(() -> open(input(true, null, null, TODAY))).hasMessage("proposal.call.dates.required");
        assertThatThrownBy(() -> open(input(true, null, TODAY, TODAY.minusDays(1)))).hasMessage("proposal.call.dates.order");
        assertThatThrownBy(() -> open(input(true, null, TODAY.minusDays(9), TODAY.minusDays(1))))
                .hasMessage("proposal.call.dates.past");
        assertThatThrownBy(() -> open(input(false, Set.of(), TODAY, TODAY))).hasMessage("proposal.call.bodies.required");
        assertThatThrownBy(() -> open(input(false, Set.of(20L, 99L), TODAY, TODAY))).hasMessage("proposal.call.bodies.invalid");
        assertThatThrownBy(() -> open(new CallInput("T", null, "D", true, null, TODAY, TODAY)))
                .hasMessage("proposal.topic.required");
        assertThatThrownBy(() -> open(new CallInput("T", Topic.ARCHIVES, "<script>", true, null, TODAY, TODAY)))
                .hasMessage("proposal.script");
    }

    @Test
    void theWindowRunsFromTheOpeningDayThroughTheClosingDay() {
        ProposalCall c = open(input(true, null, TODAY.plusDays(1), TODAY.plusDays(10)));
        assertThatThrownBy(() -> c.checkAccepts(jal, TODAY)).hasMessage("proposal.call.closed");
        c.checkAccepts(jal, TODAY.plusDays(1));
        c.checkAccepts(jal, TODAY.plusDays(10));
        assertThatThrownBy(() -> c.checkAccepts(jal, TODAY.plusDays(11))).hasMessage("proposal.call.closed");
        assertThat(c.isOpenOn(TODAY.plusDays(5))).isTrue();
    }

    @Test
    void aCallForSomeBodiesRefusesTheOthers() {
        ProposalCall c = open(input(false, Set.of(20L), TODAY, TODAY.plusDays(10)));
        c.checkAccepts(jal, TODAY);
        assertThatThrownBy(() -> c.checkAccepts(nl, TODAY)).hasMessage("proposal.call.notForBody");
    }
}
