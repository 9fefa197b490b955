package mx.snt.vinculo.publication;

import java.util.List;

/**
 * One column of a SIPOT format: its id ({@code idCampo}), SIPOT type id (row 4 of the
 * template), label (row 7), the options of its catalog when it has one, and its column.
 */
public record SipotField(String idCampo, int typeId, String label, List<String> catalog, int column) {

    public static final int TEXT = 1, LONG_TEXT = 2, NUMBER = 3, DATE = 4, TIME = 5, MONEY = 6, URL = 7,
            CATALOG = 9, TABLE = 10, SEPARATOR = 11, YEAR = 12, UPDATE_DATE = 13, NOTE = 14;

    public boolean isDate() {
        return typeId == DATE || typeId == UPDATE_DATE;
    }

    public boolean hasCatalog() {
        return catalog != null && !catalog.isEmpty();
    }
}
