package mx.snt.vinculo.web.opendata;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;

/**
 * JSON values written as block-style YAML 1.2: maps and lists indented, every string double-quoted with JSON's
 * escapes (a YAML double-quoted scalar accepts them), so no value is ever read as another type ("no", "1.0").
 */
final class Yaml {

    private Yaml() {
    }

    static String of(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private static void write(JsonValue value, int indent, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject o = value.asJsonObject();
                if (o.isEmpty()) {
                    out.append(" {}\n");
                    return;
                }
                if (indent > 0 || out.length() > 0) {
                    out.append('\n');
                }
                for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                    pad(indent, out).append(scalar(Json.string(e.getKey()))).append(':');
                    child(e.getValue(), indent + 2, out);
                }
            }
            case ARRAY -> {
                JsonArray a = value.asJsonArray();
                if (a.isEmpty()) {
                    out.append(" []\n");
                    return;
                }
                out.append('\n');
                for (JsonValue v : a) {
                    pad(indent, out).append('-');
                    child(v, indent + 2, out);
                }
            }
            default -> out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static void child(JsonValue v, int indent, StringBuilder out) {
        if (v.getValueType() == JsonValue.ValueType.OBJECT || v.getValueType() == JsonValue.ValueType.ARRAY) {
            write(v, indent, out);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static String scalar(JsonValue v) {
        return v instanceof JsonString s ? Json.string(s.getString()).toString() : v.toString();
    }

    private static StringBuilder pad(int indent, StringBuilder out) {
        return out.append(" ".repeat(indent));
    }

    /** jakarta.json's own string writer (quotes and escapes). */
    private static final class Json {
        static JsonValue string(String s) {
            return jakarta.json.Json.createValue(s);
        }
    }
}
