package mx.snt.vinculo.it.security;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A postback with a ViewState the server never issued (made up, or from another session) is the
 * caller's fault (finding 8): the "session expired" page with 400, never a 500.
 */
class ViewStateIT {

    private static HttpResponse<String> postback(String cookie, String viewState) throws Exception {
        String form = "lang=lang&lang%3Aen=lang%3Aen&jakarta.faces.ViewState=" + Hub.enc(viewState);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Hub.APP + "/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return Hub.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie() throws Exception {
        return Hub.get("/", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();
    }

    @Test
    void aMadeUpViewStateShowsTheExpiredPageWith400() throws Exception {
        for (String forged : new String[] {"-1234567890123456789:987654321", "x", "<script>alert(1)</script>"}) {
            HttpResponse<String> r = postback(sessionCookie(), forged);
            assertThat(r.statusCode()).as(forged).isEqualTo(400);
            assertThat(r.body()).as(forged).contains("Su sesión expiró").doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void aViewStateOfAnotherSessionShowsTheExpiredPageWith400() throws Exception {
        HttpResponse<String> page = Hub.get("/", null);
        String viewState = page.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        assertThat(viewState).isNotBlank().doesNotContain("<");
        // Another visitor's session (a fresh cookie), or none at all.
        assertThat(postback(sessionCookie(), viewState).statusCode()).isEqualTo(400);
        HttpResponse<String> none = postback(null, viewState);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Su sesión expiró");
    }
}
