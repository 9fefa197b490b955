package mx.snt.vinculo.publication;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The SIPOT web service as seen in public code: {@code generaToken} with user and password,
 * then {@code mantenimiento/agrega|actualiza|elimina} with the token. One call per method, for
 * one record or for several (the call's {@code registros} is a list, and the answer names each
 * added record by its {@code numeroRegistro}); an expired token is renewed once within the call;
 * any other failure (HTTP error, {@code success:false}, timeout) is thrown so the delivery can be
 * retried later with backoff. The token and the HTTP connections are kept for the client's life.
 */
public class SipotClient {


    private final HttpClient http;
    private final URI base;
    private final String user;
    private final String password;
    private final Duration timeout;
    private String token;

    public SipotClient(String baseUrl, String user, String password, Duration timeout) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** One record of a call: its number in the call, its idRegistro (actualiza, elimina) and its fields. */
    public record Registro(int numeroRegistro, String idRegistro, Map<String, String> campos) {
    }

    /**
     * Adds several records in one call; numeroRegistro → the idRegistro the PNT gave it, for each
     * record the answer names (one missing from the answer is not in the map).
     */
    public Map<Integer, String> addAll(String formatId, String email, java.util.List<Registro> registros) throws SipotException {
        JsonObject answer = maintain("agrega", formatId, email, registros);
        Map<Integer, String> out = new java.util.HashMap<>();
        try {
            for (JsonValue v : answer.getJsonObject("mensaje").getJsonArray("registros")) {
                JsonObject r = v.asJsonObject();
                if (r.containsKey("numeroRegistro") && r.containsKey("idRegistro")) {
                    String numero = SipotMapper.text(r.get("numeroRegistro"));
                    if (numero.matches("\\d{1,9}")) {
                        out.put(Integer.parseInt(numero), SipotMapper.text(r.get("idRegistro")));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new SipotException("agrega: la respuesta no trae los idRegistro", false);
        }
        return out;
    }

    /** Updates several records (each with its idRegistro) in one call. */
    public void updateAll(String formatId, String email, java.util.List<Registro> registros) throws SipotException {
        maintain("actualiza", formatId, email, registros);
    }

    /** Deletes several records (each with its idRegistro) in one call. */
    public void deleteAll(String formatId, String email, java.util.List<Registro> registros) throws SipotException {
        maintain("elimina", formatId, email, registros);
    }

    /** Adds a record; the PNT's idRegistro. */
    public String add(String formatId, String email, int numeroRegistro, Map<String, String> campos) throws SipotException {
        JsonObject answer = maintain("agrega", formatId, email, numeroRegistro, null, campos);
        return idRegistro(answer, numeroRegistro);
    }

    public void update(String formatId, String email, int numeroRegistro, String idRegistro, Map<String, String> campos)
            throws SipotException {
        maintain("actualiza", formatId, email, numeroRegistro, idRegistro, campos);
    }

    public void delete(String formatId, String email, int numeroRegistro, String idRegistro) throws SipotException {
        maintain("elimina", formatId, email, numeroRegistro, idRegistro, Map.of());
    }

    private JsonObject maintain(String op, String formatId, String email, int numero, String idRegistro,
                                Map<String, String> campos) throws SipotException {
        return maintain(op, formatId, email, java.util.List.of(new Registro(numero, idRegistro, campos)));
    }

    private JsonObject maintain(String op, String formatId, String email, java.util.List<Registro> registros)
            throws SipotException {
        try {
            return call(op, formatId, email, registros);
        } catch (SipotException e) {
            if (!e.expiredToken()) {
                throw e;
            }
            token = null;  // renewed once, then the call is repeated
            return call(op, formatId, email, registros);
        }
    }

    private JsonObject call(String op, String formatId, String email, java.util.List<Registro> registros) throws SipotException {
        if (token == null) {
            token = newToken();
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Registro r : registros) {
            JsonObjectBuilder registro = JSON.createObjectBuilder().add("numeroRegistro", r.numeroRegistro());
            if (r.idRegistro() != null) {
                registro.add("idRegistro", idValue(r.idRegistro()));
            }
            registro.add("campos", campos(r.campos()));
            list.add(registro);
        }
        JsonObject body = JSON.createObjectBuilder()
                .add("token", token)
                .add("idFormato", idValue(formatId))
                .add("correoUnidadAdministrativa", email == null ? "" : email)
                .add("registros", list)
                .build();
        return post("sipot-web/spring/mantenimiento/" + op, body);
    }

    private String newToken() throws SipotException {
        JsonObject answer = post("sipot-web/spring/generaToken/",
                JSON.createObjectBuilder().add("usuario", user).add("password", password).build());
        JsonValue t = answer.get("token");
        if (t == null && answer.get("mensaje") instanceof JsonObject m) {
            t = m.get("token");
        }
        if (t == null || t.getValueType() != JsonValue.ValueType.STRING) {
            throw new SipotException("generaToken: sin token", false);
        }
        return answer.containsKey("token") ? answer.getString("token") : answer.getJsonObject("mensaje").getString("token");
    }

    private JsonObject post(String path, JsonObject body) throws SipotException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            // A maintenance call that timed out may have been carried out; a token request may be repeated.
            throw new SipotException(path + ": tiempo de espera agotado", false, path.contains("/mantenimiento/"));
        } catch (IOException e) {
            throw new SipotException(path + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SipotException(path + ": interrumpido", false);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new SipotException(path + ": HTTP " + response.statusCode(), true);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SipotException(path + ": HTTP " + response.statusCode(), false);
        }
        JsonObject answer;
        try {
            answer = JSON.createReader(new StringReader(response.body())).readObject();
        } catch (RuntimeException e) {
            throw new SipotException(path + ": respuesta no es JSON", false);
        }
        if (!answer.getBoolean("success", false)) {
            String message = answer.containsKey("mensaje") ? SipotMapper.text(answer.get("mensaje")) : "success:false";
            boolean expired = message != null && message.toLowerCase().contains("token");
            throw new SipotException(path + ": " + message, expired);
        }
        return answer;
    }

    /** The idRegistro of our record: the registro with our numeroRegistro, or the only one (one record per call). */
    private static String idRegistro(JsonObject answer, int numero) throws SipotException {
        try {
            var registros = answer.getJsonObject("mensaje").getJsonArray("registros");
            for (JsonValue v : registros) {
                JsonObject r = v.asJsonObject();
                if (r.containsKey("numeroRegistro") && SipotMapper.text(r.get("numeroRegistro")).equals(Integer.toString(numero))
                        && r.containsKey("idRegistro")) {
                    return SipotMapper.text(r.get("idRegistro"));
                }
            }
            if (registros.size() == 1 && registros.getJsonObject(0).containsKey("idRegistro")) {
                return SipotMapper.text(registros.getJsonObject(0).get("idRegistro"));
            }
        } catch (RuntimeException e) {
            // fall through: an answer without the registro is a failure
        }
        throw new SipotException("agrega: la respuesta no trae idRegistro", false);
    }

    /**
     * The record's fields; a sub-table is one field whose value is its rows, each a list of
     * {idCampo, valor} (public code shows only flat records: this nesting mirrors the .xls,
     * where the rows hang from the record's TABLE column).
     */
    static JsonArrayBuilder campos(Map<String, String> campos) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        java.util.Map<String, java.util.TreeMap<Integer, JsonArrayBuilder>> tables = new java.util.LinkedHashMap<>();
        campos.forEach((id, valor) -> {
            if (SipotSubTable.isKey(id)) {
                String[] k = id.split("#", 3);
                tables.computeIfAbsent(k[0], t -> new java.util.TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(k[1]), n -> JSON.createArrayBuilder())
                        .add(JSON.createObjectBuilder().add("idCampo", idValue(k[2])).add("valor", valor));
            } else {
                fields.add(JSON.createObjectBuilder().add("idCampo", idValue(id)).add("valor", valor));
            }
        });
        tables.forEach((table, rows) -> {
            JsonArrayBuilder valor = JSON.createArrayBuilder();
            rows.values().forEach(valor::add);
            fields.add(JSON.createObjectBuilder().add("idCampo", idValue(table)).add("valor", valor));
        });
        return fields;
    }

    private static JsonValue idValue(String id) {
        return id.matches("\\d{1,18}") ? JSON.createValue(Long.parseLong(id)) : JSON.createValue(id);
    }
}
