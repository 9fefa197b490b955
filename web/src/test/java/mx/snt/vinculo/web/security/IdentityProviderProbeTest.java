package mx.snt.vinculo.web.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page is only offered when Keycloak answers; otherwise the person gets our 503 page. */
class IdentityProviderProbeTest {

    @Test
    void answersWhetherTheRealmRespondsAndRemembersItBriefly() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/vinculo/.well-known/openid-configuration", ex -> {
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("{}".getBytes());
            ex.close();
        });
        server.start();
        try {
            IdentityProviderProbe probe = probe("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/vinculo");
            assertThat(probe.reachable()).isTrue();
            server.stop(0);
            assertThat(probe.reachable()).as("cached for a few seconds").isTrue();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(probe("http://127.0.0.1:" + port + "/realms/vinculo").reachable()).isFalse();
    }

    private static IdentityProviderProbe probe(String providerUri) {
        OidcSettings settings = new OidcSettings();
        settings.providerUri = providerUri;
        IdentityProviderProbe probe = new IdentityProviderProbe();
        probe.settings = settings;
        return probe;
    }
}
