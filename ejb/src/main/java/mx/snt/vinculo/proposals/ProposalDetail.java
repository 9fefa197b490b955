package mx.snt.vinculo.proposals;

import mx.snt.vinculo.library.Topic;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One proposal with everything its page shows, and what the caller may do with it. */
public record ProposalDetail(long id, Long callId, String callTitle, long commissionId, String commissionAcronym,
                           long bodyId, String bodyAcronym, String author, String title, String summary, String text,
                           Topic topic, ProposalState state, String answer, int adhesionCount, Long libraryEntryId,
                           Instant submittedAt, Instant updatedAt, long version,
                           List<Adhesion> adhesions, List<Comment> comments, List<FileItem> files, List<Step> history,
                           Permissions can, Long agendaSessionId, Long agendaItemId, String agendaSessionLabel,
                           List<SessionOption> agendaSessions, String authorName) implements Serializable {

    /** A session of the commission whose agenda is still open (planned or convened): where the proposal may go. */
    public record SessionOption(long id, String label, Instant startsAt) implements Serializable {
    }

    /** {@code name}: how pages name who adhered (given and family name). */
    public record Adhesion(long bodyId, String bodyAcronym, String username, Instant at, String name) implements Serializable {
    }

    /** A comment; replies are listed under their parent. Hidden comments show only to the commission. */
    public record Comment(long id, Long parentId, String author, String text, boolean hidden, Instant createdAt,
                          Instant editedAt, long version, boolean editable, List<Comment> replies, String authorName)
            implements Serializable {
    }

    public record FileItem(long fileId, String name, String mediaType, long size) implements Serializable {
    }

    /** A line of the proposal's history (from the audit trail). */
    public record Step(Instant at, String actor, String action, String fromState, String toState, String detail,
                       String actorName) implements Serializable {
    }

    /** What the caller may do now (the service checks again when they do it). */
    public record Permissions(boolean evaluate, boolean decide, boolean withdraw, boolean adhere, boolean withdrawAdhesion,
                              boolean comment, boolean moderate, boolean toLibrary,
                              boolean toAgenda) implements Serializable {
    }
}
