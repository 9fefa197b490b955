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

    /** The one shape of an email address the hub accepts: something, an at sign, a domain with a dot. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** The trimmed address, or null when none was given; refused ({@code key}) when it is not an address. */
    public static String email(String value, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches(EMAIL)) {
            throw new ValidationException(key);
        }
        return v;
    }

    private static String bounded(String v, int max, String field) {
        if (v.length() > max) {
            throw new ValidationException(field + ".tooLong", max);
        }
        return v;
    }
}
