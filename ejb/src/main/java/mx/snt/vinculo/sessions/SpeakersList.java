package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The speakers' list of a session in progress, as its {@link Session} maps it (a part of the
 * aggregate like {@link Floor}): members present ask for the floor on the item taken up, the
 * chair gives it to one at a time and ends it. The session checks its state and hands over here.
 */
final class SpeakersList {

    private final Session session;
    private final List<SpeakingTurn> turns;

    SpeakersList(Session session, List<SpeakingTurn> turns) {
        this.session = session;
        this.turns = turns;
    }

    /**
     * A member present asks for the floor on the current item; once is enough: a second request
     * while the first waits or speaks is refused.
     */
    SpeakingTurn ask(AgendaItem current, Member member, boolean present, Instant now) {
        if (current == null) {
            throw new ValidationException("session.speakers.noItem");
        }
        if (member == null || !present) {
            throw new ValidationException("session.speakers.notPresent");
        }
        boolean open = turns.stream().anyMatch(t -> t.getItem() == current && t.getMember().getId().equals(member.getId())
                && (t.isWaiting() || t.isSpeaking()));
        if (open) {
            throw new ValidationException("session.speakers.already");
        }
        SpeakingTurn t = new SpeakingTurn(session, current, member, now);
        turns.add(t);
        return t;
    }

    /**
     * The chair gives the floor to a waiting request of the current item; whoever was speaking
     * ends their turn now (one speaker at a time). Returns the turn that ended, if any.
     */
    Optional<SpeakingTurn> give(SpeakingTurn turn, AgendaItem current, String by, Instant now) {
        owned(turn);
        if (!turn.isWaiting()) {
            throw new ValidationException("session.speakers.notWaiting");
        }
        if (turn.getItem() != current) {
            throw new ValidationException("session.speakers.otherItem");
        }
        Optional<SpeakingTurn> before = speaking();
        before.ifPresent(t -> t.end(now));
        turn.give(by, now);
        return before;
    }

    /** Ends the turn of whoever has the floor. */
    void end(SpeakingTurn turn, Instant now) {
        owned(turn);
        if (!turn.isSpeaking()) {
            throw new ValidationException("session.speakers.notSpeaking");
        }
        turn.end(now);
    }

    /** The member takes back a request not given yet. */
    void withdraw(SpeakingTurn turn, Member member, Instant now) {
        owned(turn);
        if (member == null || !turn.getMember().getId().equals(member.getId())) {
            throw new ValidationException("session.speakers.notYours");
        }
        if (!turn.isWaiting()) {
            throw new ValidationException("session.speakers.notWaiting");
        }
        turn.end(now);
    }

    /** Moving to another item or closing the session ends the turn in course. */
    void endSpeaking(Instant now) {
        speaking().ifPresent(t -> t.end(now));
    }

    Optional<SpeakingTurn> speaking() {
        return turns.stream().filter(SpeakingTurn::isSpeaking).findFirst();
    }

    private void owned(SpeakingTurn turn) {
        if (turn == null || turn.getSession() != session) {
            throw new ValidationException("session.speakers.unknown");
        }
    }
}
