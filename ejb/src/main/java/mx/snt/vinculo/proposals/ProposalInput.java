package mx.snt.vinculo.proposals;

import mx.snt.vinculo.library.Topic;

import java.io.Serializable;

/** A new proposal: to a call (callId) or free to a commission (commissionId). */
public record ProposalInput(Long callId, Long commissionId, String title, String summary, String text, Topic topic)
        implements Serializable {
}
