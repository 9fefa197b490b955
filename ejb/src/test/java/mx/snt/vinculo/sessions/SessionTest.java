package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.sessions.Quorum.Participant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session aggregate's rules, without a container (in the style of Cargo Tracker's CargoTest). */
class SessionTest {

    static final Instant NOW = Instant.parse("2026-12-01T17:00:00Z");
    /** 10:30 in Mexico City on Dec 14, the day of the session planned below (11:00). */
    static final Instant ON_THE_DAY = Instant.parse("2026-12-14T16:30:00Z");
    static final java.time.Duration LEAD = java.time.Duration.ofMinutes(60);
    static final NoticePolicy FIVE_DAYS = new NoticePolicy(5, new BusinessCalendar(Set.of()));
    static final Quorum QUORUM = new Quorum(2, 3);

    Workspace cvpdcs;
    Session session;
    Member elena;
    Member carlos;
    List<Long> voters;
    long ids = 100;

    @BeforeEach
    void plan() {
        cvpdcs = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión de Vinculación", null, null);
        id(cvpdcs, 7);
        session = at(LocalDate.of(2026, 12, 14));
        elena = member("elena.comisionada");
        carlos = member("carlos.comisionado");
        voters = List.of(elena.getId(), carlos.getId());
    }

    Session at(LocalDate day) {
        Session s = new Session(cvpdcs, SessionKind.ORDINARY, 3, 2026, "Tercera sesión",
                ZonedDateTime.of(day, LocalTime.of(11, 0), MexicoCity.ZONE).toInstant(), 120, "Sala 1", "sofia.secretaria", NOW);
        id(s, ids++);
        return s;
    }

    AgendaItem item(Session s, String title) {
        AgendaItem i = s.addItem(new ItemInput(ItemKind.PROPOSAL, title, "Elena", null, null), null, null, NOW);
        id(i, ids++);
        return i;
    }

    Member member(String username) {
        Member m = new Member(username);
        id(m, ids++);
        return m;
    }

    static void id(Object entity, long id) {
        try {
            for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals("id")) {
                        f.setAccessible(true);
                        f.set(entity, id);
                        return;
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no id field");
    }

    static void refused(ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo(key));
    }

    /** Convened, started with quorum, with the given items. */
    List<AgendaItem> inProgress(String... titles) {
        List<AgendaItem> items = java.util.Arrays.stream(titles).map(t -> item(session, t)).toList();
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        session.start(QUORUM, LEAD, null, voters, false, ON_THE_DAY);
        return items;
    }

    /** Takes the item up, opens its vote, two commissioners vote for, and closes it. */
    Acuerdo voteOn(AgendaItem item, Member a, Member b) {
        session.takeUp(item, NOW);
        session.openVote(item, NOW);
        List<Long> voters = List.of(a.getId(), b.getId());
        session.castVote(item, a, voters, VoteChoice.FOR, true, a.getUsername(), NOW);
        session.castVote(item, b, voters, VoteChoice.FOR, true, b.getUsername(), NOW);
        return session.closeVote(item, voters, false, NOW);
    }


    @Test
    void insideTheNoticePeriodConvenes() {
        item(session, "Programa anual");
        // Monday Dec 7 + 5 business days = Monday Dec 14: the session's day.
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        assertThat(session.getState()).isEqualTo(SessionState.CONVENED);
        assertThat(session.getConvenedAt()).isEqualTo(NOW);
    }

    @Test
    void outsideTheNoticePeriodIsRefusedAndNothingChanges() {
        item(session, "Programa anual");
        refused(() -> session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 8), NOW), "session.notice.short");
        assertThat(session.getState()).isEqualTo(SessionState.PLANNED);
    }

    @Test
    void holidaysDoNotCountAsNoticeDays() {
        // Dec 25 (Friday) is a federal holiday: from Monday Dec 21, five business days end on Tuesday Dec 29.
        Session monday = at(LocalDate.of(2026, 12, 28));
        item(monday, "Programa anual");
        refused(() -> monday.convene(FIVE_DAYS, LocalDate.of(2026, 12, 21), NOW), "session.notice.short");
        Session tuesday = at(LocalDate.of(2026, 12, 29));
        item(tuesday, "Programa anual");
        tuesday.convene(FIVE_DAYS, LocalDate.of(2026, 12, 21), NOW);
        assertThat(tuesday.getState()).isEqualTo(SessionState.CONVENED);
        // A configured extra holiday (Dec 24) pushes it one more day.
        NoticePolicy withBridge = new NoticePolicy(5, new BusinessCalendar(Set.of(LocalDate.of(2026, 12, 24))));
        Session again = at(LocalDate.of(2026, 12, 29));
        item(again, "Programa anual");
        refused(() -> again.convene(withBridge, LocalDate.of(2026, 12, 21), NOW), "session.notice.short");
    }

    @Test
    void anEmptyAgendaIsNotConvened() {
        refused(() -> session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW), "session.agenda.empty");
    }

    @Test
    void reschedulingAConvenedSessionKeepsTheNotice() {
        item(session, "Programa anual");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        SessionPlan sooner = new SessionPlan(7, SessionKind.ORDINARY, "Tercera sesión", LocalDate.of(2026, 12, 9),
                LocalTime.of(11, 0), 120, "Sala 1", null, null, false);
        refused(() -> session.reschedule(sooner, FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW), "session.notice.short");
    }


    static final List<Participant> MEMBERS = List.of(new Participant(1, true), new Participant(2, true),
            new Participant(3, false), new Participant(4, false), new Participant(5, false));

    @Test
    void everyMemberCountsUnderTheMembersBase() {
        Quorum q = Quorum.of(QuorumBase.MEMBERS, MEMBERS, List.of(new Participant(1, true), new Participant(3, false),
                new Participant(4, false)));
        assertThat(q.base()).isEqualTo(5);
        assertThat(q.present()).isEqualTo(3);
        assertThat(q.met()).isTrue();
    }

    @Test
    void onlyCommissionersCountUnderTheCommissionersBase() {
        List<Participant> attending = List.of(new Participant(1, true), new Participant(3, false), new Participant(4, false));
        Quorum q = Quorum.of(QuorumBase.COMMISSIONERS, MEMBERS, attending);
        assertThat(q.base()).isEqualTo(2);
        assertThat(q.present()).isEqualTo(1);
        assertThat(q.needed()).isEqualTo(2);
        assertThat(q.met()).isFalse();
        assertThat(Quorum.of(QuorumBase.COMMISSIONERS, MEMBERS, List.of(new Participant(1, true), new Participant(2, true))).met())
                .isTrue();
    }

    @Test
    void withoutQuorumTheSessionDoesNotStart() {
        item(session, "Programa anual");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        refused(() -> session.start(new Quorum(1, 3), LEAD, null, voters, false, ON_THE_DAY), "session.quorum.missing");
        refused(() -> session.start(new Quorum(0, 0), LEAD, null, voters, false, ON_THE_DAY), "session.quorum.missing");
        assertThat(session.getState()).isEqualTo(SessionState.CONVENED);
    }

    @Test
    void withQuorumTheFirstItemBecomesCurrent() {
        AgendaItem first = item(session, "Programa anual");
        item(session, "Calendario");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        session.start(QUORUM, LEAD, null, voters, false, ON_THE_DAY);
        assertThat(session.getState()).isEqualTo(SessionState.IN_PROGRESS);
        assertThat(session.getCurrentItemId()).isEqualTo(first.getId());
    }


    @Test
    void movingAnItemRenumbersTheAgenda() {
        AgendaItem a = item(session, "A");
        AgendaItem b = item(session, "B");
        AgendaItem c = item(session, "C");
        session.moveItem(c, 1, null, NOW);
        assertThat(session.getItems()).containsExactly(c, a, b);
        assertThat(List.of(c.getPosition(), a.getPosition(), b.getPosition())).containsExactly(1, 2, 3);
        refused(() -> session.moveItem(a, 4, null, NOW), "session.item.position");
    }

    @Test
    void duringTheSessionAMoveNeedsAReason() {
        List<AgendaItem> items = inProgress("A", "B", "C");
        refused(() -> session.moveItem(items.get(2), 2, " ", NOW), "session.item.reorderReason");
        session.moveItem(items.get(2), 2, "Urgencia", NOW);
        assertThat(items.get(2).getReorderReason()).isEqualTo("Urgencia");
    }

    @Test
    void aVotedItemDoesNotMoveNorIsShiftedByAnother() {
        List<AgendaItem> items = inProgress("A", "B", "C");
        voteOn(items.get(0), elena, carlos);
        refused(() -> session.moveItem(items.get(2), 1, "Urgencia", NOW), "session.item.votedCannotMove");
        refused(() -> session.moveItem(items.get(0), 3, "Urgencia", NOW), "session.item.votedCannotMove");
        assertThat(session.getItems()).containsExactly(items.get(0), items.get(1), items.get(2));
        assertThat(items.get(0).getPosition()).isEqualTo(1);
        assertThat(items.get(2).getReorderReason()).isNull();
    }

    @Test
    void afterAMoveEveryAcuerdoKeepsAUniqueNumber() {
        List<AgendaItem> items = inProgress("A", "B", "C");
        Acuerdo first = voteOn(items.get(0), elena, carlos);
        session.moveItem(items.get(2), 2, "Urgencia", NOW);  // C moves ahead of B, neither voted
        Acuerdo second = voteOn(items.get(2), elena, carlos);
        Acuerdo third = voteOn(items.get(1), elena, carlos);
        assertThat(List.of(first.getNumber(), second.getNumber(), third.getNumber()))
                .containsExactly("CVPDCS/SO/03/2026/01", "CVPDCS/SO/03/2026/02", "CVPDCS/SO/03/2026/03");
        assertThat(first.getNumber()).isEqualTo("CVPDCS/SO/03/2026/01");
        assertThat(session.getAcuerdos()).hasSize(3);
    }

    @Test
    void theAgendaIsLockedOnceTheSessionStarts() {
        List<AgendaItem> items = inProgress("A");
        refused(() -> session.addItem(new ItemInput(ItemKind.PROPOSAL, "B", null, null, null), null, null, NOW),
                "session.agenda.locked");
        refused(() -> session.removeItem(items.get(0), NOW), "session.agenda.locked");
        refused(() -> session.editItem(items.get(0), new ItemInput(ItemKind.PROPOSAL, "A2", null, null, null), null, NOW),
                "session.agenda.locked");
    }

    @Test
    void itemsAreCheckedAsTyped() {
        refused(() -> session.addItem(new ItemInput(null, "A", null, null, null), null, null, NOW), "session.item.kind");
        refused(() -> session.addItem(new ItemInput(ItemKind.PROPOSAL, " ", null, null, null), null, null, NOW),
                "session.item.title");
        refused(() -> session.addItem(new ItemInput(ItemKind.PREVIOUS_ACTA, "Acta", null, null, session.getId()), session,
                null, NOW), "session.item.refOtherBody");
    }

    @Test
    void removingAnItemClosesTheGap() {
        AgendaItem a = item(session, "A");
        AgendaItem b = item(session, "B");
        session.removeItem(a, NOW);
        assertThat(session.getItems()).containsExactly(b);
        assertThat(b.getPosition()).isEqualTo(1);
    }



    @Test
    void onlyTheCurrentItemOpensAndOnlyOneVoteAtATime() {
        List<AgendaItem> items = inProgress("A", "B");
        refused(() -> session.openVote(items.get(1), NOW), "session.vote.notCurrent");
        session.openVote(items.get(0), NOW);
        refused(() -> session.openVote(items.get(0), NOW), "session.vote.notNew");
        session.takeUp(items.get(1), NOW);
        refused(() -> session.openVote(items.get(1), NOW), "session.vote.anotherOpen");
    }

    @Test
    void itemsAreTakenUpInOrder() {
        List<AgendaItem> items = inProgress("A", "B", "C");
        refused(() -> session.takeUp(items.get(2), NOW), "session.item.outOfOrder");
    }

    @Test
    void aVoteClosesOnlyWhenEveryVoterHasVoted() {
        AgendaItem item = inProgress("A").get(0);
        refused(() -> session.closeVote(item, voters, false, NOW), "session.vote.notOpen");
        session.openVote(item, NOW);
        refused(() -> session.castVote(item, elena, voters, null, true, "elena", NOW), "session.vote.choice");
        refused(() -> session.castVote(item, member("mario.personal"), voters, VoteChoice.FOR, true, "mario", NOW),
                "session.vote.notVoter");
        session.castVote(item, elena, voters, VoteChoice.AGAINST, true, "elena", NOW);
        session.castVote(item, elena, voters, VoteChoice.FOR, true, "elena", NOW);  // changes her mind
        refused(() -> session.closeVote(item, voters, false, NOW), "session.vote.missing");
        session.castVote(item, carlos, voters, VoteChoice.ABSTAIN, false, "sofia", NOW);
        Acuerdo a = session.closeVote(item, voters, false, NOW);
        assertThat(a.getResult()).isEqualTo("APPROVED");
        assertThat(List.of(a.getVotesFor(), a.getVotesAgainst(), a.getAbstentions())).containsExactly(1, 0, 1);
        assertThat(a.getText()).isEqualTo("Se aprueba: A");
        assertThat(item.getVoteState()).isEqualTo(VoteState.CLOSED);
        refused(() -> session.castVote(item, elena, voters, VoteChoice.AGAINST, true, "elena", NOW), "session.vote.closed");
    }

    @Test
    void aTieDoesNotPass() {
        AgendaItem item = inProgress("A").get(0);
        session.openVote(item, NOW);
        session.castVote(item, elena, voters, VoteChoice.FOR, true, "elena", NOW);
        session.castVote(item, carlos, voters, VoteChoice.AGAINST, true, "carlos", NOW);
        Acuerdo a = session.closeVote(item, voters, false, NOW);
        assertThat(a.getResult()).isEqualTo("REJECTED");
        assertThat(a.getText()).startsWith("No se aprueba: A");
    }

    @Test
    void aRemoteVoteNeedsRemoteVoting() {
        AgendaItem item = item(session, "A");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        session.recordAttendance(elena, true, AttendanceStatus.REMOTE, NOW);
        refused(() -> session.recordAttendance(carlos, false, AttendanceStatus.PRESENT, NOW), "session.attendance.notMember");
        session.start(QUORUM, LEAD, null, voters, false, ON_THE_DAY);
        session.openVote(item, NOW);
        refused(() -> session.castVote(item, elena, voters, VoteChoice.FOR, true, "elena", NOW), "session.vote.remoteNotAllowed");
        session.castVote(item, elena, voters, VoteChoice.FOR, false, "sofia", NOW);  // the secretary records it
    }

    @Test
    void aSessionDoesNotCloseWithAVoteOpen() {
        AgendaItem item = inProgress("A").get(0);
        session.openVote(item, NOW);
        refused(() -> session.close(NOW), "session.vote.stillOpen");
        session.castVote(item, elena, voters, VoteChoice.FOR, true, "elena", NOW);
        session.castVote(item, carlos, voters, VoteChoice.FOR, true, "carlos", NOW);
        session.closeVote(item, voters, false, NOW);
        session.close(NOW);
        assertThat(session.getState()).isEqualTo(SessionState.CLOSED);
        assertThat(session.getCurrentItemId()).isNull();
    }


    @Test
    void movesOutsideTheRuleAreRefused() {
        refused(() -> session.moveTo(SessionState.IN_PROGRESS, NOW), "session.transition");
        refused(() -> session.close(NOW), "session.transition");
        refused(() -> session.publish(NOW), "session.transition");
        refused(() -> session.acta("Texto", NOW), "session.state.wrong");
        refused(() -> session.start(QUORUM, LEAD, null, voters, false, ON_THE_DAY), "session.transition");
        assertThat(session.getState()).isEqualTo(SessionState.PLANNED);
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheSession() {
        refused(() -> session.cancel(" ", NOW), "session.cancel.reason");
        session.cancel("Sin plazo", NOW);
        assertThat(session.getState()).isEqualTo(SessionState.CANCELLED);
        refused(() -> session.moveTo(SessionState.CONVENED, NOW), "session.transition");
    }

    @Test
    void fromClosingToPublicationTheActaIsApprovedFirst() {
        AgendaItem item = inProgress("A").get(0);
        Acuerdo a = voteOn(item, elena, carlos);
        session.close(NOW);
        session.acta("Narrativa", NOW);
        refused(() -> session.publish(NOW), "session.transition");
        session.actaApprovedIn(99, NOW);
        session.publish(NOW);
        assertThat(session.getState()).isEqualTo(SessionState.PUBLISHED);
        assertThat(session.getVisibility()).isEqualTo(mx.snt.vinculo.visibility.Visibility.PUBLIC);
        assertThat(a.getVisibility()).isEqualTo(mx.snt.vinculo.visibility.Visibility.PUBLIC);
        refused(() -> session.acta("Otra", NOW), "session.state.wrong");
    }

    @Test
    void anIssuedNumberIsNeverIssuedAgain() {
        List<AgendaItem> items = inProgress("A", "B");
        voteOn(items.get(0), elena, carlos);
        // Even if an item stood where a voted one stood (data from before the fix), its number would not repeat.
        setPosition(items.get(1), 1);
        session.takeUp(items.get(1), NOW);
        session.openVote(items.get(1), NOW);
        session.castVote(items.get(1), elena, voters, VoteChoice.FOR, true, "elena", NOW);
        session.castVote(items.get(1), carlos, voters, VoteChoice.FOR, true, "carlos", NOW);
        refused(() -> session.closeVote(items.get(1), voters, false, NOW), "session.acuerdo.numberTaken");
        assertThat(items.get(1).getVoteState()).isEqualTo(VoteState.OPEN);
        assertThat(session.getAcuerdos()).hasSize(1);
    }

    static void setPosition(AgendaItem item, int position) {
        item.position(position, null);
    }
}
