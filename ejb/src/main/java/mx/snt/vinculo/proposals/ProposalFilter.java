package mx.snt.vinculo.proposals;

import mx.snt.vinculo.library.Topic;

import java.io.Serializable;

/** Filters of the proposal list, all optional. */
public record ProposalFilter(Long callId, Long commissionId, ProposalState state, Long bodyId, Topic topic)
        implements Serializable {
    public static ProposalFilter none() {
        return new ProposalFilter(null, null, null, null, null);
    }
}
