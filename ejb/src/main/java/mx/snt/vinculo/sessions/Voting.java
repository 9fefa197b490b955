package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;

/**
 * The session in the room: attendance, the item taken up, and votes.
 *
 * <p>Voting rule: the voting members of a session are the members of its workspace with the
 * role comisionado whose attendance is PRESENT or REMOTE. Each casts their own vote (a remote
 * one only if the session allows remote voting), or the secretary records it for them; the
 * vote closes only when every voting member has voted, and yields the acuerdo. A member who
 * recused themselves from an item is out of its base and may not vote on it; the item's rule
 * ({@link VoteRule}) and the body's casting vote ({@link VotingSettings}) decide the result
 * ({@link Tally}). A secret ballot keeps who has voted, never who voted what.
 */
@Stateless
public class Voting {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Tells live viewers, once the transaction commits (see {@link LiveFeed}). */
    @Inject
    private jakarta.enterprise.event.Event<SessionChanged> liveChanges;

    /** Records how a member of the workspace attends, before or during the session. */
    public SessionDetail attendance(long id, long memberId, AttendanceStatus status) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        boolean member = sessions.isMember(s.getWorkspace().getId(), memberId);
        AttendanceStatus before = s.recordAttendance(member ? sessions.find(Member.class, memberId) : null, member, status,
                clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.attendance", before == null ? null : before.name(), status.name(),
                "member " + memberId, SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.ATTENDANCE));
        return assembler.detail(s, caller);
    }

    /** The chair takes up an item (the live view follows). */
    public SessionDetail takeUp(long id, long itemId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        AgendaItem item = access.itemOf(s, itemId);
        s.takeUp(item, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.item.current", null, String.valueOf(item.getPosition()), item.getTitle(), SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.ITEM_TAKEN_UP));
        return assembler.detail(s, caller);
    }

    public SessionDetail openVote(long id, long itemId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        AgendaItem item = access.itemOf(s, itemId);
        s.openVote(item, clock.instant());
        sessions.flush();
        audit.record(caller, "AgendaItem", itemId, "session.vote.open", VoteState.NONE.name(), VoteState.OPEN.name(), item.getTitle(), SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.VOTE_OPENED));
        return assembler.detail(s, caller);
    }

    /** A commissioner present casts their own vote while the vote is open. */
    public SessionDetail vote(long id, long itemId, VoteChoice choice) {
        Caller caller = callers.current();
        Session s = access.visible(caller, id);
        if (caller.memberId() == null) {
            throw new ValidationException("session.vote.notVoter");
        }
        return cast(caller, s, itemId, caller.memberId(), choice, true);
    }

    /** The secretary records a present commissioner's vote (for those voting in the room). */
    public SessionDetail recordVote(long id, long itemId, long memberId, VoteChoice choice) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        return cast(caller, s, itemId, memberId, choice, false);
    }

    /**
     * Closes the vote once every voting member has voted, and yields the acuerdo, numbered once
     * and for good. Approving an item "previous acta" approves that acta.
     */
    public SessionDetail closeVote(long id, long itemId) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, null);
        AgendaItem item = item(s, itemId);
        Instant now = clock.instant();
        Acuerdo a = s.closeVote(item, sessions.voters(id), sessions.votingSettings(s.getWorkspace().getId()).isCastingVote(), now);
        sessions.flush();
        audit.record(caller, "AgendaItem", itemId, "session.vote.close", VoteState.OPEN.name(), a.getResult(),
                a.getNumber() + " " + a.getVotesFor() + "-" + a.getVotesAgainst() + "-" + a.getAbstentions(), SessionAccess.auditScope(s));
        if ("APPROVED".equals(a.getResult()) && item.getKind() == ItemKind.PREVIOUS_ACTA && item.getRefSessionId() != null) {
            Session previous = sessions.find(item.getRefSessionId());
            // Only a closed session's acta awaits approval; any other state is left as it is.
            if (previous != null && previous.getState().canMoveTo(SessionState.ACTA_APPROVED)) {
                previous.actaApprovedIn(s.getId(), now);
                sessions.flush();
                audit.record(caller, "Session", previous.getId(), "session.acta.approve", SessionState.CLOSED.name(),
                        SessionState.ACTA_APPROVED.name(), a.getNumber(), SessionAccess.auditScope(previous));
            }
        }
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.VOTE_CLOSED));
        return assembler.detail(s, caller);
    }

    /**
     * A commissioner present recuses themselves from an item ({@code memberId} null), or the
     * secretary records a member's recusal, before the item's vote closes.
     */
    public SessionDetail recuse(long id, long itemId, Long memberId, String reason) {
        Caller caller = callers.current();
        Session s;
        long who;
        if (memberId == null || memberId.equals(caller.memberId())) {
            s = access.visible(caller, id);
            if (caller.memberId() == null) {
                throw new ValidationException("session.recusal.notVoter");
            }
            who = caller.memberId();
        } else {
            s = access.manageable(caller, id, null);
            who = memberId;
        }
        AgendaItem item = item(s, itemId);
        s.recuse(item, sessions.find(Member.class, who), sessions.voters(id), reason, caller.username(), clock.instant());
        sessions.flush();
        audit.record(caller, "AgendaItem", itemId, "session.recusal", null, null, "member " + who, SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.RECUSAL));
        return assembler.detail(s, caller);
    }

    private SessionDetail cast(Caller caller, Session s, long itemId, long memberId, VoteChoice choice, boolean self) {
        AgendaItem item = item(s, itemId);
        s.castVote(item, sessions.find(Member.class, memberId), sessions.voters(s.getId()), choice, self, caller.username(),
                clock.instant());
        sessions.flush();
        // A secret ballot's trail says who voted, never what.
        audit.record(caller, "AgendaItem", itemId, "session.vote.cast", null, item.isSecret() ? null : choice.name(),
                "member " + memberId, SessionAccess.auditScope(s));
        liveChanges.fire(new SessionChanged(s.getId(), SessionChanged.Change.VOTE_CAST));
        return assembler.detail(s, caller);
    }

    /** The item, locked: two ballots, or a ballot and the closing, never interleave on it. */
    private AgendaItem item(Session s, long itemId) {
        if (s.getState() != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", s.getState().name());
        }
        AgendaItem item = access.itemOf(s, itemId);
        sessions.lock(item);
        return item;
    }
}
