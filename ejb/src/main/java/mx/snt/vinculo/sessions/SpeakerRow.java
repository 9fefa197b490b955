package mx.snt.vinculo.sessions;

import java.io.Serializable;
import java.time.Instant;

/**
 * A request for the floor as the live page lists it. {@code seconds}: the time used so far
 * (speaking: up to the moment the page was built, which the timer carries on from; done: the
 * whole turn; waiting or withdrawn: 0).
 */
public record SpeakerRow(long id, long itemId, long memberId, String name, State state, Instant requestedAt,
                         Instant startedAt, long seconds) implements Serializable {

    public enum State { WAITING, SPEAKING, DONE, WITHDRAWN }

    /** The time used as mm:ss (h:mm:ss past an hour). */
    public String used() {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }

    /** A turn as stored (started and ended may be null), at {@code now}. */
    static SpeakerRow of(long id, long itemId, long memberId, String name, Instant requestedAt, Instant startedAt,
                         Instant endedAt, Instant now) {
        State state = startedAt == null ? (endedAt == null ? State.WAITING : State.WITHDRAWN)
                : endedAt == null ? State.SPEAKING : State.DONE;
        long seconds = switch (state) {
            case SPEAKING -> Math.max(0, java.time.Duration.between(startedAt, now).getSeconds());
            case DONE -> java.time.Duration.between(startedAt, endedAt).getSeconds();
            default -> 0;
        };
        return new SpeakerRow(id, itemId, memberId, name, state, requestedAt, startedAt, seconds);
    }
}
