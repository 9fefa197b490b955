package mx.snt.vinculo.it.security;

import com.fasterxml.jackson.databind.JsonNode;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ASVS 5.1: a parameter or JSON field that cannot be read as what the API expects is a 400
 * problem naming it, in the caller's language — never the 404 "No encontrado" JAX-RS gives an
 * unconvertible parameter, never a wrapped-around number reaching the services.
 */
class MalformedParametersIT {

    static String mario;   // personal, ITEI (JAL)
    static long jal;
    static long agreement;

    @BeforeAll
    static void setUp() throws Exception {
        mario = Hub.token("mario.personal");
        Hub.expect(200, Hub.get("/api/v1/me", mario));
        jal = Hub.workspaceId(mario, "JAL");
        agreement = Hub.expect(201, Hub.send("POST", "/api/v1/agreements", mario, "{\"workspaceId\":" + jal
                + ",\"type\":\"COORDINACION\",\"title\":\"Convenio de parámetros\",\"purpose\":\"Pruebas.\"}")).get("id").asLong();
    }

    @Test
    void unconvertibleQueryParametersAre400NamingThemInSpanishAndEnglish() throws Exception {
        String[][] cases = {
                {"/api/v1/library?sort=DROP", "sort"},
                {"/api/v1/library?topic=X", "topic"},
                {"/api/v1/library?year=abc", "year"},
                {"/api/v1/agreements?state=X", "state"},
                {"/api/v1/proposals?state=X", "state"},
                {"/api/v1/agreements?first=abc", "first"},
                {"/api/v1/agreements?size=1e9", "size"},
                {"/api/v1/workspaces/" + jal + "/documents?first=99999999999", "first"},
                {"/api/v1/agreements/" + agreement + "/compare?left=uno&right=2", "left"},
        };
        for (String[] c : cases) {
            JsonNode es = problem(send("GET", c[0], "es-MX,es;q=0.9", null, null), c[0]);
            assertThat(es.get("title").asText()).as(c[0]).isEqualTo("Solicitud no válida");
            assertThat(es.get("detail").asText()).as(c[0]).isEqualTo("El parámetro «" + c[1] + "» no tiene un valor válido.");
            JsonNode en = problem(send("GET", c[0], "en-US,en;q=0.8", null, null), c[0]);
            assertThat(en.get("title").asText()).as(c[0]).isEqualTo("Bad request");
            assertThat(en.get("detail").asText()).as(c[0]).isEqualTo("The parameter \"" + c[1] + "\" does not have a valid value.");
        }
    }

    @Test
    void anUnknownAttachmentKindIs400AndStoresNothing() throws Exception {
        long files = Hub.count("SELECT COUNT(*) FROM stored_file");
        String path = "/api/v1/agreements/" + agreement + "/attachments?kind=EVIL&name=anexo.pdf";
        JsonNode es = problem(send("POST", path, null, "application/octet-stream", Hub.pdf("Anexo")), path);
        assertThat(es.get("detail").asText()).isEqualTo("El parámetro «kind» no tiene un valor válido.");
        JsonNode en = problem(send("POST", path, "en", "application/octet-stream", Hub.pdf("Anexo")), path);
        assertThat(en.get("detail").asText()).isEqualTo("The parameter \"kind\" does not have a valid value.");
        assertThat(Hub.count("SELECT COUNT(*) FROM stored_file")).isEqualTo(files);
    }

    @Test
    void aJsonFieldOfTheWrongTypeOrOutOfRangeIs400NamingIt() throws Exception {
        long documents = Hub.count("SELECT COUNT(*) FROM document");
        String[][] cases = {
                {"{\"workspaceId\":99999999999999999999,\"title\":\"Desbordado\",\"body\":\"x\",\"visibility\":\"PRIVATE\"}", "workspaceId"},
                {"{\"workspaceId\":18446744073709551617,\"title\":\"Desbordado\",\"body\":\"x\",\"visibility\":\"PRIVATE\"}", "workspaceId"},
                {"{\"workspaceId\":1.5,\"title\":\"Fracción\",\"body\":\"x\",\"visibility\":\"PRIVATE\"}", "workspaceId"},
                {"{\"workspaceId\":\"abc\",\"title\":\"Texto\",\"body\":\"x\",\"visibility\":\"PRIVATE\"}", "workspaceId"},
                {"{\"workspaceId\":" + jal + ",\"title\":\"Enum\",\"body\":\"x\",\"visibility\":\"SECRETO\"}", "visibility"},
                {"{\"workspaceId\":" + jal + ",\"title\":{\"a\":1},\"body\":\"x\",\"visibility\":\"PRIVATE\"}", "title"},
        };
        for (String[] c : cases) {
            JsonNode es = problem(send("POST", "/api/v1/documents", null, "application/json", c[0].getBytes()), c[0]);
            assertThat(es.get("detail").asText()).as(c[0]).isEqualTo("El campo «" + c[1] + "» no tiene un valor válido (tipo o rango).");
            JsonNode en = problem(send("POST", "/api/v1/documents", "en", "application/json", c[0].getBytes()), c[0]);
            assertThat(en.get("detail").asText()).as(c[0]).isEqualTo("The field \"" + c[1] + "\" does not have a valid value (type or range).");
        }
        HttpResponse<String> version = send("PATCH", "/api/v1/documents/1", null, "application/json",
                "{\"visibility\":\"PUBLIC\",\"version\":1e400}".getBytes());
        assertThat(problem(version, "version").get("detail").asText()).contains("«version»");
        assertThat(Hub.count("SELECT COUNT(*) FROM document")).isEqualTo(documents);
    }

    @Test
    void pagingOutOfRangeIsClampedAsTheReadmeSays() throws Exception {
        JsonNode big = Hub.expect(200, Hub.get("/api/v1/agreements?size=1000", mario));
        assertThat(big.get("size").asInt()).isEqualTo(100);
        JsonNode negative = Hub.expect(200, Hub.get("/api/v1/agreements?first=-5&size=-1", mario));
        assertThat(negative.get("first").asInt()).isZero();
        assertThat(negative.get("size").asInt()).isEqualTo(25);
    }

    private static HttpResponse<String> send(String method, String path, String language, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Hub.APP + path)).header("Authorization", "Bearer " + mario)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        return Hub.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> r, String what) throws Exception {
        assertThat(r.statusCode()).as(what + " → " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        assertThat(r.body()).as(what).doesNotContain("Exception");
        JsonNode p = Hub.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(400);
        return p;
    }
}
