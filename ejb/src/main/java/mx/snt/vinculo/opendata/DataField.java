package mx.snt.vinculo.opendata;

/**
 * One field of a dataset: its name (the CSV header and the JSON key, stable across versions), its type and an
 * example value. Its meaning, in Spanish and English, is the bundle key {@code data.<dataset>.<name>}.
 */
public record DataField(String name, FieldType type, String example) {
}
