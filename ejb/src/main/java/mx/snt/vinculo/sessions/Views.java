package mx.snt.vinculo.sessions;

import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What pages and the API show of sessions (records: in EL use method syntax, {@code #{s.title()}}). */
public final class Views {
    private Views() {
    }

    /** A row of a list or a calendar. */
    public record SessionSummary(long id, long workspaceId, String workspaceCode, SessionKind kind, int number, int year,
                                 String title, Instant startsAt, int durationMinutes, String place, SessionState state,
                                 Visibility visibility) implements Serializable {
        public Instant endsAt() {
            return startsAt.plusSeconds(durationMinutes * 60L);
        }
    }

    /** One agenda item with its tally and attachments. */
    public record ItemView(long id, int position, ItemKind kind, String title, String presenter, String body,
                           Long refSessionId, VoteState voteState, String result, String reorderReason,
                           long votesFor, long votesAgainst, long abstentions, List<FileRef> files,
                           VoteChoice myVote, Long proposalId) implements Serializable {
        public long votesCast() {
            return votesFor + votesAgainst + abstentions;
        }
    }

    /** A member of the session's workspace and how they attended (null: not recorded yet). */
    public record AttendeeView(long memberId, String username, String name, boolean commissioner,
                               AttendanceStatus status) implements Serializable {
        public boolean present() {
            return status != null && status.present();
        }
    }

    public record AcuerdoView(long id, long sessionId, String number, String text, String result, int votesFor,
                              int votesAgainst, int abstentions, Instant adoptedAt) implements Serializable {
    }

    /** Everything the session page shows, read in one service call. */
    public record SessionDetail(long id, long workspaceId, String workspaceCode, String workspaceName, SessionKind kind,
                                int number, int year, String title, Instant startsAt, int durationMinutes, String place,
                                String remoteUrl, String livestreamUrl, String recordingUrl, boolean remoteVoting,
                                SessionState state, String cancelReason, Visibility visibility, Long currentItemId,
                                Instant convenedAt, Instant startedAt, Instant endedAt, String actaText,
                                Long actaApprovedIn, long version, List<ItemView> items, List<AttendeeView> attendees,
                                List<AcuerdoView> acuerdos, long quorumBase, long present, boolean canManage,
                                boolean canVote) implements Serializable {
        public boolean quorum() {
            return SessionRules.hasQuorum(present, quorumBase);
        }

        public long quorumNeeded() {
            return SessionRules.quorumNeeded(quorumBase);
        }

        public ItemView currentItem() {
            return items.stream().filter(i -> currentItemId != null && i.id() == currentItemId).findFirst().orElse(null);
        }

        public String label() {
            return SessionRules.label(kind, number, year);
        }
    }
}
