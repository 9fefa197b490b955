package mx.snt.vinculo.sessions;

import java.util.Objects;

/**
 * One thing that changed in a convened session, as its updated convocation tells members:
 * what ({@link What}) and the value before and after (instants as ISO-8601, so the notice
 * formats them in each reader's language and Mexico City's time; null when there is none).
 */
public record ConvocationChange(What what, String before, String after) {

    /** What a convocation update can be about. */
    public enum What { TITLE, WHEN, DURATION, PLACE, REMOTE_URL, ITEM_ADDED, ITEM_REMOVED, ITEM_CHANGED, ITEM_MOVED, CANCELLED }

    /** The change of one field, or null when the value stayed the same. */
    static ConvocationChange of(What what, Object before, Object after) {
        return Objects.equals(before, after) ? null
                : new ConvocationChange(what, before == null ? null : before.toString(), after == null ? null : after.toString());
    }
}
