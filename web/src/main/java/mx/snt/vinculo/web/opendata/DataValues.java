package mx.snt.vinculo.web.opendata;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.opendata.DataField;
import mx.snt.vinculo.opendata.DataRecord;
import mx.snt.vinculo.opendata.Dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * How a dataset's values are written, the same in the CSV, the JSON download and the API: INTEGER as a number,
 * DATE as {@code yyyy-MM-dd}, DATETIME as an ISO-8601 instant in UTC, URL made absolute on the hub's public
 * address, null as an empty CSV cell or a JSON null.
 */
final class DataValues {

    private DataValues() {
    }

    /** The value as CSV text. */
    static String text(DataField field, Object value, String baseUrl) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case URL -> PagePaths.absolute(baseUrl, value.toString());
            case DATE -> ((LocalDate) value).toString();
            case DATETIME -> ((Instant) value).toString();
            case TEXT_BY_LANGUAGE -> byLanguage(value).build().toString();
            default -> value.toString();
        };
    }

    /** A language → text map as a JSON object, in code order. */
    private static JsonObjectBuilder byLanguage(Object value) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        new java.util.TreeMap<>((java.util.Map<?, ?>) value).forEach((k, v) -> b.add(k.toString(), v.toString()));
        return b;
    }

    /** The record as a JSON object, for the API. */
    static JsonObjectBuilder object(Dataset dataset, DataRecord record, String baseUrl) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        List<DataField> fields = dataset.fields();
        for (int i = 0; i < fields.size(); i++) {
            DataField f = fields.get(i);
            Object v = record.values().get(i);
            if (v == null) {
                b.addNull(f.name());
            } else if (f.type() == mx.snt.vinculo.opendata.FieldType.INTEGER) {
                b.add(f.name(), ((Number) v).longValue());
            } else if (f.type() == mx.snt.vinculo.opendata.FieldType.TEXT_BY_LANGUAGE) {
                b.add(f.name(), byLanguage(v));
            } else {
                b.add(f.name(), text(f, v, baseUrl));
            }
        }
        return b;
    }

    /** The record as a JSON object written straight to a stream (downloads). */
    static void write(JsonGenerator out, Dataset dataset, DataRecord record, String baseUrl) {
        out.writeStartObject();
        List<DataField> fields = dataset.fields();
        for (int i = 0; i < fields.size(); i++) {
            DataField f = fields.get(i);
            Object v = record.values().get(i);
            if (v == null) {
                out.writeNull(f.name());
            } else if (f.type() == mx.snt.vinculo.opendata.FieldType.INTEGER) {
                out.write(f.name(), ((Number) v).longValue());
            } else if (f.type() == mx.snt.vinculo.opendata.FieldType.TEXT_BY_LANGUAGE) {
                out.write(f.name(), byLanguage(v).build());
            } else {
                out.write(f.name(), text(f, v, baseUrl));
            }
        }
        out.writeEnd();
    }
}
