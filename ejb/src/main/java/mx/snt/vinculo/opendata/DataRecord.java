package mx.snt.vinculo.opendata;

import java.util.List;

/**
 * One row of a dataset: its {@code key} (the item's id, ascending: downloads read the table in key order, one
 * batch after another) and its values in the order of the dataset's fields (null where an item has none).
 */
public record DataRecord(long key, List<Object> values) {

    public DataRecord {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
