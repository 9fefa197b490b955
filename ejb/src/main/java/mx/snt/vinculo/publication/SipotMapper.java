package mx.snt.vinculo.publication;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a published output (the outbox payload) into the values of one SIPOT record,
 * following a descriptor: dates become dd/MM/yyyy, catalog values must be one of the
 * catalog's options (compared without regard to case or accents' spacing), nothing else is
 * invented.
 */
public final class SipotMapper {

    /** Kept as an alias: the zone is declared once, in {@link MexicoCity}. */
    public static final ZoneId MEXICO = MexicoCity.ZONE;
    public static final DateTimeFormatter SIPOT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SipotMapper() {
    }

    /**
     * The date that places an output in a period: pnt.date, else the moment it happened (Mexico
     * City), else (a payload without occurredAt) {@code today}, the caller's clock's day.
     */
    public static LocalDate outputDate(JsonObject payload, LocalDate today) {
        JsonObject pnt = payload.containsKey("pnt") && payload.get("pnt").getValueType() == JsonValue.ValueType.OBJECT
                ? payload.getJsonObject("pnt") : null;
        if (pnt != null && pnt.containsKey("date")) {
            LocalDate d = parseDate(text(pnt.get("date")));
            if (d != null) {
                return d;
            }
        }
        String occurred = payload.getString("occurredAt", null);
        return occurred == null ? today : Instant.parse(occurred).atZone(MEXICO).toLocalDate();
    }

    public static Map<String, String> map(SipotTemplate template, FormatDescriptor descriptor, JsonObject payload,
                                          String baseUrl, LocalDate today) {
        SipotPeriod period = SipotPeriod.of(outputDate(payload, today));
        Map<String, String> out = new LinkedHashMap<>();
        for (SipotField f : template.fields()) {
            String source = descriptor.sources().get(f.idCampo());
            if (source == null) {
                continue;
            }
            if (f.typeId() == SipotField.TABLE) {
                table(template.subTable(f.idCampo()), descriptor, source, payload, period, baseUrl, today, out);
                continue;
            }
            String v = convert(f, f.idCampo(), resolve(source, null, payload, period, baseUrl, today));
            if (v != null) {
                out.put(f.idCampo(), v);
            }
        }
        return out;
    }

    /**
     * The rows of a sub-table: the TABLE field's source {@code list:<attr>} names an array of
     * the output (objects, or plain values); each element is one row, whose fields come from
     * the sources keyed {@code <table idCampo>/<sub idCampo>} ({@code item:<name>}, {@code item},
     * or any record-level source).
     */
    private static void table(SipotSubTable sub, FormatDescriptor d, String source, JsonObject payload, SipotPeriod period,
                              String baseUrl, LocalDate today, Map<String, String> out) {
        if (sub == null || !source.startsWith("list:")) {
            return;
        }
        JsonValue list = attribute(payload, source.substring("list:".length()));
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            return;
        }
        int row = 0;
        for (JsonValue item : list.asJsonArray()) {
            row++;
            for (SipotField f : sub.fields()) {
                String subSource = d.sources().get(sub.idCampo() + "/" + f.idCampo());
                if (subSource == null) {
                    continue;
                }
                String v = convert(f, sub.idCampo() + "/" + f.idCampo(), resolve(subSource, item, payload, period, baseUrl, today));
                if (v != null) {
                    out.put(SipotSubTable.key(sub.idCampo(), row, f.idCampo()), v);
                }
            }
        }
    }

    /** A value as SIPOT wants it for its field: dates dd/MM/yyyy, catalog values among the options, texts cut. */
    private static String convert(SipotField f, String where, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        if (f.isDate()) {
            LocalDate d = parseDate(v);
            if (d == null) {
                throw new ValidationException("sipot.value.notADate", where, v);
            }
            return d.format(SIPOT_DATE);
        }
        if (f.typeId() == SipotField.YEAR) {
            return v.length() >= 4 ? v.substring(0, 4) : v;
        }
        if (f.hasCatalog()) {
            for (String option : f.catalog()) {
                if (option.equalsIgnoreCase(v)) {
                    return option;
                }
            }
            throw new ValidationException("sipot.value.notInCatalog", where, v);
        }
        if (f.typeId() == SipotField.TEXT && v.length() > 255) {
            return v.substring(0, 255);
        }
        if (f.typeId() == SipotField.LONG_TEXT && v.length() > 4000) {
            return v.substring(0, 4000);
        }
        return v;
    }

    /** A named attribute of the output: in its {@code pnt} object first, else in the event itself. */
    private static JsonValue attribute(JsonObject payload, String name) {
        JsonValue pnt = payload.get("pnt");
        if (pnt != null && pnt.getValueType() == JsonValue.ValueType.OBJECT && pnt.asJsonObject().containsKey(name)) {
            return pnt.asJsonObject().get(name);
        }
        return payload.get(name);
    }

    private static String resolve(String source, JsonValue item, JsonObject payload, SipotPeriod period, String baseUrl,
                                  LocalDate today) {
        if (source.startsWith("const:")) {
            return source.substring("const:".length());
        }
        if (source.equals("item")) {
            return item == null ? null : text(item);
        }
        if (source.startsWith("item:")) {
            return item != null && item.getValueType() == JsonValue.ValueType.OBJECT
                    ? text(item.asJsonObject().get(source.substring("item:".length()))) : null;
        }
        if (source.startsWith("attr:")) {
            String name = source.substring("attr:".length());
            JsonValue v = attribute(payload, name);
            if (v == null && "date".equals(name)) {
                return outputDate(payload, today).toString();
            }
            return text(v);
        }
        if (source.startsWith("url:")) {
            // A path of the hub (e.g. the signed PDF of an agreement) made absolute.
            String path = text(attribute(payload, source.substring("url:".length())));
            return path == null || path.isBlank() ? null : path.startsWith("http") ? path : baseUrl + path;
        }
        return switch (source) {
            case "period:year" -> Integer.toString(period.year());
            case "period:start" -> period.start().toString();
            case "period:end" -> period.end().toString();
            case "today" -> today.toString();
            case "url" -> payload.containsKey("path") ? baseUrl + payload.getString("path") : null;
            default -> null;
        };
    }

    static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            // A list of plain values (e.g. topics) reads as one text.
            List<String> parts = new ArrayList<>();
            for (JsonValue e : v.asJsonArray()) {
                String t = text(e);
                if (t != null && !t.isBlank()) {
                    parts.add(t);
                }
            }
            return String.join(", ", parts);
        }
        return v.toString();
    }

    /** ISO yyyy-MM-dd, an ISO instant (its Mexico City date) or already dd/MM/yyyy. */
    static LocalDate parseDate(String v) {
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            if (v.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.parse(v, SIPOT_DATE);
            }
            return Instant.parse(v).atZone(MEXICO).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A stable hash of the record's content (field order does not matter). */
    public static String hash(Map<String, String> values) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 1);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
