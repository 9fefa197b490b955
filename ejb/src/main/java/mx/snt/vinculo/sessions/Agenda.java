package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order of the day of one session, as its {@link Session} maps it: the items in order and
 * the rules of their places. Part of the aggregate (the session is the only way in).
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

    /** A new item at the end. */
    AgendaItem append(Session session, ItemInput in, Long refSessionId) {
        AgendaItem item = new AgendaItem(session, items.size() + 1, in.kind(), in.title(), in.presenter(), in.body(),
                refSessionId);
        items.add(item);
        return item;
    }

    /** Takes an item out and closes the gap. */
    void remove(AgendaItem item) {
        items.remove(item);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position(i + 1, null);
        }
    }

    /**
     * Puts an item at a new place, the others shifting. Refused when a voted item (or one being
     * voted) would change place, by moving it or by moving another across it: its acuerdo's
     * number carries its place.
     */
    void move(AgendaItem item, int newPosition, String reason) {
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
            order.get(i).position(i + 1, order.get(i) == item ? reason : null);
        }
        items.clear();
        items.addAll(order);
    }
}
