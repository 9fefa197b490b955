package mx.snt.vinculo.proposals;

import jakarta.json.JsonObject;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.outbox.EventPayload;

import java.time.Instant;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/** The outbox payloads of calls and proposals (the common fields from {@link EventPayload}). */
final class ProposalEvents {

    private ProposalEvents() {
    }

    static JsonObject callOpened(ProposalCall c, Instant now) {
        return EventPayload.of("CALL", c.getId(), c.getTitle(), PagePaths.call(c.getId()), c.getWorkspace().getId(),
                        c.getVisibility(), now)
                .add("closesOn", c.getClosesOn().toString()).build();
    }

    static JsonObject submitted(Proposal p, Instant now) {
        return proposal(p, now).add("body", p.getBody().getAcronym()).build();
    }

    static JsonObject stateChanged(Proposal p, ProposalState from, Instant now) {
        return proposal(p, now).add("fromState", from.name()).build();
    }

    /** The notice to the author of an accepted or rejected proposal, with the commission's answer. */
    static JsonObject decided(Proposal p, ProposalState from, String actor, Instant now) {
        return proposal(p, now).add("fromState", from.name()).add("notice", "PROPOSAL_DECIDED")
                .add("recipients", jakarta.json.Json.createArrayBuilder().add(p.getAuthor()))
                .add("actor", actor).add("answer", p.getAnswer() == null ? "" : p.getAnswer()).build();
    }

    private static jakarta.json.JsonObjectBuilder proposal(Proposal p, Instant now) {
        return EventPayload.of("PROPOSAL", p.getId(), p.getTitle(), PagePaths.proposal(p.getId()), p.getWorkspace().getId(),
                p.getVisibility(), now).add("state", p.getState().name());
    }
}
