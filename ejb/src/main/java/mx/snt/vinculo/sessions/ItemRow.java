package mx.snt.vinculo.sessions;

import mx.snt.vinculo.files.FileRef;

import java.io.Serializable;
import java.util.List;

/** One agenda item with its tally and attachments. */
public record ItemRow(long id, int position, ItemKind kind, String title, String presenter, String body,
                       Long refSessionId, VoteState voteState, String result, String reorderReason,
                       long votesFor, long votesAgainst, long abstentions, List<FileRef> files,
                       VoteChoice myVote, Long proposalId) implements Serializable {
    public long votesCast() {
        return votesFor + votesAgainst + abstentions;
    }
}
