package mx.snt.vinculo.web.publicsite;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PublicCachingTest {

    private static byte[] page(String nonce, String text) {
        return ("<html><script nonce=\"" + nonce + "\" src=\"/a.js\"></script><p>" + text + "</p>"
                + "<script nonce=\"" + nonce + "\">PrimeFaces.cw()</script></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theValidatorIgnoresTheNonceButNotTheContent() {
        String a = PublicCaching.etag(page("bm9uY2UtYQ==", "Acuerdo 1"), "bm9uY2UtYQ==", "text/html");
        String b = PublicCaching.etag(page("b3Ryby1ub25jZQ==", "Acuerdo 1"), "b3Ryby1ub25jZQ==", "text/html");
        String changed = PublicCaching.etag(page("bm9uY2UtYQ==", "Acuerdo 2"), "bm9uY2UtYQ==", "text/html");
        assertThat(a).isEqualTo(b).startsWith("W/\"").endsWith("\"").isNotEqualTo(changed);
        // Without masking, the two answers would differ.
        assertThat(PublicCaching.etag(page("bm9uY2UtYQ==", "x"), null, "text/html"))
                .isNotEqualTo(PublicCaching.etag(page("b3Ryby1ub25jZQ==", "x"), null, "text/html"));
        // The same bytes as another type are another representation.
        assertThat(PublicCaching.etag(page("n", "x"), "n", "text/html")).isNotEqualTo(PublicCaching.etag(page("n", "x"), "n", "text/plain"));
    }

    @Test
    void aKeptFeedAnswersIfModifiedSinceByItsLastModified() {
        var feed = new PublicPageCache.Entry(0, 0, 200, java.util.List.of(java.util.Map.entry("Last-Modified",
                "Tue, 01 Dec 2026 18:00:00 GMT")), new byte[0], "W/\"f\"");
        assertThat(PublicCaching.notModifiedSince("Tue, 01 Dec 2026 18:00:00 GMT", feed)).isTrue();
        assertThat(PublicCaching.notModifiedSince("Wed, 02 Dec 2026 09:00:00 GMT", feed)).isTrue();
        assertThat(PublicCaching.notModifiedSince("Tue, 01 Dec 2026 17:59:59 GMT", feed)).isFalse();
        assertThat(PublicCaching.notModifiedSince("ayer", feed)).isFalse();
        assertThat(PublicCaching.notModifiedSince(null, feed)).isFalse();
        var page = new PublicPageCache.Entry(0, 0, 200, java.util.List.of(), new byte[0], "W/\"p\"");
        assertThat(PublicCaching.notModifiedSince("Wed, 02 Dec 2026 09:00:00 GMT", page)).isFalse();
    }

    @Test
    void theNonceIsReadFromThePagePolicy() {
        assertThat(PublicCaching.nonce("default-src 'self'; script-src 'self' 'nonce-YWJjZA=='")).isEqualTo("YWJjZA==");
        assertThat(PublicCaching.nonce("default-src 'none'; frame-ancestors 'self'")).isNull();
        assertThat(PublicCaching.nonce(null)).isNull();
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(PublicCaching.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PublicCaching.matches("\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PublicCaching.matches("W/\"x\", W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PublicCaching.matches("*", "W/\"abc\"")).isTrue();
        assertThat(PublicCaching.matches("W/\"abd\"", "W/\"abc\"")).isFalse();
        assertThat(PublicCaching.matches(null, "W/\"abc\"")).isFalse();
    }

    @Test
    void signInStreamsFilesAndTheMembersApiAreNeverPublic() {
        assertThat(PublicCaching.cacheable("/")).isTrue();
        assertThat(PublicCaching.cacheable("/comisiones/cvpdcs")).isTrue();
        assertThat(PublicCaching.cacheable("/api/v1/public/acuerdos")).isTrue();
        assertThat(PublicCaching.cacheable("/feeds/sesiones.atom")).isTrue();
        assertThat(PublicCaching.cacheable("/en-vivo/12")).isTrue();
        assertThat(PublicCaching.cacheable("/en-vivo/12/eventos")).isFalse();
        assertThat(PublicCaching.cacheable("/api/v1/sessions")).isFalse();
        assertThat(PublicCaching.cacheable("/entrar")).isFalse();
        assertThat(PublicCaching.cacheable("/callback")).isFalse();
        assertThat(PublicCaching.cacheable("/convenios/archivo")).isFalse();
        assertThat(PublicCaching.cacheable("/sesiones/acta/3")).isFalse();
    }
}
