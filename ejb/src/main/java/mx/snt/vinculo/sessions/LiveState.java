package mx.snt.vinculo.sessions;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * What a session's live viewers follow, the same for each of them: its state, attendance figures, the item taken up
 * with its count, and the result of each vote that closed (with each commissioner's vote unless secret). It holds
 * nothing a viewer of the session may not see — never the remote-meeting link — so one copy serves every viewer: the
 * public live page renders it, and {@link #json()} is the message pushed to every open page after each change.
 */
public record LiveState(long sessionId, String label, String title, String workspaceName, SessionState state,
                        long present, long quorumBase, boolean quorum, Item current, List<Result> results,
                        String livestreamUrl, String livestreamEmbed, SessionChanged.Change change, Instant at)
        implements Serializable {

    /** The item taken up: its count moves while its vote is open. */
    public record Item(long id, int position, String title, VoteState voteState, boolean secret, long votesFor,
                       long votesAgainst, long abstentions) implements Serializable {
    }

    /** A closed vote: counts, result, acuerdo, and the roll call (empty for a secret ballot). */
    public record Result(long itemId, int position, String title, String result, long votesFor, long votesAgainst,
                         long abstentions, boolean secret, String acuerdo, List<RollCallRow> rollCall) implements Serializable {
        public boolean approved() {
            return "APPROVED".equals(result);
        }
    }

    static LiveState of(SessionDetail d, SessionChanged.Change change, Instant at) {
        ItemRow c = d.currentItem();
        Item current = c == null ? null : new Item(c.id(), c.position(), c.title(), c.voteState(), c.secret(), c.votesFor(),
                c.votesAgainst(), c.abstentions());
        List<Result> results = d.items().stream().filter(i -> i.voteState() == VoteState.CLOSED)
                .map(i -> new Result(i.id(), i.position(), i.title(), i.result(), i.votesFor(), i.votesAgainst(), i.abstentions(),
                        i.secret(), acuerdoOf(d, i),
                        i.secret() ? List.of() : i.rollCall()))
                .toList();
        return new LiveState(d.id(), d.label(), d.title(), d.workspaceName(), d.state(), d.present(), d.quorumBase(), d.quorum(),
                current, results, d.livestreamUrl(), Livestream.embed(d.livestreamUrl()).orElse(null), change, at);
    }

    /** The acuerdo an item's vote yielded: its number ends with the item's place, which never moves once voted. */
    private static String acuerdoOf(SessionDetail d, ItemRow i) {
        String suffix = String.format("/%02d", i.position());
        return d.acuerdos().stream().map(AcuerdoRow::number).filter(n -> n.endsWith(suffix)).findFirst().orElse(null);
    }

    /** Whether a viewer's controls may change (anything but a vote cast, which only moves the counts). */
    public boolean structural() {
        return change != SessionChanged.Change.VOTE_CAST;
    }

    /** The pushed message: compact, with the change and its moment (epoch milliseconds) for the viewers and the benchmark. */
    public String json() {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("session", sessionId)
                .add("change", change == null ? "NONE" : change.name())
                .add("structural", structural())
                .add("at", at == null ? 0 : at.toEpochMilli())
                .add("state", state.name())
                .add("present", present)
                .add("quorumBase", quorumBase)
                .add("quorum", quorum);
        if (current == null) {
            o.addNull("current");
        } else {
            o.add("current", JSON.createObjectBuilder().add("id", current.id()).add("position", current.position())
                    .add("title", current.title()).add("voteState", current.voteState().name()).add("secret", current.secret())
                    .add("for", current.votesFor()).add("against", current.votesAgainst()).add("abstain", current.abstentions()));
        }
        JsonArrayBuilder rs = JSON.createArrayBuilder();
        for (Result r : results) {
            JsonArrayBuilder roll = JSON.createArrayBuilder();
            r.rollCall().forEach(v -> roll.add(JSON.createObjectBuilder().add("name", v.name()).add("vote", v.vote().name())));
            JsonObjectBuilder ro = JSON.createObjectBuilder().add("id", r.itemId()).add("position", r.position())
                    .add("title", r.title()).add("result", r.result() == null ? "" : r.result())
                    .add("for", r.votesFor()).add("against", r.votesAgainst()).add("abstain", r.abstentions())
                    .add("secret", r.secret()).add("rollCall", roll);
            if (r.acuerdo() == null) {
                ro.addNull("acuerdo");
            } else {
                ro.add("acuerdo", r.acuerdo());
            }
            rs.add(ro);
        }
        return o.add("results", rs).build().toString();
    }
}
