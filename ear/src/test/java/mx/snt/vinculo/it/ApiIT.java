package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API on the deployed EAR, with real Keycloak tokens and the MySQL-protocol database
 * behind it (reached through MySQL Connector/J).
 */
class ApiIT {

    static String mario;   // personal, ITEI (JAL)
    static String pedro;   // personal, COTAI (NL)
    static String ana;     // admin, INAI (FED)

    @BeforeAll
    static void tokens() throws Exception {
        mario = Hub.token("mario.personal");
        pedro = Hub.token("pedro.personal");
        ana = Hub.token("ana.admin");
    }

    @Test
    void meComesFromTheTokenAndIsKeptInTheDirectory() throws Exception {
        HttpResponse<String> r = Hub.get("/api/v1/me", mario);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode me = Hub.json(r);
        assertThat(me.get("username").asText()).isEqualTo("mario.personal");
        assertThat(me.get("roles").toString()).contains("personal");
        assertThat(codes(me.get("workspaces"))).containsExactly("JAL", "CPDP", "RCO", "SNT");
        assertThat(Hub.count("SELECT COUNT(*) FROM member m JOIN workspace w ON w.id = m.home_body_id"
                + " WHERE m.username = ? AND w.code = 'JAL'", "mario.personal")).isEqualTo(1);
        assertThat(Hub.count("SELECT COUNT(*) FROM member_role r JOIN member m ON m.id = r.member_id"
                + " WHERE m.username = ? AND r.role_name = 'PERSONAL'", "mario.personal")).isEqualTo(1);
    }

    @Test
    void aPersonsParallelCallsAllAnswerWhenTheirLastLoginIsRefreshed() throws Exception {
        // Every call with a token syncs the member, and refreshes the last login once it is a few minutes old: calls
        // in parallel then all refreshed it at once, and all but one failed on the member's version.
        String token = Hub.token("lucia.juridico");
        assertThat(Hub.get("/api/v1/me", token).statusCode()).isEqualTo(200);
        for (int round = 0; round < 3; round++) {
            Hub.update("UPDATE member SET last_login = NULL WHERE username = 'lucia.juridico'");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
            try {
                var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
                for (int i = 0; i < 24; i++) {
                    calls.add(pool.submit(() -> Hub.get("/api/v1/me", token).statusCode()));
                }
                for (var call : calls) {
                    assertThat(call.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(Hub.count("SELECT COUNT(*) FROM member WHERE username = 'lucia.juridico' AND last_login IS NOT NULL"))
                    .isEqualTo(1);
        }
    }

    @Test
    void workspacesListBodyCommissionsRegionsAndTheNetwork() throws Exception {
        JsonNode ws = Hub.json(Hub.get("/api/v1/workspaces", pedro));
        assertThat(codes(ws)).containsExactly("NL", "CTIPNT", "RNORTE", "SNT");
        long nl = ws.get(0).get("id").asLong();
        JsonNode overview = Hub.json(Hub.get("/api/v1/workspaces/" + nl, pedro));
        assertThat(overview.get("callerIsMember").asBoolean()).isTrue();
        assertThat(overview.get("memberCount").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode members = Hub.json(Hub.get("/api/v1/workspaces/" + nl + "/members", pedro));
        assertThat(members.get("items").toString()).contains("pedro.personal");
    }

    @Test
    void aPrivateItemOfAnotherBodyIsNotFoundAndItsListsLeaveItOut() throws Exception {
        long jal = workspaceId(mario, "JAL");
        JsonNode created = Hub.json(Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"Nota privada de ITEI\",\"body\":\"Solo para ITEI\",\"visibility\":\"PRIVATE\"}"));
        long id = created.get("id").asLong();

        assertThat(Hub.get("/api/v1/documents/" + id, mario).statusCode()).isEqualTo(200);
        HttpResponse<String> other = Hub.get("/api/v1/documents/" + id, pedro);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(other.body()).doesNotContain("Solo para ITEI");
        // An admin gets no backdoor either: one rule for everyone.
        assertThat(Hub.get("/api/v1/documents/" + id, ana).statusCode()).isEqualTo(404);
        // Lists say the same as the item.
        assertThat(Hub.get("/api/v1/workspaces/" + jal + "/documents?size=100", pedro).body()).doesNotContain("Nota privada de ITEI");
        assertThat(Hub.get("/api/v1/workspaces/" + jal + "/documents?size=100", mario).body()).contains("Nota privada de ITEI");
    }

    @Test
    void networkItemsAreSeenByEveryoneSignedIn() throws Exception {
        long jal = workspaceId(mario, "JAL");
        long id = Hub.json(Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"Aviso a la red\",\"body\":\"Para todos\",\"visibility\":\"NETWORK\"}")).get("id").asLong();
        assertThat(Hub.get("/api/v1/documents/" + id, pedro).statusCode()).isEqualTo(200);
    }

    @Test
    void publishingRecordsAnAuditEntryAndOneOutboxEventInTheSameTransaction() throws Exception {
        long jal = workspaceId(mario, "JAL");
        JsonNode d = Hub.json(Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"Informe para publicar\",\"body\":\"Texto\",\"visibility\":\"PRIVATE\"}"));
        long id = d.get("id").asLong();
        assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'Document' AND aggregate_id = ?", id)).isZero();

        HttpResponse<String> published = Hub.send("PATCH", "/api/v1/documents/" + id, mario,
                "{\"visibility\":\"PUBLIC\",\"version\":" + d.get("version").asLong() + "}");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'Document' AND aggregate_id = ?"
                + " AND event_type = 'document.published' AND status = 'PENDING'", id)).isEqualTo(1);
        assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Document' AND entity_id = ?"
                + " AND action = 'document.visibility' AND from_state = 'PRIVATE' AND to_state = 'PUBLIC' AND actor = 'mario.personal'", id)).isEqualTo(1);
        // Now anyone on the network sees it.
        assertThat(Hub.get("/api/v1/documents/" + id, pedro).statusCode()).isEqualTo(200);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long jal = workspaceId(mario, "JAL");
        JsonNode d = Hub.json(Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"Dos editores\",\"body\":\"\",\"visibility\":\"PRIVATE\"}"));
        long id = d.get("id").asLong();
        long v = d.get("version").asLong();
        assertThat(Hub.send("PATCH", "/api/v1/documents/" + id, mario, "{\"visibility\":\"NETWORK\",\"version\":" + v + "}").statusCode()).isEqualTo(200);
        HttpResponse<String> stale = Hub.send("PATCH", "/api/v1/documents/" + id, mario, "{\"visibility\":\"PUBLIC\",\"version\":" + v + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Hub.json(stale).get("detail").asText()).contains("Alguien más modificó");
        assertThat(Hub.json(Hub.get("/api/v1/documents/" + id, mario)).get("visibility").asText()).isEqualTo("NETWORK");
    }

    @Test
    void badInputGetsAClearProblemAndStoresNothing() throws Exception {
        long jal = workspaceId(mario, "JAL");
        long before = Hub.count("SELECT COUNT(*) FROM document");

        HttpResponse<String> malformed = Hub.send("POST", "/api/v1/documents", mario, "{\"workspaceId\": 1, \"title\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Hub.json(malformed).get("title").asText()).isEqualTo("Solicitud no válida");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> noTitle = Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"  \",\"body\":\"x\",\"visibility\":\"PRIVATE\"}");
        assertThat(noTitle.statusCode()).isEqualTo(422);
        assertThat(Hub.json(noTitle).get("detail").asText()).isEqualTo("Escriba un título.");

        HttpResponse<String> unknownEnum = Hub.send("POST", "/api/v1/documents", mario,
                "{\"workspaceId\":" + jal + ",\"title\":\"x\",\"visibility\":\"SECRETO\"}");
        assertThat(unknownEnum.statusCode()).isEqualTo(400);

        HttpResponse<String> notMine = Hub.send("POST", "/api/v1/documents", pedro,
                "{\"workspaceId\":" + jal + ",\"title\":\"Intruso\",\"body\":\"x\",\"visibility\":\"PUBLIC\"}");
        assertThat(notMine.statusCode()).isEqualTo(403);

        assertThat(Hub.count("SELECT COUNT(*) FROM document")).isEqualTo(before);
    }

    @Test
    void englishWhenAskedFor() throws Exception {
        HttpResponse<String> r = Hub.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Hub.APP + "/api/v1/documents/999999"))
                .header("Authorization", "Bearer " + mario).header("Accept-Language", "en-US,en;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Hub.json(r).get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void unknownAddressesAndMissingOrBrokenTokensAnswerPlainly() throws Exception {
        HttpResponse<String> unknown = Hub.get("/api/v1/no-existe", mario);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Hub.json(unknown).get("status").asInt()).isEqualTo(404);

        HttpResponse<String> anonymous = Hub.get("/api/v1/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Location")).isEmpty(); // never a redirect to the login page
        assertThat(Hub.json(anonymous).get("title").asText()).isEqualTo("Se requiere iniciar sesión");

        HttpResponse<String> forged = Hub.get("/api/v1/me", mario.substring(0, mario.lastIndexOf('.') + 1) + "firmaFalsa");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(Hub.json(forged).get("detail").asText()).contains("no es válido");

        HttpResponse<String> badType = Hub.get("/api/v1/directory/units?type=PLANETA", mario);
        assertThat(badType.statusCode()).isEqualTo(422);
        assertThat(Hub.json(badType).get("detail").asText()).contains("PLANETA");
    }

    @Test
    void theDirectoryShipsTheNetworkAsItStoodBeforeTheReform() throws Exception {
        assertThat(Hub.json(Hub.get("/api/v1/directory/units?type=BODY&size=1", mario)).get("total").asLong()).isEqualTo(36);
        assertThat(Hub.json(Hub.get("/api/v1/directory/units?type=COMMISSION&size=1", mario)).get("total").asLong()).isEqualTo(11);
        assertThat(Hub.json(Hub.get("/api/v1/directory/units?type=REGION&size=1", mario)).get("total").asLong()).isEqualTo(4);
        JsonNode found = Hub.json(Hub.get("/api/v1/directory/units?q=" + Hub.enc("vinculación"), mario));
        assertThat(found.get("items").get(0).get("code").asText()).isEqualTo("CVPDCS");
        Hub.get("/api/v1/me", pedro); // the directory knows the people who have signed in
        assertThat(Hub.json(Hub.get("/api/v1/directory/members?q=pedro", mario)).get("items").toString()).contains("pedro.personal");
    }

    @Test
    void healthReportsTheDatabaseAndCamel() throws Exception {
        HttpResponse<String> r = Hub.get("/health/ready", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode health = Hub.json(r);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.toString()).contains("\"database\"").contains("\"camel\"");
        // Anonymous health says UP or DOWN only: no product, version or route names for a visitor (ASVS 14.3).
        assertThat(health.toString()).doesNotContain("MySQL").doesNotContain("MariaDB").doesNotContain("version")
                .doesNotContain("Started").doesNotContain("routes");
    }

    private static long workspaceId(String token, String code) throws Exception {
        for (JsonNode w : Hub.json(Hub.get("/api/v1/workspaces", token))) {
            if (w.get("code").asText().equals(code)) {
                return w.get("id").asLong();
            }
        }
        throw new AssertionError("sin espacio " + code);
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(w -> out.add(w.get("code").asText()));
        return out;
    }
}
