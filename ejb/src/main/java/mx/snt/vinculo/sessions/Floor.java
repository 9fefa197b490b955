package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The floor of one session in progress, as its {@link Session} maps it: who attends, which item
 * is taken up, the votes and the acuerdos they yield. Part of the aggregate like {@link Agenda}:
 * the session checks its own state and that the item is its own, then hands over here, so the
 * rules of the votes sit beside the items, ballots and acuerdos they protect.
 */
final class Floor {

    private final Session session;
    private final Agenda agenda;
    private final List<Attendance> attendance;
    private final List<Acuerdo> acuerdos;

    Floor(Session session, Agenda agenda, List<Attendance> attendance, List<Acuerdo> acuerdos) {
        this.session = session;
        this.agenda = agenda;
        this.attendance = attendance;
        this.acuerdos = acuerdos;
    }

    /** Records (or changes) how a member of the workspace attends; the status recorded before, or null. */
    AttendanceStatus attend(Member member, boolean memberOfWorkspace, AttendanceStatus status, Instant now) {
        if (status == null) {
            throw new ValidationException("session.attendance.status");
        }
        if (!memberOfWorkspace) {
            throw new ValidationException("session.attendance.notMember");
        }
        Optional<Attendance> found = attendanceOf(member.getId());
        AttendanceStatus before = found.map(Attendance::getStatus).orElse(null);
        if (found.isPresent()) {
            found.get().status(status, now);
        } else {
            attendance.add(new Attendance(session, member, status, now));
        }
        return before;
    }

    /**
     * The session may start only with quorum and, when the body's chair breaks ties, with its
     * chair named among the voting members present; the first item (if any) is taken up: its id.
     */
    Long open(Quorum quorum, Long chairId, Collection<Long> voters, boolean chairRequired) {
        if (!quorum.met()) {
            throw new ValidationException("session.quorum.missing", quorum.present(), quorum.needed(), quorum.base());
        }
        if (chairId == null && chairRequired) {
            throw new ValidationException("session.chair.required");
        }
        if (chairId != null && !voters.contains(chairId)) {
            throw new ValidationException("session.chair.notVoter");
        }
        return agenda.first().map(AgendaItem::getId).orElse(null);
    }

    /** The session may close only with no vote left open. */
    void checkNoVoteOpen() {
        if (agenda.voteOpen()) {
            throw new ValidationException("session.vote.stillOpen");
        }
    }

    /** Items are taken in order: the next one after {@code current}, or back to an earlier one. */
    void checkTakeUp(AgendaItem item, Optional<AgendaItem> current) {
        int next = current.map(c -> c.getPosition() + 1).orElse(1);
        if (item.getPosition() > next) {
            throw new ValidationException("session.item.outOfOrder", next);
        }
    }

    /** Only the current item's vote opens, and only while no other vote is open. */
    void openVote(AgendaItem item, Long currentItemId) {
        item.requireNew();
        if (!item.getId().equals(currentItemId)) {
            throw new ValidationException("session.vote.notCurrent");
        }
        if (agenda.voteOpen()) {
            throw new ValidationException("session.vote.anotherOpen");
        }
        item.openVote();
    }

    /**
     * Only a voting member votes, with a choice; voting oneself from afar needs the session to
     * allow remote voting ({@code remoteVoting}).
     */
    void castVote(AgendaItem item, Member member, Collection<Long> voters, VoteChoice choice, boolean self,
                  boolean remoteVoting, String castBy, Instant now) {
        item.requireOpen();
        if (choice == null) {
            throw new ValidationException("session.vote.choice");
        }
        if (member == null || !voters.contains(member.getId())) {
            throw new ValidationException("session.vote.notVoter");
        }
        if (self && !remoteVoting && attendanceOf(member.getId()).map(Attendance::getStatus).orElse(null)
                == AttendanceStatus.REMOTE) {
            throw new ValidationException("session.vote.remoteNotAllowed");
        }
        item.ballot(member, choice, castBy, now);
    }

    /**
     * A voting member present recuses themselves from an item (or the secretary records it)
     * before its vote closes: out of the base, and no vote on it.
     */
    void recuse(AgendaItem item, Member member, Collection<Long> voters, String reason, String by, Instant now) {
        if (member == null || !voters.contains(member.getId())) {
            throw new ValidationException("session.recusal.notVoter");
        }
        item.recuse(member, reason, by, now);
    }

    /**
     * Closes an open vote once every voter of its base has voted, and issues its acuerdo by the
     * item's rule. The chair's vote breaks a tie when the body grants a casting vote
     * ({@code castingVote}) and the ballot is open (a secret one keeps no chair's vote).
     */
    Acuerdo closeVote(AgendaItem item, Collection<Long> voters, Long chairId, boolean castingVote, Instant now) {
        if (item.getVoteState() != VoteState.OPEN) {
            throw new ValidationException("session.vote.notOpen");
        }
        VoteChoice chairVote = castingVote && !item.isSecret() && chairId != null ? item.ballotsByMember().get(chairId) : null;
        return issue(item, Tally.count(item.getVoteRule(), voters, item.recusedIds(), item.voted(), item.choices(), chairVote),
                now);
    }

    /**
     * The acuerdo's number is fixed here, when it is issued: body/kind/session/year/the item's
     * position, which can no longer change (voted items do not move). A number already issued
     * in this session is refused rather than repeated.
     */
    Acuerdo issue(AgendaItem item, Tally tally, Instant now) {
        String number = SessionRules.acuerdoNumber(session.getWorkspace().getCode(), session.getKind(),
                session.getNumber(), session.getYear(), item.getPosition());
        if (acuerdos.stream().anyMatch(a -> a.getNumber().equals(number))) {
            throw new ValidationException("session.acuerdo.numberTaken", number);
        }
        boolean approved = tally.approved();
        String result = approved ? "APPROVED" : "REJECTED";
        item.closeVote(result);
        Acuerdo a = new Acuerdo(session, item, number, ActaText.acuerdo(approved, tally.byCastingVote(), item.getTitle(),
                item.getBody()), result, tally, item.isSecret(), now);
        acuerdos.add(a);
        return a;
    }

    private Optional<Attendance> attendanceOf(long memberId) {
        return attendance.stream().filter(a -> a.getMember().getId() == memberId).findFirst();
    }
}
