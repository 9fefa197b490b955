package mx.snt.vinculo.sessions;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds the {@link SessionDetail} of a session for a caller: the read side of sessions, in a
 * fixed number of queries (items, tallies, the caller's ballots, files, attendance, members,
 * acuerdos, quorum), none per row.
 */
@Stateless
public class SessionAssembler {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public SessionDetail detail(Session s, Caller caller) {
        long id = s.getId();
        List<AgendaItem> items = em.createQuery("SELECT i FROM AgendaItem i WHERE i.session.id = :s ORDER BY i.position",
                AgendaItem.class).setParameter("s", id).getResultList();
        Map<Long, long[]> tallies = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT b.item.id, b.choice, COUNT(b) FROM Ballot b WHERE b.item.session.id = :s"
                + " GROUP BY b.item.id, b.choice", Object[].class).setParameter("s", id).getResultList()) {
            long[] t = tallies.computeIfAbsent((Long) row[0], k -> new long[3]);
            t[((VoteChoice) row[1]).ordinal()] = (Long) row[2];
        }
        // A vote recorded outside the hub (the demo seed, a migration) has no ballots: its acuerdo holds the count.
        for (Object[] row : em.createQuery("SELECT a.item.id, a.votesFor, a.votesAgainst, a.abstentions FROM Acuerdo a"
                + " WHERE a.session.id = :s", Object[].class).setParameter("s", id).getResultList()) {
            tallies.computeIfAbsent((Long) row[0], k -> new long[]{((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()});
        }
        Map<Long, VoteChoice> mine = new HashMap<>();
        if (caller.memberId() != null) {
            for (Object[] row : em.createQuery("SELECT b.item.id, b.choice FROM Ballot b WHERE b.item.session.id = :s"
                    + " AND b.member.id = :m", Object[].class).setParameter("s", id).setParameter("m", caller.memberId())
                    .getResultList()) {
                mine.put((Long) row[0], (VoteChoice) row[1]);
            }
        }
        Map<Long, List<FileRef>> attached = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT f.item.id, sf.id, sf.originalName, sf.mediaType, sf.size, sf.sha256,"
                        + " sf.uploadedBy, sf.uploadedAt FROM ItemFile f, StoredFile sf WHERE sf.id = f.fileId"
                        + " AND f.item.session.id = :s ORDER BY f.id", Object[].class)
                .setParameter("s", id).getResultList()) {
            attached.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new FileRef((Long) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).longValue(), (String) row[5], (String) row[6], (Instant) row[7]));
        }
        Map<Long, AttendanceStatus> status = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.member.id, a.status FROM Attendance a WHERE a.session.id = :s", Object[].class)
                .setParameter("s", id).getResultList()) {
            status.put((Long) row[0], (AttendanceStatus) row[1]);
        }
        // The body's members and whoever was recorded attending (a member then: the acta and the page name them even if
        // the directory has not, yet or any longer, their membership, as the quorum counts them, SessionRepository.quorum).
        // Their ids first, so that the people are read by primary key (an OR of two subqueries read every member), and
        // the people as values, not entities: a commission has hundreds of members, and managed Member entities cost
        // EclipseLink a change comparison of each one (and of its roles) when the page's transaction ends.
        Set<Long> membership = new java.util.LinkedHashSet<>(em.createQuery("SELECT ms.member.id FROM Membership ms"
                + " WHERE ms.workspace.id = :ws", Long.class).setParameter("ws", s.getWorkspace().getId()).getResultList());
        Set<Long> whose = new HashSet<>(membership);
        whose.addAll(status.keySet());
        Map<Long, Set<Role>> roles = new HashMap<>();
        for (Object[] row : whose.isEmpty() ? List.<Object[]>of() : em.createQuery("SELECT m.id, r FROM Member m JOIN m.roles r"
                + " WHERE m.id IN :ids", Object[].class).setParameter("ids", whose).getResultList()) {
            roles.computeIfAbsent((Long) row[0], k -> java.util.EnumSet.noneOf(Role.class)).add((Role) row[1]);
        }
        List<AttendeeRow> attendees = AttendeeRow.sortedByName((whose.isEmpty() ? List.<Object[]>of() : em.createQuery("SELECT m.id, m.username,"
                        + " m.firstName, m.lastName, hb.name FROM Member m LEFT JOIN m.homeBody hb WHERE m.id IN :ids", Object[].class)
                .setParameter("ids", whose).getResultList()).stream()
                .map(m -> {
                    Set<Role> has = roles.getOrDefault((Long) m[0], Set.of());
                    return new AttendeeRow((Long) m[0], (String) m[1], Member.displayName((String) m[1], (String) m[2], (String) m[3]),
                            has.contains(Role.COMISIONADO), status.get((Long) m[0]), has.contains(Role.SECRETARIO_TECNICO), (String) m[4]);
                })
                .toList());

        // Named ballots of closed open votes only: a secret ballot has none, an open vote shows counts until it closes.
        Map<Long, Map<Long, VoteChoice>> named = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT b.item.id, b.member.id, b.choice FROM Ballot b WHERE b.item.session.id = :s"
                        + " AND b.member IS NOT NULL AND b.item.secret = :open AND b.item.voteState = :closed", Object[].class)
                .setParameter("s", id).setParameter("open", false).setParameter("closed", VoteState.CLOSED).getResultList()) {
            named.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (VoteChoice) row[2]);
        }
        // Those who recuse themselves are commissioners present, members of the body: their names are the attendees'.
        Map<Long, String> names = new HashMap<>();
        attendees.forEach(a -> names.put(a.memberId(), a.name()));
        Map<Long, List<RecusalRow>> recusals = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.item.id, m.id, m.username, r.reason FROM Recusal r JOIN r.member m"
                + " WHERE r.item.session.id = :s ORDER BY r.id", Object[].class).setParameter("s", id).getResultList()) {
            recusals.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new RecusalRow((Long) row[1],
                    names.getOrDefault((Long) row[1], (String) row[2]), (String) row[3]));
        }
        Set<Long> votedSecretly = new HashSet<>();
        if (caller.memberId() != null) {
            votedSecretly.addAll(em.createQuery("SELECT v.item.id FROM SecretVoter v WHERE v.item.session.id = :s"
                    + " AND v.member.id = :m", Long.class).setParameter("s", id).setParameter("m", caller.memberId()).getResultList());
        }
        List<ItemRow> itemRows = items.stream().map(i -> {
            long[] t = tallies.getOrDefault(i.getId(), new long[3]);
            List<RecusalRow> out = List.copyOf(recusals.getOrDefault(i.getId(), List.of()));
            // A vote recorded outside the hub (the demo seed) has counts and no ballots: no roll call to show.
            List<RollCallRow> roll = i.getVoteState() == VoteState.CLOSED && !i.isSecret() && named.containsKey(i.getId())
                    ? rollCall(attendees, named.get(i.getId()), out) : List.of();
            return new ItemRow(i.getId(), i.getPosition(), i.getKind(), i.getTitle(), i.getPresenter(), i.getBody(),
                    i.getRefSessionId(), i.getVoteState(), i.getResult(), i.getReorderReason(), t[0], t[1], t[2],
                    List.copyOf(attached.getOrDefault(i.getId(), List.of())), mine.get(i.getId()), i.getProposalId(),
                    i.getVoteRule(), i.isSecret(), votedSecretly.contains(i.getId()), out, roll);
        }).toList();

        List<AcuerdoRow> acuerdos = em.createQuery("SELECT NEW mx.snt.vinculo.sessions.AcuerdoRow(a.id, s.id, a.number,"
                        + " a.text, a.result, a.votesFor, a.votesAgainst, a.abstentions, a.adoptedAt, a.voteRule, a.secret,"
                        + " a.castingVote, a.recusals) FROM Acuerdo a JOIN a.session s"
                        + " WHERE s.id = :s ORDER BY a.number", AcuerdoRow.class)
                .setParameter("s", id).getResultList();
        // The quorum from the members, attendance and roles read above (SessionRepository.quorum reads the same).
        Set<Long> commissioners = new HashSet<>();
        roles.forEach((member, has) -> {
            if (has.contains(Role.COMISIONADO)) {
                commissioners.add(member);
            }
        });
        Quorum quorum = SessionRepository.quorum(SessionSettings.quorumBase(), membership, status, commissioners);
        boolean manage = SessionAccess.canManage(caller, s.getWorkspace().getId());
        AttendanceStatus own = caller.memberId() == null ? null : status.get(caller.memberId());
        boolean canVote = own != null && s.getState() == SessionState.IN_PROGRESS && caller.has(Role.COMISIONADO)
                && own.present() && (s.isRemoteVoting() || own == AttendanceStatus.PRESENT);
        // The remote-meeting link is for those who sit in the session, never for the public or a citizen
        // (a public session's visitors get the livestream, not the room).
        String remoteUrl = caller.signedIn() && (manage || caller.workspaceIds().contains(s.getWorkspace().getId()))
                ? s.getRemoteUrl() : null;
        return new SessionDetail(id, s.getWorkspace().getId(), s.getWorkspace().getCode(), s.getWorkspace().getName(),
                s.getKind(), s.getNumber(), s.getYear(), s.getTitle(), s.getStartsAt(), s.getDurationMinutes(), s.getPlace(),
                remoteUrl, s.getLivestreamUrl(), s.getRecordingUrl(), s.isRemoteVoting(), s.getState(),
                s.getCancelReason(), s.getVisibility(), s.getCurrentItemId(), s.getConvenedAt(), s.getStartedAt(),
                s.getEndedAt(), s.getActaText(), s.getActaApprovedIn(), s.getVersion(), itemRows, attendees, acuerdos,
                quorum.base(), quorum.present(), manage, canVote);
    }

    /** Each commissioner of the body on one item: their vote, their recusal, or absent (not among the voters). */
    static List<RollCallRow> rollCall(List<AttendeeRow> attendees, Map<Long, VoteChoice> votes, List<RecusalRow> recused) {
        Set<Long> out = new HashSet<>();
        recused.forEach(r -> out.add(r.memberId()));
        return attendees.stream().filter(AttendeeRow::commissioner).map(a -> {
            VoteChoice c = votes.get(a.memberId());
            RollCallRow.RollCallVote v = c != null ? RollCallRow.RollCallVote.valueOf(c.name())
                    : out.contains(a.memberId()) ? RollCallRow.RollCallVote.RECUSED : RollCallRow.RollCallVote.ABSENT;
            return new RollCallRow(a.memberId(), a.name(), v);
        }).toList();
    }
}
