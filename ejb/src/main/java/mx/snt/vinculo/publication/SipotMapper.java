package mx.snt.vinculo.publication;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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

/**
 * Turns a published output (the outbox payload) into the values of one SIPOT record,
 * following a descriptor: dates become dd/MM/yyyy, catalog values must be one of the
 * catalog's options (compared without regard to case or accents' spacing), nothing else is
 * invented.
 */
public final class SipotMapper {

    public static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    public static final DateTimeFormatter SIPOT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SipotMapper() {
    }

    /** The date that places an output in a period: pnt.date, else the moment it happened (Mexico City). */
    public static LocalDate outputDate(JsonObject payload) {
        JsonObject pnt = payload.containsKey("pnt") && payload.get("pnt").getValueType() == JsonValue.ValueType.OBJECT
                ? payload.getJsonObject("pnt") : null;
        if (pnt != null && pnt.containsKey("date")) {
            LocalDate d = parseDate(text(pnt.get("date")));
            if (d != null) {
                return d;
            }
        }
        String occurred = payload.getString("occurredAt", null);
        Instant at = occurred == null ? Instant.now() : Instant.parse(occurred);
        return at.atZone(MEXICO).toLocalDate();
    }

    public static Map<String, String> map(SipotTemplate template, FormatDescriptor descriptor, JsonObject payload,
                                          String baseUrl, LocalDate today) {
        SipotPeriod period = SipotPeriod.of(outputDate(payload));
        Map<String, String> out = new LinkedHashMap<>();
        for (SipotField f : template.fields()) {
            String source = descriptor.sources().get(f.idCampo());
            if (source == null) {
                continue;
            }
            String v = resolve(source, payload, period, baseUrl, today);
            if (v == null || v.isBlank()) {
                continue;
            }
            v = v.strip();
            if (f.isDate()) {
                LocalDate d = parseDate(v);
                if (d == null) {
                    throw new ValidationException("sipot.value.notADate", f.idCampo(), v);
                }
                v = d.format(SIPOT_DATE);
            } else if (f.typeId() == SipotField.YEAR) {
                v = v.length() >= 4 ? v.substring(0, 4) : v;
            } else if (f.hasCatalog()) {
                String chosen = null;
                for (String option : f.catalog()) {
                    if (option.equalsIgnoreCase(v)) {
                        chosen = option;
                    }
                }
                if (chosen == null) {
                    throw new ValidationException("sipot.value.notInCatalog", f.idCampo(), v);
                }
                v = chosen;
            } else if (f.typeId() == SipotField.TEXT && v.length() > 255) {
                v = v.substring(0, 255);
            } else if (f.typeId() == SipotField.LONG_TEXT && v.length() > 4000) {
                v = v.substring(0, 4000);
            }
            out.put(f.idCampo(), v);
        }
        return out;
    }

    private static String resolve(String source, JsonObject payload, SipotPeriod period, String baseUrl, LocalDate today) {
        if (source.startsWith("const:")) {
            return source.substring("const:".length());
        }
        if (source.startsWith("attr:")) {
            String name = source.substring("attr:".length());
            JsonValue pnt = payload.get("pnt");
            if (pnt != null && pnt.getValueType() == JsonValue.ValueType.OBJECT && pnt.asJsonObject().containsKey(name)) {
                return text(pnt.asJsonObject().get(name));
            }
            if ("date".equals(name)) {
                return outputDate(payload).toString();
            }
            return payload.containsKey(name) ? text(payload.get(name)) : null;
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
