package mx.snt.vinculo.opendata;

/**
 * The types of an open-data field, as CSV writes them (text) and JSON carries them: INTEGER a JSON number,
 * DATE {@code yyyy-MM-dd}, DATETIME an ISO-8601 instant in UTC, URL an absolute address, TEXT a string.
 */
public enum FieldType {
    INTEGER, TEXT, DATE, DATETIME, URL
}
