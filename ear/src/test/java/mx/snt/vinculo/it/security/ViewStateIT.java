package mx.snt.vinculo.it.security;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A postback with a ViewState the server never issued (made up, or from another session) is the
 * caller's fault (finding 8): the "session expired" page with 400, never a 500. Signed-out pages keep no
 * view state at all (issue 15), so the forms here are a signed-in person's (their preferences, with a bearer
 * token); a made-up postback to a public page gets the same answer. A signed-in page that renders no form keeps
 * no view state either ({@code FormlessViews}), so it does not push an open form's view out of the session.
 */
class ViewStateIT {

    private static final String PAGE = "/preferencias/index.xhtml";
    private static String token;
    private static String lastPage;

    @BeforeAll
    static void signIn() throws Exception {
        token = Hub.signIn("pedro.personal");
    }

    private static HttpResponse<String> postback(String path, String bearer, String cookie, String viewState) throws Exception {
        String form = "prefs=prefs&prefs%3Asave=prefs%3Asave&jakarta.faces.ViewState=" + Hub.enc(viewState);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Hub.APP + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return Hub.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The signed-in page once, fresh: its session cookie and its ViewState. */
    private static String[] page() throws Exception {
        HttpResponse<String> page = Hub.get(PAGE, token);
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();
        String viewState = page.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        assertThat(viewState).isNotBlank().doesNotContain("<");
        lastPage = page.body();
        return new String[] {cookie, viewState};
    }

    @Test
    void aMadeUpViewStateShowsTheExpiredPageWith400() throws Exception {
        for (String forged : new String[] {"-1234567890123456789:987654321", "x", "<script>alert(1)</script>"}) {
            HttpResponse<String> r = postback(PAGE, token, page()[0], forged);
            assertThat(r.statusCode()).as(forged).isEqualTo(400);
            assertThat(r.body()).as(forged).contains("Su sesión expiró").doesNotContain("<script>alert(1)");
            // A public page keeps no state: a made-up postback to it is answered the same way, without a session.
            HttpResponse<String> anonymous = postback("/index.xhtml", null, null, forged);
            assertThat(anonymous.statusCode()).as(forged).isEqualTo(400);
            assertThat(anonymous.body()).as(forged).contains("Su sesión expiró").doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void aViewStateOfAnotherSessionShowsTheExpiredPageWith400() throws Exception {
        String viewState = page()[1];
        // Another session of the same person (a fresh cookie), or none at all.
        assertThat(postback(PAGE, token, page()[0], viewState).statusCode()).isEqualTo(400);
        HttpResponse<String> none = postback(PAGE, token, null, viewState);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Su sesión expiró");
    }

    /**
     * Faces keeps the last 15 views of a session: a person with a form open who then read 15 other pages used to
     * find the form expired. A page that renders no form is no longer one of them ({@code FormlessViews}): after 20
     * such pages the form still posts back; after 20 pages with forms it has expired (the rule is real).
     */
    @Test
    void readingPagesWithoutFormsLeavesAnOpenFormsViewValid() throws Exception {
        String[] formless = {"/", "/espacios/", "/convenios/tablero.xhtml", "/acervo/index.xhtml?q=transparencia",
                "/buscar/index.xhtml?q=datos+personales",
                "/convenios/index.xhtml?estado=IN_FORCE", "/propuestas/index.xhtml?estado=SUBMITTED"};
        // Restored: shown again, or (nothing to say) answered with a redirect to the same page (post-redirect-get).
        assertThat(postbackAfterReading(formless).statusCode()).isIn(200, 302, 303);
        HttpResponse<String> expired = postbackAfterReading(PAGE, "/sesiones/index.xhtml");
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(expired.body()).contains("Su sesión expiró");
    }

    /** Opens the preferences, reads 20 pages (round the {@code paths}) in the same session, then posts the form back. */
    private static HttpResponse<String> postbackAfterReading(String... paths) throws Exception {
        String[] form = page();
        String nonce = lastPage.replaceAll("(?s).*?nonce=\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> read = Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + paths[i % paths.length]))
                    .header("Authorization", "Bearer " + token).header("Cookie", form[0]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as(paths[i % paths.length]).isEqualTo(200);
        }
        // No button pressed: the view is restored and shown again, nothing is saved.
        String body = "prefs=prefs&primefaces.nonce=" + Hub.enc(nonce) + "&jakarta.faces.ViewState=" + Hub.enc(form[1]);
        return Hub.HTTP.send(HttpRequest.newBuilder(URI.create(Hub.APP + PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Bearer " + token)
                .header("Cookie", form[0]).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
