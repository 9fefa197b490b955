package mx.snt.vinculo.web.opendata;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.opendata.DataField;
import mx.snt.vinculo.opendata.Dataset;
import mx.snt.vinculo.web.Texts;

import java.util.Locale;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The OpenAPI 3.0.3 document of the public API, built from the same {@link Dataset} definitions the API answers
 * with — so it lists exactly the public paths and their fields, and cannot drift from them. See the package
 * documentation for why it is not Payara's {@code /openapi}.
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static JsonObject build(String baseUrl) {
        Locale es = Texts.SPANISH;
        JsonObjectBuilder paths = JSON.createObjectBuilder();
        JsonObjectBuilder schemas = JSON.createObjectBuilder();
        for (Dataset d : Dataset.values()) {
            String name = schemaName(d);
            schemas.add(name, record(d));
            schemas.add(name + "Page", page(name));
            paths.add("/public/" + d.slug(), JSON.createObjectBuilder().add("get", JSON.createObjectBuilder()
                    .add("operationId", "list" + name)
                    .add("summary", Texts.get(es, "data.dataset." + d.name()))
                    .add("description", Texts.get(es, "data.dataset." + d.name() + ".about"))
                    .add("tags", JSON.createArrayBuilder().add("datos-abiertos"))
                    .add("parameters", JSON.createArrayBuilder()
                            .add(parameter("first", "Posición del primer elemento (desde 0).", integer(0, PublicApi.MAX_FIRST, 0)))
                            .add(parameter("size", "Elementos por página (1 a 100).", integer(1, 100, 25)))
                            .add(parameter("commission", "Código de la comisión, región u órgano (p. ej. CVPDCS).",
                                    JSON.createObjectBuilder().add("type", "string").add("pattern", "^[A-Za-z0-9_-]{1,40}$"))))
                    .add("responses", JSON.createObjectBuilder()
                            .add("200", JSON.createObjectBuilder().add("description", "Una página del conjunto de datos.")
                                    .add("content", json("application/json", "#/components/schemas/" + name + "Page")))
                            .add("400", problem("Un parámetro fuera de rango o que no se puede leer."))
                            .add("404", problem("No existe el conjunto de datos o la comisión.")))));
        }
        schemas.add("Problem", JSON.createObjectBuilder().add("type", "object")
                .add("description", "RFC 9457 problem details, en el idioma de quien llama: su preferencia si entró, la cookie vinculo-lang, Accept-Language; español por omisión.")
                .add("properties", JSON.createObjectBuilder()
                        .add("type", string()).add("title", string()).add("status", JSON.createObjectBuilder().add("type", "integer"))
                        .add("detail", string()).add("instance", string())));
        paths.add("/public/openapi.json", document("application/json"));
        paths.add("/public/openapi.yaml", document("application/yaml"));
        return JSON.createObjectBuilder()
                .add("openapi", "3.0.3")
                .add("info", JSON.createObjectBuilder()
                        .add("title", "Vínculo · API pública de datos abiertos")
                        .add("version", "1.0.0")
                        .add("description", "Sesiones públicas, acuerdos, convenios vigentes y acervo de buenas prácticas de los"
                                + " órganos garantes del Sistema Nacional de Transparencia. Sólo lectura, sin autenticación;"
                                + " sólo lo que es público. Descripción de cada campo: " + baseUrl + "/datos/index.xhtml"))
                .add("servers", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("url", baseUrl + "/api/v1")))
                .add("paths", paths)
                .add("components", JSON.createObjectBuilder().add("schemas", schemas))
                .build();
    }

    static String schemaName(Dataset d) {
        return switch (d) {
            case SESSIONS -> "Session";
            case ACUERDOS -> "Acuerdo";
            case AGREEMENTS -> "Agreement";
            case LIBRARY -> "LibraryEntry";
        };
    }

    private static JsonObject record(Dataset d) {
        JsonObjectBuilder props = JSON.createObjectBuilder();
        JsonArrayBuilder required = JSON.createArrayBuilder();
        for (DataField f : d.fields()) {
            JsonObjectBuilder p = switch (f.type()) {
                case INTEGER -> JSON.createObjectBuilder().add("type", "integer").add("format", "int64");
                case DATE -> JSON.createObjectBuilder().add("type", "string").add("format", "date");
                case DATETIME -> JSON.createObjectBuilder().add("type", "string").add("format", "date-time");
                case URL -> JSON.createObjectBuilder().add("type", "string").add("format", "uri");
                case TEXT -> JSON.createObjectBuilder().add("type", "string");
                case TEXT_BY_LANGUAGE -> JSON.createObjectBuilder().add("type", "object")
                        .add("additionalProperties", JSON.createObjectBuilder().add("type", "string"));
            };
            p.add("description", Texts.get(Texts.SPANISH, "data." + d.slug() + "." + f.name()));
            if (f.type() == mx.snt.vinculo.opendata.FieldType.TEXT_BY_LANGUAGE) {
                p.add("example", JSON.createReader(new java.io.StringReader(f.example())).readObject());
            } else {
                p.add("example", f.example()).add("nullable", true);
            }
            props.add(f.name(), p);
            if ("id".equals(f.name())) {
                required.add("id");
            }
        }
        return JSON.createObjectBuilder().add("type", "object").add("required", required).add("properties", props).build();
    }

    private static JsonObject page(String item) {
        return JSON.createObjectBuilder().add("type", "object")
                .add("required", JSON.createArrayBuilder().add("dataset").add("total").add("first").add("size").add("items"))
                .add("properties", JSON.createObjectBuilder()
                        .add("dataset", string())
                        .add("total", JSON.createObjectBuilder().add("type", "integer").add("format", "int64"))
                        .add("first", JSON.createObjectBuilder().add("type", "integer"))
                        .add("size", JSON.createObjectBuilder().add("type", "integer"))
                        .add("items", JSON.createObjectBuilder().add("type", "array")
                                .add("items", JSON.createObjectBuilder().add("$ref", "#/components/schemas/" + item)))
                        .add("links", JSON.createObjectBuilder().add("type", "object").add("properties", JSON.createObjectBuilder()
                                .add("self", uri()).add("next", uri()))))
                .build();
    }

    private static JsonObject document(String mediaType) {
        return JSON.createObjectBuilder().add("get", JSON.createObjectBuilder()
                .add("operationId", mediaType.endsWith("json") ? "openApiJson" : "openApiYaml")
                .add("summary", "Este documento.")
                .add("tags", JSON.createArrayBuilder().add("datos-abiertos"))
                .add("responses", JSON.createObjectBuilder().add("200", JSON.createObjectBuilder()
                        .add("description", "El documento OpenAPI 3 de la API pública.")
                        .add("content", JSON.createObjectBuilder().add(mediaType, JSON.createObjectBuilder()
                                .add("schema", JSON.createObjectBuilder().add("type", "object"))))))).build();
    }

    private static JsonObject parameter(String name, String description, JsonObjectBuilder schema) {
        return JSON.createObjectBuilder().add("name", name).add("in", "query").add("required", false)
                .add("description", description).add("schema", schema).build();
    }

    private static JsonObjectBuilder integer(int min, int max, int def) {
        return JSON.createObjectBuilder().add("type", "integer").add("minimum", min).add("maximum", max).add("default", def);
    }

    private static JsonObject problem(String description) {
        return JSON.createObjectBuilder().add("description", description)
                .add("content", json("application/problem+json", "#/components/schemas/Problem")).build();
    }

    private static JsonObject json(String mediaType, String ref) {
        return JSON.createObjectBuilder().add(mediaType, JSON.createObjectBuilder()
                .add("schema", JSON.createObjectBuilder().add("$ref", ref))).build();
    }

    private static JsonObjectBuilder string() {
        return JSON.createObjectBuilder().add("type", "string");
    }

    private static JsonObjectBuilder uri() {
        return JSON.createObjectBuilder().add("type", "string").add("format", "uri");
    }
}
