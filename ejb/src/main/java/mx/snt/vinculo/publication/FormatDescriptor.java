package mx.snt.vinculo.publication;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which output fills which idCampo of a SIPOT format, from a date on. A source is
 * {@code attr:<name>} (a field of the event's {@code pnt} object, else of the event itself),
 * {@code const:<text>}, {@code period:year}, {@code period:start}, {@code period:end},
 * {@code today} or {@code url} (the output's public address).
 */
public record FormatDescriptor(long id, String outputKind, String formatId, LocalDate effectiveFrom,
                               Long templateFileId, Map<String, String> sources) {

    /** Built-in template used by the default descriptors (the body uploads the official one). */
    public static final String BUILT_IN_TEMPLATE = "/sipot/Formato_Pruebas.xls";

    public static Map<String, String> parseSources(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue().getValueType() == JsonValue.ValueType.STRING) {
                out.put(e.getKey(), o.getString(e.getKey()));
            }
        }
        return out;
    }

    public static String sourcesJson(Map<String, String> sources) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        sources.forEach(b::add);
        return b.build().toString();
    }
}
