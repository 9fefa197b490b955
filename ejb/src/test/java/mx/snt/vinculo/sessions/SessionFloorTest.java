package mx.snt.vinculo.sessions;

import mx.snt.vinculo.directory.Member;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The floor of a session in progress: the speakers' list and remote check-ins (issue 12), without a container. */
class SessionFloorTest {

    static final Instant NOW = SessionTest.NOW;
    static final Instant ON_THE_DAY = SessionTest.ON_THE_DAY;
    static final Instant LATER = ON_THE_DAY.plusSeconds(95);
    static final java.time.Duration LEAD = SessionTest.LEAD;
    static final NoticePolicy FIVE_DAYS = SessionTest.FIVE_DAYS;
    static final Quorum QUORUM = SessionTest.QUORUM;

    /** The aggregate's fixtures (a commission, its session on Dec 14, two commissioners) are SessionTest's. */
    final SessionTest fixtures = new SessionTest();
    Session session;
    Member elena;
    Member carlos;
    List<Long> voters;
    long ids = 900;

    @org.junit.jupiter.api.BeforeEach
    void plan() {
        fixtures.plan();
        session = fixtures.session;
        elena = fixtures.elena;
        carlos = fixtures.carlos;
        voters = fixtures.voters;
    }

    AgendaItem item(Session s, String title) {
        return fixtures.item(s, title);
    }

    Member member(String username) {
        return fixtures.member(username);
    }

    static void id(Object entity, long id) {
        SessionTest.id(entity, id);
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        SessionTest.refused(action, key);
    }

    /** Convened, Elena and Carlos present, started on the day with two items. */
    List<AgendaItem> running() {
        AgendaItem a = item(session, "Programa anual");
        AgendaItem b = item(session, "Asuntos generales");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        session.recordAttendance(elena, true, AttendanceStatus.PRESENT, NOW);
        session.recordAttendance(carlos, true, AttendanceStatus.REMOTE, NOW);
        session.start(QUORUM, LEAD, null, voters, false, ON_THE_DAY);
        return List.of(a, b);
    }

    SpeakingTurn ask(Member m) {
        SpeakingTurn t = session.askForFloor(m, ON_THE_DAY);
        id(t, ids++);
        return t;
    }

    @Test
    void aMemberPresentAsksOnceTheChairGivesTheFloorAndTheServerTimesTheTurn() {
        List<AgendaItem> items = running();
        SpeakingTurn elenaAsks = ask(elena);
        assertThat(elenaAsks.getItem()).isSameAs(items.get(0));
        assertThat(elenaAsks.isWaiting()).isTrue();
        refused(() -> session.askForFloor(elena, ON_THE_DAY), "session.speakers.already");

        assertThat(session.giveFloor(elenaAsks, "sofia.secretaria", ON_THE_DAY)).isEmpty();
        assertThat(elenaAsks.isSpeaking()).isTrue();
        // While she speaks she cannot ask again; once she is done she may.
        refused(() -> session.askForFloor(elena, ON_THE_DAY), "session.speakers.already");
        session.endFloor(elenaAsks, LATER);
        assertThat(elenaAsks.used()).hasSeconds(95);
        refused(() -> session.endFloor(elenaAsks, LATER), "session.speakers.notSpeaking");
        refused(() -> session.giveFloor(elenaAsks, "sofia.secretaria", LATER), "session.speakers.notWaiting");
        assertThat(ask(elena).isWaiting()).isTrue();
    }

    @Test
    void givingTheFloorToTheNextEndsTheTurnOfWhoeverSpoke() {
        running();
        SpeakingTurn elenaAsks = ask(elena);
        SpeakingTurn carlosAsks = ask(carlos);
        session.giveFloor(elenaAsks, "sofia.secretaria", ON_THE_DAY);
        assertThat(session.giveFloor(carlosAsks, "sofia.secretaria", LATER)).containsSame(elenaAsks);
        assertThat(elenaAsks.getEndedAt()).isEqualTo(LATER);
        assertThat(carlosAsks.isSpeaking()).isTrue();
    }

    @Test
    void onlyMembersPresentAskAndARequestBelongsToTheItemTakenUp() {
        List<AgendaItem> items = running();
        Member mario = member("mario.personal");
        refused(() -> session.askForFloor(mario, ON_THE_DAY), "session.speakers.notPresent");
        refused(() -> session.askForFloor(null, ON_THE_DAY), "session.speakers.notPresent");
        SpeakingTurn waiting = ask(elena);
        SpeakingTurn speaking = ask(carlos);
        session.giveFloor(speaking, "sofia.secretaria", ON_THE_DAY);
        // The next item is taken up: the turn in course ends, an old request cannot be given any more.
        session.takeUp(items.get(1), LATER);
        assertThat(speaking.getEndedAt()).isEqualTo(LATER);
        refused(() -> session.giveFloor(waiting, "sofia.secretaria", LATER), "session.speakers.otherItem");
    }

    @Test
    void aRequestIsWithdrawnOnlyByItsMemberBeforeItIsGiven() {
        running();
        SpeakingTurn t = ask(elena);
        refused(() -> session.withdrawFromFloor(t, carlos, LATER), "session.speakers.notYours");
        session.withdrawFromFloor(t, elena, LATER);
        assertThat(t.isWaiting()).isFalse();
        assertThat(t.getStartedAt()).isNull();
        refused(() -> session.giveFloor(t, "sofia.secretaria", LATER), "session.speakers.notWaiting");
    }

    @Test
    void noFloorBeforeTheSessionStartsAndClosingEndsTheTurn() {
        item(session, "Programa anual");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        session.recordAttendance(elena, true, AttendanceStatus.PRESENT, NOW);
        refused(() -> session.askForFloor(elena, NOW), "session.state.wrong");
        session.recordAttendance(carlos, true, AttendanceStatus.PRESENT, NOW);
        session.start(QUORUM, LEAD, null, voters, false, ON_THE_DAY);
        SpeakingTurn t = ask(elena);
        session.giveFloor(t, "sofia.secretaria", ON_THE_DAY);
        session.close(LATER);
        assertThat(t.getEndedAt()).isEqualTo(LATER);
    }

    @Test
    void remoteMembersCheckInOnlyWhileAttendanceIsOpenAndCountOnceConfirmed() {
        item(session, "Programa anual");
        refused(() -> session.attendanceOpen(true, NOW), "session.state.wrong");
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        refused(() -> session.checkInRemotely(carlos, true, NOW), "session.remote.closed");
        session.attendanceOpen(true, NOW);
        assertThat(session.isAttendanceOpen()).isTrue();
        refused(() -> session.checkInRemotely(member("pedro.personal"), false, NOW), "session.attendance.notMember");
        RemoteCheckIn c = session.checkInRemotely(carlos, true, NOW);
        assertThat(c.isPending()).isTrue();
        refused(() -> session.checkInRemotely(carlos, true, NOW), "session.remote.pending");
        refused(() -> session.confirmRemote(elena, "sofia.secretaria", NOW), "session.remote.none");

        assertThat(session.confirmRemote(carlos, "sofia.secretaria", NOW)).isNull();
        assertThat(c.isPending()).isFalse();
        refused(() -> session.confirmRemote(carlos, "sofia.secretaria", NOW), "session.remote.none");
        // Attending already: nothing to check in.
        refused(() -> session.checkInRemotely(carlos, true, NOW), "session.remote.already");
        session.recordAttendance(elena, true, AttendanceStatus.PRESENT, NOW);
        refused(() -> session.checkInRemotely(elena, true, NOW), "session.remote.already");
        // Marked absent later, Carlos may check in again (the same record, pending again).
        session.recordAttendance(carlos, true, AttendanceStatus.ABSENT, NOW);
        assertThat(session.checkInRemotely(carlos, true, LATER)).isSameAs(c);
        assertThat(c.isPending()).isTrue();
        assertThat(session.confirmRemote(carlos, "sofia.secretaria", LATER)).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void closingTheSessionClosesAttendance() {
        running();
        session.attendanceOpen(true, ON_THE_DAY);
        session.close(LATER);
        assertThat(session.isAttendanceOpen()).isFalse();
        refused(() -> session.checkInRemotely(carlos, true, LATER), "session.state.wrong");
    }

    @Test
    void theTimeUsedReadsAsMinutesAndSeconds() {
        SpeakerRow row = SpeakerRow.of(1, 2, 3, "Elena", ON_THE_DAY, ON_THE_DAY, null, LATER);
        assertThat(row.state()).isEqualTo(SpeakerRow.State.SPEAKING);
        assertThat(row.used()).isEqualTo("01:35");
        SpeakerRow done = SpeakerRow.of(1, 2, 3, "Elena", ON_THE_DAY, ON_THE_DAY, ON_THE_DAY.plusSeconds(3725), LATER);
        assertThat(done.used()).isEqualTo("1:02:05");
        assertThat(SpeakerRow.of(1, 2, 3, "Elena", ON_THE_DAY, null, LATER, LATER).state()).isEqualTo(SpeakerRow.State.WITHDRAWN);
    }
}
