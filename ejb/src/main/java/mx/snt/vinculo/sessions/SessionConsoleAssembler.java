package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link SessionConsole}: the session's detail plus the floor (who has not voted yet,
 * remote check-ins, the speakers' list, the sessions the page names), in a fixed number of
 * queries; names come from the detail's attendees (every member of the body), never one per row.
 */
@Stateless
public class SessionConsoleAssembler {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private SessionAssembler details;

    @EJB
    private SessionRepository sessions;

    @Inject
    private Clock clock;

    public SessionConsole console(Session s, Caller caller) {
        SessionDetail d = details.detail(s, caller);
        Instant now = clock.instant();
        Map<Long, AttendeeRow> people = new HashMap<>();
        d.attendees().forEach(a -> people.put(a.memberId(), a));
        boolean inProgress = d.state() == SessionState.IN_PROGRESS;
        boolean live = inProgress || (d.state() == SessionState.CONVENED
                && d.startsAt().atZone(MexicoCity.ZONE).toLocalDate().equals(MexicoCity.today(clock)));

        ItemRow current = d.currentItem();
        List<AttendeeRow> pending = new ArrayList<>();
        List<SpeakerRow> speakers = new ArrayList<>();
        if (inProgress && current != null) {
            Set<Long> done = new HashSet<>(em.createQuery("SELECT b.member.id FROM Ballot b WHERE b.item.id = :i"
                    + " AND b.member IS NOT NULL", Long.class).setParameter("i", current.id()).getResultList());
            done.addAll(em.createQuery("SELECT v.member.id FROM SecretVoter v WHERE v.item.id = :i", Long.class)
                    .setParameter("i", current.id()).getResultList());
            current.recusals().forEach(r -> done.add(r.memberId()));
            if (current.voteState() != VoteState.CLOSED) {
                for (Long voter : sessions.voters(d.id())) {
                    if (!done.contains(voter) && people.containsKey(voter)) {
                        pending.add(people.get(voter));
                    }
                }
                pending.sort(AttendeeRow.byName());
            }
            for (Object[] r : em.createQuery("SELECT t.id, t.member.id, t.requestedAt, t.startedAt, t.endedAt FROM SpeakingTurn t"
                    + " WHERE t.session.id = :s AND t.item.id = :i ORDER BY t.requestedAt, t.id", Object[].class)
                    .setParameter("s", d.id()).setParameter("i", current.id()).getResultList()) {
                long member = (Long) r[1];
                AttendeeRow who = people.get(member);
                speakers.add(SpeakerRow.of((Long) r[0], current.id(), member, who == null ? "" : who.name(), (Instant) r[2],
                        (Instant) r[3], (Instant) r[4], now));
            }
        }

        List<AttendeeRow> checkIns = new ArrayList<>();
        Long me = caller.memberId();
        boolean mineWaiting = false;
        for (Long member : em.createQuery("SELECT c.member.id FROM RemoteCheckIn c WHERE c.session.id = :s"
                + " AND c.confirmedAt IS NULL ORDER BY c.checkedInAt", Long.class).setParameter("s", d.id()).getResultList()) {
            AttendeeRow who = people.get(member);
            // Recorded as attending meanwhile (by the secretary): nothing left to confirm.
            if (who != null && !who.present()) {
                checkIns.add(who);
                mineWaiting |= member.equals(me);
            }
        }
        AttendeeRow self = me == null ? null : people.get(me);
        boolean attendanceOpen = s.isAttendanceOpen();
        boolean canCheckIn = attendanceOpen && self != null && !self.present() && !mineWaiting
                && (d.state() == SessionState.CONVENED || inProgress);
        Long myRequest = speakers.stream().filter(t -> me != null && t.memberId() == me
                && t.state() == SpeakerRow.State.WAITING).map(SpeakerRow::id).findFirst().orElse(null);
        boolean speakingNow = speakers.stream().anyMatch(t -> me != null && t.memberId() == me && t.state() == SpeakerRow.State.SPEAKING);
        boolean canAsk = inProgress && current != null && self != null && self.present() && myRequest == null && !speakingNow;

        Set<Long> refs = new LinkedHashSet<>();
        d.items().forEach(i -> {
            if (i.refSessionId() != null) {
                refs.add(i.refSessionId());
            }
        });
        if (d.actaApprovedIn() != null) {
            refs.add(d.actaApprovedIn());
        }
        Map<Long, SessionLink> related = new HashMap<>();
        for (SessionRow r : sessions.rows(refs)) {
            if (VisibilityRule.canSee(caller, r.workspaceId(), r.visibility())) {
                related.put(r.id(), SessionLink.of(r));
            }
        }
        List<SessionLink> awaiting = d.canManage() && d.state().agendaEditable()
                ? sessions.awaitingActaApproval(d.workspaceId(), d.id()).stream().map(SessionLink::of).toList() : List.of();
        List<AttendeeRow> presentCommissioners = d.attendees().stream().filter(a -> a.commissioner() && a.present()).toList();
        VotingSettings rules = sessions.votingSettings(d.workspaceId());
        Long chair = s.getChairMemberId();
        return new SessionConsole(d, live, attendanceOpen, rules.isCastingVote(), chair,
                chair == null || !people.containsKey(chair) ? null : people.get(chair).name(), List.copyOf(pending),
                List.copyOf(checkIns), mineWaiting, canCheckIn, List.copyOf(speakers), canAsk, myRequest, Map.copyOf(related),
                awaiting, presentCommissioners);
    }
}
