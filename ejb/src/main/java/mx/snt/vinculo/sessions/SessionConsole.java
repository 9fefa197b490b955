package mx.snt.vinculo.sessions;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The session page in one read: the {@link SessionDetail} and what the chair's console and the
 * live panel add to it, each figure from one source. {@code live}: the page follows the session
 * (in progress, or convened for today); {@code pendingVoters}: the commissioners present who have
 * neither voted nor recused themselves on the current item (while its vote is open: who is
 * missing; before: who may still recuse); {@code checkIns}: members waiting for the secretary to
 * confirm their remote attendance; {@code speakers}: the current item's speakers' list;
 * {@code related}: the sessions the page names (an acta approved in, an acta an item approves),
 * by id, those the caller may see; {@code awaitingActa}: the body's closed sessions, for the
 * secretary's agenda editor.
 */
public record SessionConsole(SessionDetail detail, boolean live, boolean attendanceOpen, boolean castingVote,
                             Long chairMemberId, String chairName, List<AttendeeRow> pendingVoters,
                             List<AttendeeRow> checkIns, boolean checkedIn, boolean canCheckIn, List<SpeakerRow> speakers,
                             boolean canAskForFloor, Long myRequest, Map<Long, SessionLink> related,
                             List<SessionLink> awaitingActa, List<AttendeeRow> presentCommissioners)
        implements Serializable {

    /** The speaker who has the floor now, if any. */
    public SpeakerRow speaking() {
        return speakers.stream().filter(s -> s.state() == SpeakerRow.State.SPEAKING).findFirst().orElse(null);
    }

    public List<SpeakerRow> waiting() {
        return speakers.stream().filter(s -> s.state() == SpeakerRow.State.WAITING).toList();
    }

    public List<SpeakerRow> done() {
        return speakers.stream().filter(s -> s.state() == SpeakerRow.State.DONE).toList();
    }

    /** The session whose acta this one approved, or the one an item approves: named, if the caller may see it. */
    public SessionLink related(Long id) {
        return id == null ? null : related.get(id);
    }
}
