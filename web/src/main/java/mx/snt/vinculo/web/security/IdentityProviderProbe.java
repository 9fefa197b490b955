package mx.snt.vinculo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Tells whether Keycloak answers, before a person is sent there: otherwise the browser would
 * show its own "site can't be reached" instead of our page. The answer is kept a few seconds
 * so a busy hub does not ask on every request.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    private static final long TTL_MILLIS = 5_000;

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long checkedAt;
    private volatile boolean reachable = true;

    public boolean reachable() {
        long now = System.currentTimeMillis();
        if (now - checkedAt > TTL_MILLIS) {
            reachable = probe();
            checkedAt = now;
        }
        return reachable;
    }

    private boolean probe() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                            URI.create(settings.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
