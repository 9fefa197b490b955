package mx.snt.vinculo.web.faces;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After signing in, only a page of this application is a place to return to. */
class SignInFirstTest {

    @Test
    void pagesOfTheHubAreLocal() {
        assertThat(SignInFirst.isLocal("", "/sesiones/ver.xhtml?id=21")).isTrue();
        assertThat(SignInFirst.isLocal("", "/convenios/ver.xhtml?id=1&tab=2")).isTrue();
        assertThat(SignInFirst.isLocal("/hub", "/hub/acervo/ver.xhtml?id=3")).isTrue();
    }

    @Test
    void otherSitesAndTricksAreNot() {
        assertThat(SignInFirst.isLocal("", "https://evil.example/")).isFalse();
        assertThat(SignInFirst.isLocal("", "//evil.example/")).isFalse();
        assertThat(SignInFirst.isLocal("", "/\\evil.example/")).isFalse();
        assertThat(SignInFirst.isLocal("", "/x?u=http://evil.example")).isFalse();
        assertThat(SignInFirst.isLocal("", "/a\r\nSet-Cookie: x=1")).isFalse();
        assertThat(SignInFirst.isLocal("", "sesiones/ver.xhtml")).isFalse();
        assertThat(SignInFirst.isLocal("/hub", "/other/page")).isFalse();
        assertThat(SignInFirst.isLocal("", "/callback?code=x")).isFalse();
    }
}
