package mx.snt.vinculo.sessions;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Everything the session page shows, read in one service call. */
public record SessionDetail(long id, long workspaceId, String workspaceCode, String workspaceName, SessionKind kind,
                            int number, int year, String title, Instant startsAt, int durationMinutes, String place,
                            String remoteUrl, String livestreamUrl, String recordingUrl, boolean remoteVoting,
                            SessionState state, String cancelReason, Visibility visibility, Long currentItemId,
                            Instant convenedAt, Instant startedAt, Instant endedAt, String actaText,
                            Long actaApprovedIn, long version, List<ItemRow> items, List<AttendeeRow> attendees,
                            List<AcuerdoRow> acuerdos, long quorumBase, long present, boolean canManage,
                            boolean canVote) implements Serializable {
    public boolean quorum() {
        return SessionRules.hasQuorum(present, quorumBase);
    }

    public long quorumNeeded() {
        return SessionRules.quorumNeeded(quorumBase);
    }

    public ItemRow currentItem() {
        return items.stream().filter(i -> currentItemId != null && i.id() == currentItemId).findFirst().orElse(null);
    }

    /** The attendees whose attendance was recorded, by name: what a reader of the session looks for. */
    public List<AttendeeRow> recorded() {
        return attendees.stream().filter(a -> a.status() != null).toList();
    }

    /** How many members have no attendance recorded, and their names in one line (a body has hundreds). */
    public long unrecordedCount() {
        return attendees.stream().filter(a -> a.status() == null).count();
    }

    public String unrecordedNames() {
        return attendees.stream().filter(a -> a.status() == null).map(AttendeeRow::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String label() {
        return SessionRules.label(kind, number, year);
    }
}
