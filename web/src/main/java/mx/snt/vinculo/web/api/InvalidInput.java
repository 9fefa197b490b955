package mx.snt.vinculo.web.api;

/**
 * A request value that cannot be read as what the API expects: a query or path parameter that
 * does not convert, or a JSON field of the wrong type or out of range. Answered 400, naming it.
 */
public class InvalidInput extends RuntimeException {

    /** Where the value came from: the message keys are {@code error.invalid.parameter} and {@code error.invalid.field}. */
    public enum Source { PARAMETER, FIELD }

    private final Source source;
    private final String name;

    public InvalidInput(Source source, String name) {
        super(source.name().toLowerCase(java.util.Locale.ROOT) + " " + name, null, false, false);
        this.source = source;
        this.name = name;
    }

    public Source source() {
        return source;
    }

    public String name() {
        return name;
    }

    public String key() {
        return source == Source.PARAMETER ? "error.invalid.parameter" : "error.invalid.field";
    }
}
