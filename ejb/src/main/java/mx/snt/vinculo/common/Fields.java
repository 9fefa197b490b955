package mx.snt.vinculo.common;

/**
 * The checks every text field gets: trimmed, required or not, bounded. The message keys are
 * {@code <field>.required} and {@code <field>.tooLong} (with the limit as argument).
 */
public final class Fields {

    private Fields() {
    }

    /** The trimmed text; refused when empty or longer than {@code max}. */
    public static String required(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new ValidationException(field + ".required");
        }
        return bounded(v, max, field);
    }

    /** The trimmed text (possibly empty); refused when longer than {@code max}. */
    public static String optional(String value, int max, String field) {
        return bounded(value == null ? "" : value.strip(), max, field);
    }

    private static String bounded(String v, int max, String field) {
        if (v.length() > max) {
            throw new ValidationException(field + ".tooLong", max);
        }
        return v;
    }
}
