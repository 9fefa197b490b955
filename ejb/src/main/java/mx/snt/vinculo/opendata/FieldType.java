package mx.snt.vinculo.opendata;

/**
 * The types of an open-data field, as CSV writes them (text) and JSON carries them: INTEGER a JSON number,
 * DATE {@code yyyy-MM-dd}, DATETIME an ISO-8601 instant in UTC, URL an absolute address, TEXT a string,
 * TEXT_BY_LANGUAGE an object of language code (ISO 639) → text (in a CSV cell, the same object as JSON text).
 */
public enum FieldType {
    INTEGER, TEXT, DATE, DATETIME, URL, TEXT_BY_LANGUAGE
}
