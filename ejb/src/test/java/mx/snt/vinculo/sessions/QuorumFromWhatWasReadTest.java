package mx.snt.vinculo.sessions;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The quorum a session's page computes from the members, attendance and roles it has read (no queries of its own). */
class QuorumFromWhatWasReadTest {

    // Members 1–4 of the body (1 and 2 commissioners); 5 a commissioner recorded present who is no longer a member;
    // 6 a commissioner recorded absent who is no longer a member.
    static final Set<Long> MEMBERSHIP = Set.of(1L, 2L, 3L, 4L);
    static final Map<Long, AttendanceStatus> ATTENDANCE = Map.of(1L, AttendanceStatus.PRESENT, 3L, AttendanceStatus.REMOTE,
            4L, AttendanceStatus.EXCUSED, 5L, AttendanceStatus.PRESENT, 6L, AttendanceStatus.ABSENT);
    static final Set<Long> WITH_ROLE = Set.of(1L, 2L, 5L, 6L);

    @Test
    void everyMemberAndWhoeverWasRecordedCountWhenTheBaseIsTheMembers() {
        Quorum q = SessionRepository.quorum(QuorumBase.MEMBERS, MEMBERSHIP, ATTENDANCE, WITH_ROLE);
        assertThat(q.base()).isEqualTo(6);      // 1–4, and 5 and 6, recorded attending
        assertThat(q.present()).isEqualTo(3);   // 1 present, 3 remote, 5 present
    }

    @Test
    void commissionersAreTheBodysAndThoseRecordedPresent() {
        Quorum q = SessionRepository.quorum(QuorumBase.COMMISSIONERS, MEMBERSHIP, ATTENDANCE, WITH_ROLE);
        assertThat(q.base()).isEqualTo(3);      // 1 and 2 (members), 5 (present); not 6, absent and not a member
        assertThat(q.present()).isEqualTo(2);   // 1 and 5
    }
}
