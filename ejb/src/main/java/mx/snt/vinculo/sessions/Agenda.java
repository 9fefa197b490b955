package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order of the day of one session, as its {@link Session} maps it: the items in order, the
 * checks of their contents and the rules of their places (when and why they may move). Part of
 * the aggregate: the session is the only way in.
 */
final class Agenda {

    private final List<AgendaItem> items;

    Agenda(List<AgendaItem> items) {
        this.items = items;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    Optional<AgendaItem> first() {
        return items.stream().findFirst();
    }

    Optional<AgendaItem> byId(Long id) {
        return items.stream().filter(i -> i.getId() != null && i.getId().equals(id)).findFirst();
    }

    boolean voteOpen() {
        return items.stream().anyMatch(i -> i.getVoteState() == VoteState.OPEN);
    }

    /**
     * A new item at the end, checked; {@code ref} is the session whose acta it approves,
     * {@code proposalId} the accepted proposal it comes from (both may be null).
     */
    AgendaItem add(Session owner, ItemInput in, Session ref, Long proposalId) {
        ItemInput v = checked(owner, in, ref);
        AgendaItem item = new AgendaItem(owner, items.size() + 1, v.kind(), v.title(), v.presenter(), v.body(),
                ref == null ? null : ref.getId());
        if (proposalId != null) {
            item.fromProposal(proposalId);
        }
        item.voting(v.voteRule(), v.secret());
        items.add(item);
        return item;
    }

    /** New contents for an item, checked like a new one. */
    void edit(Session owner, AgendaItem item, ItemInput in, Session ref) {
        ItemInput v = checked(owner, in, ref);
        item.edit(v.kind(), v.title(), v.presenter(), v.body(), ref == null ? null : ref.getId());
        item.voting(v.voteRule(), v.secret());
    }

    /** Takes an item out and closes the gap. */
    void remove(AgendaItem item) {
        items.remove(item);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position(i + 1, null);
        }
    }

    /**
     * Puts an item at a new place, the others shifting: while the agenda is editable, or during
     * the session ({@code state}) with a recorded reason. Refused when a voted item (or one being
     * voted) would change place, by moving it or by moving another across it: its acuerdo's
     * number carries its place.
     */
    void move(SessionState state, AgendaItem item, int newPosition, String reason) {
        if (!state.agendaEditable() && state != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        String why = SessionPlan.strip(reason);
        if (state == SessionState.IN_PROGRESS && why == null) {
            throw new ValidationException("session.item.reorderReason");
        }
        if (newPosition < 1 || newPosition > items.size()) {
            throw new ValidationException("session.item.position", items.size());
        }
        List<AgendaItem> order = new ArrayList<>(items);
        order.remove(item);
        order.add(newPosition - 1, item);
        for (int i = 0; i < order.size(); i++) {
            AgendaItem other = order.get(i);
            if (other.isVoted() && other.getPosition() != i + 1) {
                throw new ValidationException("session.item.votedCannotMove", other.getPosition(), other.getTitle());
            }
        }
        for (int i = 0; i < order.size(); i++) {
            order.get(i).position(i + 1, order.get(i) == item ? why : null);
        }
        items.clear();
        items.addAll(order);
    }

    private static ItemInput checked(Session owner, ItemInput in, Session ref) {
        ItemInput v = ItemInput.checked(in);
        // The acta to approve must be another session of the same body.
        if (in.refSessionId() != null
                && (ref == null || !ref.getWorkspace().getId().equals(owner.getWorkspace().getId()) || ref == owner)) {
            throw new ValidationException("session.item.refOtherBody");
        }
        return v;
    }
}
