package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

/**
 * An agenda item as typed in the editor (or made from an accepted proposal). {@code voteRule}
 * null: the body's default; {@code secret}: a secret ballot (counts only, no names).
 */
public record ItemInput(ItemKind kind, String title, String presenter, String body, Long refSessionId,
                        VoteRule voteRule, boolean secret) {

    /** An item voted by the body's default rule, openly. */
    public ItemInput(ItemKind kind, String title, String presenter, String body, Long refSessionId) {
        this(kind, title, presenter, body, refSessionId, null, false);
    }

    /** The same input with the body's default rule where none was chosen. */
    ItemInput withDefaultRule(VoteRule rule) {
        return voteRule != null ? this : new ItemInput(kind, title, presenter, body, refSessionId, rule, secret);
    }

    /** The input trimmed and checked: a kind, a title, a bounded body. */
    static ItemInput checked(ItemInput in) {
        if (in == null || in.kind() == null) {
            throw new ValidationException("session.item.kind");
        }
        String title = SessionPlan.required(in.title(), "session.item.title", SessionPlan.MAX_TITLE);
        if (in.body() != null && in.body().length() > SessionPlan.MAX_TEXT) {
            throw new ValidationException("session.item.tooLong", SessionPlan.MAX_TEXT);
        }
        return new ItemInput(in.kind(), title, SessionPlan.strip(in.presenter()), SessionPlan.strip(in.body()),
                in.refSessionId(), in.voteRule(), in.secret());
    }
}
