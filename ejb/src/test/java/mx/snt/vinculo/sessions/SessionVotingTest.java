package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static mx.snt.vinculo.sessions.SessionTest.id;
import static mx.snt.vinculo.sessions.SessionTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The voting rules of issue 12 as the session applies them: start window, chair, recusal, secret ballot. */
class SessionVotingTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:25:00Z");
    static final Duration LEAD = Duration.ofMinutes(60);
    static final NoticePolicy FIVE_DAYS = new NoticePolicy(5, new BusinessCalendar(Set.of()));
    static final Quorum QUORUM = new Quorum(3, 3);

    long ids = 100;
    Session session;
    Member elena;
    Member carlos;
    Member ana;
    List<Long> voters;

    @BeforeEach
    void plan() {
        Workspace w = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión de Vinculación", null, null);
        id(w, 7);
        // Convened for Tuesday Dec 8, 2026 at 11:00 in Mexico City (17:00 UTC).
        session = new Session(w, SessionKind.ORDINARY, 3, 2026, "Tercera sesión",
                ZonedDateTime.of(LocalDate.of(2026, 12, 8), LocalTime.of(11, 0), MexicoCity.ZONE).toInstant(), 120, "Sala 1",
                "sofia.secretaria", NOW);
        id(session, ids++);
        elena = member("elena.comisionada");
        carlos = member("carlos.comisionado");
        ana = member("ana.comisionada");
        voters = List.of(elena.getId(), carlos.getId(), ana.getId());
    }

    Member member(String username) {
        Member m = new Member(username);
        id(m, ids++);
        return m;
    }

    AgendaItem item(String title, VoteRule rule, boolean secret) {
        AgendaItem i = session.addItem(new ItemInput(ItemKind.PROPOSAL, title, null, null, null, rule, secret), null, null, NOW);
        id(i, ids++);
        return i;
    }

    void startAt(Instant when, Long chair, boolean chairRequired) {
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 1), NOW);
        session.start(QUORUM, LEAD, chair, voters, chairRequired, when);
    }

    @Test
    void aSessionStartsOnItsDayFromTheLeadBeforeTheHourNotAWeekEarly() {
        item("Programa anual", null, false);
        // The bug of issue 12: convened for Dec 8, started at 02:25 on Dec 1.
        assertThatThrownBy(() -> startAt(NOW, null, false)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("session.start.early"))
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly("08/12/2026", "11:00", "10:00"));
        assertThat(session.getState()).isEqualTo(SessionState.CONVENED);
        // 09:59 on the day is still too early; 10:00 is not.
        refused(() -> session.start(QUORUM, LEAD, null, voters, false, Instant.parse("2026-12-08T15:59:00Z")), "session.start.early");
        session.start(QUORUM, LEAD, null, voters, false, Instant.parse("2026-12-08T16:00:00Z"));
        assertThat(session.getState()).isEqualTo(SessionState.IN_PROGRESS);
    }

    @Test
    void theLeadNeverReachesTheDayBefore() {
        Instant half = ZonedDateTime.of(LocalDate.of(2026, 12, 8), LocalTime.of(0, 30), MexicoCity.ZONE).toInstant();
        assertThat(SessionRules.earliestStart(half, LEAD))
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 12, 8), LocalTime.MIDNIGHT, MexicoCity.ZONE).toInstant());
    }

    @Test
    void whenTheChairBreaksTiesTheChairIsNamedAtStartAndDecidesATie() {
        AgendaItem i = item("Programa anual", VoteRule.SIMPLE_MAJORITY_PRESENT, false);
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 1), NOW);
        Instant onTime = Instant.parse("2026-12-08T17:00:00Z");
        refused(() -> session.start(QUORUM, LEAD, null, voters, true, onTime), "session.chair.required");
        refused(() -> session.start(QUORUM, LEAD, 999L, voters, true, onTime), "session.chair.notVoter");
        session.start(QUORUM, LEAD, carlos.getId(), voters, true, onTime);
        assertThat(session.getChairMemberId()).isEqualTo(carlos.getId());
        session.openVote(i, onTime);
        session.recuse(i, ana, voters, "Conflicto de interés", "sofia.secretaria", onTime);
        session.castVote(i, elena, voters, VoteChoice.AGAINST, true, "elena", onTime);
        session.castVote(i, carlos, voters, VoteChoice.FOR, true, "carlos", onTime);
        Acuerdo a = session.closeVote(i, voters, true, onTime);
        assertThat(a.getResult()).isEqualTo("APPROVED");
        assertThat(a.isCastingVote()).isTrue();
        assertThat(a.getRecusals()).isEqualTo(1);
        assertThat(a.getText()).startsWith("Se aprueba, con el voto de calidad de quien preside: Programa anual");
    }

    @Test
    void withoutTheCastingVoteATieDoesNotPass() {
        AgendaItem i = item("Programa anual", null, false);
        startAt(Instant.parse("2026-12-08T17:00:00Z"), carlos.getId(), false);
        session.openVote(i, NOW);
        session.recuse(i, ana, voters, null, "ana", NOW);
        session.castVote(i, elena, voters, VoteChoice.AGAINST, true, "elena", NOW);
        session.castVote(i, carlos, voters, VoteChoice.FOR, true, "carlos", NOW);
        Acuerdo a = session.closeVote(i, voters, false, NOW);
        assertThat(a.getResult()).isEqualTo("REJECTED");
        assertThat(a.isCastingVote()).isFalse();
        assertThat(a.getText()).startsWith("No se aprueba: Programa anual");
    }

    @Test
    void aRecusedMemberMayNotVoteAndAVoterMayNotRecuseAfterVoting() {
        AgendaItem i = item("Nombramiento", null, false);
        startAt(Instant.parse("2026-12-08T17:00:00Z"), null, false);
        session.openVote(i, NOW);
        session.recuse(i, ana, voters, "Es parte interesada", "ana", NOW);
        refused(() -> session.castVote(i, ana, voters, VoteChoice.FOR, true, "ana", NOW), "session.vote.recused");
        refused(() -> session.recuse(i, ana, voters, null, "ana", NOW), "session.recusal.already");
        session.castVote(i, elena, voters, VoteChoice.FOR, true, "elena", NOW);
        refused(() -> session.recuse(i, elena, voters, null, "elena", NOW), "session.recusal.voted");
        refused(() -> session.recuse(i, member("juan.personal"), voters, null, "juan", NOW), "session.recusal.notVoter");
        // Closing waits for Carlos, not for Ana.
        refused(() -> session.closeVote(i, voters, false, NOW), "session.vote.missing");
        session.castVote(i, carlos, voters, VoteChoice.AGAINST, true, "carlos", NOW);
        assertThat(session.closeVote(i, voters, false, NOW).getResult()).isEqualTo("REJECTED");
        refused(() -> session.recuse(i, carlos, voters, null, "carlos", NOW), "session.vote.closed");
    }

    @Test
    void aSecretBallotKeepsWhoVotedButNotWhatAndIsFinal() {
        AgendaItem i = item("Nombramiento de la Secretaría", VoteRule.QUALIFIED_TWO_THIRDS, true);
        startAt(Instant.parse("2026-12-08T17:00:00Z"), carlos.getId(), true);
        session.openVote(i, NOW);
        session.castVote(i, elena, voters, VoteChoice.FOR, true, "elena", NOW);
        refused(() -> session.castVote(i, elena, voters, VoteChoice.AGAINST, true, "elena", NOW), "session.vote.secretFinal");
        session.castVote(i, carlos, voters, VoteChoice.FOR, true, "carlos", NOW);
        assertThat(i.ballotsByMember()).isEmpty();
        assertThat(i.choices()).containsExactly(VoteChoice.FOR, VoteChoice.FOR);
        assertThat(i.voted()).containsExactlyInAnyOrder(elena.getId(), carlos.getId());
        refused(() -> session.closeVote(i, voters, true, NOW), "session.vote.missing");
        session.castVote(i, ana, voters, VoteChoice.AGAINST, true, "ana", NOW);
        Acuerdo a = session.closeVote(i, voters, true, NOW);
        assertThat(a.isSecret()).isTrue();
        assertThat(a.getVoteRule()).isEqualTo(VoteRule.QUALIFIED_TWO_THIRDS);
        assertThat(a.getResult()).isEqualTo("APPROVED");
        assertThat(a.getVotesFor()).isEqualTo(2);
        assertThat(a.getVotesAgainst()).isEqualTo(1);
    }
}
