package mx.snt.vinculo.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import mx.snt.vinculo.web.faces.ExpiredViewAnswer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityTest {

    @Test
    void formsMayPostToKeycloaksOriginOnly() {
        assertThat(ContentSecurity.origin("https://sso.example.org:8443/realms/vinculo")).isEqualTo("https://sso.example.org:8443");
        assertThat(ContentSecurity.origin("http://localhost:8180/realms/vinculo")).isEqualTo("http://localhost:8180");
    }

    @Test
    void answersThatAreNotPagesMayRunNothing() {
        assertThat(ContentSecurity.NOTHING).isEqualTo("default-src 'none'; frame-ancestors 'self'");
    }

    @Test
    void anUnknownViewIsFoundThroughItsWrappers() {
        assertThat(ExpiredViewAnswer.expired(new ServletException(new FacesException(new ViewExpiredException("x", "/index.xhtml"))))).isTrue();
        assertThat(ExpiredViewAnswer.expired(new ServletException(new IllegalStateException()))).isFalse();
        assertThat(ExpiredViewAnswer.expired(null)).isFalse();
    }
}
