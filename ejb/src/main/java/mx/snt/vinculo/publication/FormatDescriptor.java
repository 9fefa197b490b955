package mx.snt.vinculo.publication;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import mx.snt.vinculo.common.ValidationException;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * Which output fills which idCampo of a SIPOT format, from a date on. A source is
 * {@code attr:<name>} (a field of the event's {@code pnt} object, else of the event itself),
 * {@code const:<text>}, {@code period:year}, {@code period:start}, {@code period:end},
 * {@code today}, {@code url} (the output's public address) or {@code url:<attr>} (a path of the
 * hub made absolute); a TABLE field takes {@code list:<attr>} and its sub-table's fields, keyed
 * {@code <table>/<sub-field>}, take {@code item:<name>} or {@code item} too.
 */
public record FormatDescriptor(long id, String outputKind, String formatId, LocalDate effectiveFrom,
                               Long templateFileId, Map<String, String> sources) {


    /** SIPOT's test template (format 35573): the template of a descriptor without an uploaded one whose format is not built in. */
    public static final String BUILT_IN_TEMPLATE = "/sipot/Formato_Pruebas.xls";

    /**
     * The sources an admin entered, checked against the template: each names a field of it
     * (or {@code <table>/<sub-field>} of a sub-table) and is of a known form; a TABLE field takes
     * {@code list:<attr>}; constants of catalog fields are among the options. Blank ones are dropped.
     */
    public static Map<String, String> clean(SipotTemplate t, Map<String, String> sources) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String source = e.getValue() == null ? "" : e.getValue().strip();
            if (source.isEmpty()) {
                continue;
            }
            String key = e.getKey();
            SipotField f;
            boolean inSubTable = key.contains("/");
            if (inSubTable) {
                SipotSubTable sub = t.subTable(key.substring(0, key.indexOf('/')));
                f = sub == null ? null : sub.field(key.substring(key.indexOf('/') + 1));
            } else {
                f = t.field(key);
            }
            if (f == null) {
                throw new ValidationException("integration.descriptor.field", key);
            }
            boolean list = source.matches("list:[A-Za-z0-9_]+");
            boolean item = source.equals("item") || source.matches("item:[A-Za-z0-9_]+");
            boolean known = source.matches("(attr:[A-Za-z0-9_]+|url:[A-Za-z0-9_]+|const:.*|period:(year|start|end)|today|url)");
            boolean fits = f.typeId() == SipotField.TABLE ? list && !inSubTable : known || (item && inSubTable);
            if (!fits) {
                throw new ValidationException("integration.descriptor.source", key, source);
            }
            if (source.startsWith("const:") && f.hasCatalog() && !f.catalog().contains(source.substring(6))) {
                throw new ValidationException("integration.descriptor.catalog", key, source.substring(6));
            }
            clean.put(key, source);
        }
        return clean;
    }

    public static Map<String, String> parseSources(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue().getValueType() == JsonValue.ValueType.STRING) {
                out.put(e.getKey(), o.getString(e.getKey()));
            }
        }
        return out;
    }

    public static String sourcesJson(Map<String, String> sources) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        sources.forEach(b::add);
        return b.build().toString();
    }
}
