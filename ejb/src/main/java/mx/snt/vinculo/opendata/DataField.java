package mx.snt.vinculo.opendata;

/**
 * One field of a dataset: its name (the CSV header and the JSON key, stable across versions), its type and an
 * example value. Its meaning, in Spanish and English, is the bundle key {@code data.<slug>.<name>} (e.g. {@code data.sesiones.startsAt}).
 */
public record DataField(String name, FieldType type, String example) {
}
