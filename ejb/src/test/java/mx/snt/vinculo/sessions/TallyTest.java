package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The voting rules, table by table. Each row: the item's rule, the votes of the voters present
 * in order (F for, A against, N abstain, X recused), the chair's vote when a casting vote
 * applies (- none), then the expected result and whether the casting vote decided it.
 */
class TallyTest {

    @ParameterizedTest(name = "{0} {1} chair {2} -> approved {3}, casting {4}")
    @CsvSource({
            // Simple majority of those present: abstentions count for neither side (the rule before issue 12).
            "SIMPLE_MAJORITY_PRESENT, FA,    -, false, false",
            "SIMPLE_MAJORITY_PRESENT, FFA,   -, true,  false",
            "SIMPLE_MAJORITY_PRESENT, FNN,   -, true,  false",
            "SIMPLE_MAJORITY_PRESENT, NNN,   -, false, false",
            // A tie with the chair's casting vote: the chair's side wins, and it says so.
            "SIMPLE_MAJORITY_PRESENT, FA,    F, true,  true",
            "SIMPLE_MAJORITY_PRESENT, FA,    A, false, true",
            "SIMPLE_MAJORITY_PRESENT, FFAAN, F, true,  true",
            // The chair abstained: nothing to break the tie with.
            "SIMPLE_MAJORITY_PRESENT, FAN,   N, false, false",
            // No tie: the casting vote changes nothing.
            "SIMPLE_MAJORITY_PRESENT, FFA,   A, true,  false",
            // A recused member is out of the base: 1-1 among the other two is a tie.
            "SIMPLE_MAJORITY_PRESENT, FAX,   -, false, false",
            "SIMPLE_MAJORITY_PRESENT, FAX,   F, true,  true",
            // Two thirds of those present (less the recused): abstentions weigh like votes against.
            "QUALIFIED_TWO_THIRDS,    FFA,   -, true,  false",
            "QUALIFIED_TWO_THIRDS,    FFN,   -, true,  false",
            "QUALIFIED_TWO_THIRDS,    FFAA,  -, false, false",
            "QUALIFIED_TWO_THIRDS,    FFFAN, -, false, false",
            "QUALIFIED_TWO_THIRDS,    FFAX,  -, true,  false",
            "QUALIFIED_TWO_THIRDS,    FFAAXX, -, false, false",
            "QUALIFIED_TWO_THIRDS,    FFXX,  -, true,  false",
            // No tie-break under a qualified majority.
            "QUALIFIED_TWO_THIRDS,    FFAA,  F, false, false",
    })
    void rules(VoteRule rule, String votes, String chair, boolean approved, boolean casting) {
        List<Long> voters = new ArrayList<>();
        Set<Long> recused = new HashSet<>();
        Set<Long> voted = new HashSet<>();
        List<VoteChoice> choices = new ArrayList<>();
        for (int i = 0; i < votes.length(); i++) {
            long member = i + 1;
            voters.add(member);
            switch (votes.charAt(i)) {
                case 'X' -> recused.add(member);
                case 'F' -> { voted.add(member); choices.add(VoteChoice.FOR); }
                case 'A' -> { voted.add(member); choices.add(VoteChoice.AGAINST); }
                default -> { voted.add(member); choices.add(VoteChoice.ABSTAIN); }
            }
        }
        VoteChoice chairVote = switch (chair) {
            case "F" -> VoteChoice.FOR;
            case "A" -> VoteChoice.AGAINST;
            case "N" -> VoteChoice.ABSTAIN;
            default -> null;
        };
        Tally t = Tally.count(rule, voters, recused, voted, choices, chairVote);
        assertThat(t.approved()).isEqualTo(approved);
        assertThat(t.byCastingVote()).isEqualTo(casting);
        assertThat(t.recused()).isEqualTo(recused.size());
        assertThat(t.votesFor() + t.votesAgainst() + t.abstentions()).isEqualTo(votes.length() - recused.size());
    }

    @ParameterizedTest(name = "missing votes: {0}")
    @CsvSource({"'', 0", "F, 1", "FX, 1"})
    void refusedWhileAMemberOfTheBaseHasNotVoted(String votes, long missing) {
        // One more voter than votes: the last one has not voted (or nobody may vote at all).
        List<Long> voters = new ArrayList<>();
        Set<Long> recused = new HashSet<>();
        Set<Long> voted = new HashSet<>();
        for (int i = 0; i < votes.length(); i++) {
            voters.add((long) i + 1);
            if (votes.charAt(i) == 'X') {
                recused.add((long) i + 1);
            } else {
                voted.add((long) i + 1);
            }
        }
        if (!votes.isEmpty()) {
            voters.add(99L);
        }
        assertThatThrownBy(() -> Tally.count(VoteRule.SIMPLE_MAJORITY_PRESENT, voters, recused, voted,
                voted.stream().map(v -> VoteChoice.FOR).toList(), null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("session.vote.missing"))
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly(missing));
    }
}
