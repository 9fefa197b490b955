package mx.snt.vinculo.it.sessions;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushed live updates on the deployed hub: the benchmark's load, short (20 viewers, 2 items), where every viewer must
 * get every update (no timing is asserted: this machine is shared); and a private session's stream is refused (404)
 * to the signed-out and to a signed-in person who is not a member; its public live page too (signed out, to the
 * sign-in first, as every page of an id that is not public).
 */
class LivePushIT {

    @Test
    void twentyViewersGetEveryUpdateOfAPublicSession() throws Exception {
        LiveLoad.Report r = LiveLoad.run(20, 2);
        System.out.println(r.text());
        assertThat(r.actions()).isEqualTo(10);
        assertThat(r.missed()).isZero();
        assertThat(r.allMicros()).hasSize(20 * 10);
        // The public page kept answering meanwhile.
        assertThat(r.pageErrors()).as(r.pageErrorReasons().toString()).isZero();
        assertThat(r.pageMicros()).isNotEmpty();
    }

    @Test
    void aPrivateSessionsStreamIsRefusedToWhoeverMayNotSeeIt() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        String elena = Hub.signIn("elena.comisionada");
        String mario = Hub.signIn("mario.personal");   // staff of another commission
        long cvpdcs = Hub.workspaceId(sofia, "CVPDCS");
        long id = Hub.expect(201, Hub.send("POST", "/api/v1/sessions", sofia, "{\"workspaceId\":" + cvpdcs
                + ",\"kind\":\"ORDINARY\",\"title\":\"Sesión privada en vivo\",\"date\":\"" + Hub.today().plusDays(25)
                + "\",\"time\":\"11:00\",\"place\":\"Sala\"}")).get("id").asLong();
        String stream = "/en-vivo/" + id + "/eventos";

        assertThat(status(stream, null)).isEqualTo(404);
        assertThat(status(stream, mario)).isEqualTo(404);
        // The page, signed out, goes to sign in like every page of an id that is not public (existing or not).
        assertThat(status("/en-vivo/" + id, null)).isEqualTo(302);
        assertThat(status("/en-vivo/987654321", null)).isEqualTo(302);
        assertThat(status("/en-vivo/" + id, mario)).isEqualTo(404);
        // An id that does not exist answers the same.
        assertThat(status("/en-vivo/987654321/eventos", null)).isEqualTo(404);
        assertThat(status("/en-vivo/abc/eventos", null)).isEqualTo(404);

        // A member gets the stream: an event-stream whose first message is the session's state.
        HttpResponse<java.io.InputStream> r = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + stream))
                .header("Authorization", "Bearer " + elena).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(), java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            String line;
            String data = null;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("data:")) {
                    data = line;
                    break;
                }
            }
            assertThat(data).contains("\"session\":" + id).contains("\"state\":\"PLANNED\"").doesNotContain("remote");
        }
        // The public live page is for public sessions only: a member of this private one gets a 404 there too.
        assertThat(status("/en-vivo/" + id, elena)).isEqualTo(404);
    }

    private static int status(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Hub.APP + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<java.io.InputStream> r = Hub.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        return r.statusCode();
    }
}
