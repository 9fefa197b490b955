package mx.snt.vinculo.common;

/**
 * The checks every text field gets: control characters removed, trimmed, required or not,
 * bounded. The message keys are {@code <field>.required} and {@code <field>.tooLong} (with the
 * limit as argument).
 */
public final class Fields {

    private Fields() {
    }

    /** The trimmed text; refused when empty or longer than {@code max}. */
    public static String required(String value, int max, String field) {
        String v = text(value);
        if (v.isEmpty()) {
            throw new ValidationException(field + ".required");
        }
        return bounded(v, max, field);
    }

    /** The trimmed text (possibly empty); refused when longer than {@code max}. */
    public static String optional(String value, int max, String field) {
        return bounded(text(value), max, field);
    }

    /**
     * The text without C0 control characters other than tab, CR and LF (NUL, BEL, ESC… are never
     * typed by a person, break exports and terminals, and hide text from searches), trimmed;
     * "" for null. Every text input goes through this, directly or through {@link #required},
     * {@link #optional} or {@link Html#sanitize}.
     */
    public static String text(String value) {
        return withoutControls(value).strip();
    }

    /** The text without C0 controls other than tab, CR and LF (and without DEL); untrimmed; "" for null. */
    public static String withoutControls(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
            if (control && b == null) {
                b = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!control && b != null) {
                b.append(c);
            }
        }
        return b == null ? value : b.toString();
    }

    /** The one shape of an email address the hub accepts: something, an at sign, a domain with a dot. */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** The trimmed address, or null when none was given; refused ({@code key}) when it is not an address. */
    public static String email(String value, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = text(value);
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
