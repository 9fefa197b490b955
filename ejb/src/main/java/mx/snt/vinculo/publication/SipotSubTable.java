package mx.snt.vinculo.publication;

import java.util.List;

/**
 * A sub-table of a SIPOT format: the sheet {@code Tabla <idCampo>} of the template, whose rows
 * belong to a record through the ID that the record's TABLE column holds (column A of the
 * sheet). Types in its row 1, field ids in row 2, labels in row 3, data from row 4.
 */
public record SipotSubTable(String idCampo, String sheetName, List<SipotField> fields) {

    static final int TYPE_ROW = 0, ID_ROW = 1, LABEL_ROW = 2, FIRST_DATA_ROW = 3;

    /**
     * The key of one sub-table value in a record's flat map of values:
     * {@code <table idCampo>#<row, from 1>#<sub-field idCampo>}.
     */
    public static String key(String tableId, int row, String subId) {
        return tableId + "#" + row + "#" + subId;
    }

    public static boolean isKey(String key) {
        return key.indexOf('#') > 0;
    }

    public SipotField field(String subId) {
        return fields.stream().filter(f -> f.idCampo().equals(subId)).findFirst().orElse(null);
    }
}
