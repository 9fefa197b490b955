package mx.snt.vinculo.proposals;

import mx.snt.vinculo.library.Topic;

import java.io.Serializable;
import java.time.Instant;

/** A proposal in a list (one constructor query, no query per row). */
public record ProposalRow(long id, String title, String bodyAcronym, String commissionAcronym, Topic topic,
                              ProposalState state, int adhesions, String author, Instant submittedAt, Long callId)
        implements Serializable {
}
