package mx.snt.vinculo.sessions;

import mx.snt.vinculo.files.FileRef;

import java.io.Serializable;
import java.util.List;

/**
 * One agenda item with its tally and attachments, how it is voted, who recused themselves and,
 * once an open (not secret) vote closed, each commissioner's vote ({@code rollCall}). A secret
 * ballot shows counts only: its roll call is empty, and {@code votedSecretly} tells the caller
 * only that their vote was counted.
 */
public record ItemRow(long id, int position, ItemKind kind, String title, String presenter, String body,
                       Long refSessionId, VoteState voteState, String result, String reorderReason,
                       long votesFor, long votesAgainst, long abstentions, List<FileRef> files,
                       VoteChoice myVote, Long proposalId, VoteRule voteRule, boolean secret, boolean votedSecretly,
                       List<RecusalRow> recusals, List<RollCallRow> rollCall) implements Serializable {

    /** An item voted openly by simple majority, nobody recused, no roll call. */
    public ItemRow(long id, int position, ItemKind kind, String title, String presenter, String body,
                   Long refSessionId, VoteState voteState, String result, String reorderReason,
                   long votesFor, long votesAgainst, long abstentions, List<FileRef> files,
                   VoteChoice myVote, Long proposalId) {
        this(id, position, kind, title, presenter, body, refSessionId, voteState, result, reorderReason, votesFor,
                votesAgainst, abstentions, files, myVote, proposalId, VoteRule.SIMPLE_MAJORITY_PRESENT, false, false,
                List.of(), List.of());
    }

    public long votesCast() {
        return votesFor + votesAgainst + abstentions;
    }
}
