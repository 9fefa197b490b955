package mx.snt.vinculo.web.api;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * Checks a JSON body against the record it is read into before JSON-B reads it, so a value of
 * the wrong type or out of range is a 400 naming the field. Without it JSON-B reads
 * {@code "workspaceId": 99999999999999999999} as some other, wrapped-around number (and the
 * request fails later with a misleading 404), and its own type errors do not say which field.
 * Malformed JSON is left to the provider (a plain 400).
 */
@Provider
public class JsonFieldCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        if (!json || !context.getType().isRecord()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (body.length > 0) {
            JsonValue value;
            try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
                value = reader.readValue();
            } catch (JsonException | IllegalStateException malformed) {
                return context.proceed();
            }
            check(context.getType(), value, "");
        }
        return context.proceed();
    }

    /** Throws {@link InvalidInput} for the first field of {@code type} whose value cannot be what it declares. */
    static void check(Class<?> type, JsonValue value, String prefix) {
        if (!(value instanceof JsonObject object) || !type.isRecord()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonValue v = object.get(c.getName());
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            String name = prefix + c.getName();
            if (!fits(c.getType(), v)) {
                throw new InvalidInput(InvalidInput.Source.FIELD, name);
            }
            if (c.getType().isRecord()) {
                check(c.getType(), v, name + ".");
            }
        }
    }

    private static boolean fits(Class<?> t, JsonValue v) {
        if (t == Long.class || t == long.class) {
            return integral(v, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (t == Integer.class || t == int.class) {
            return integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (t == Short.class || t == short.class) {
            return integral(v, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (t == Boolean.class || t == boolean.class) {
            return v == JsonValue.TRUE || v == JsonValue.FALSE
                    || v instanceof JsonString s && ("true".equals(s.getString()) || "false".equals(s.getString()));
        }
        if (t.isEnum()) {
            return v instanceof JsonString s && Arrays.stream(t.getEnumConstants())
                    .anyMatch(e -> ((Enum<?>) e).name().equals(s.getString()));
        }
        if (t == LocalDate.class) {
            if (!(v instanceof JsonString s)) {
                return false;
            }
            try {
                LocalDate.parse(s.getString());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        if (t == String.class) {
            return v.getValueType() != JsonValue.ValueType.OBJECT && v.getValueType() != JsonValue.ValueType.ARRAY;
        }
        if (t.isRecord()) {
            return v instanceof JsonObject;
        }
        return true;   // other types: JSON-B's own rules
    }

    private static boolean integral(JsonValue v, long min, long max) {
        BigDecimal n;
        if (v instanceof JsonNumber number) {
            n = number.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                n = new BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                return false;
            }
        } else {
            return false;
        }
        try {
            long l = n.longValueExact();
            return l >= min && l <= max;
        } catch (ArithmeticException notAnExactLong) {
            return false;
        }
    }
}
