package mx.snt.vinculo.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.snt.vinculo.platform.DataChanges;
import mx.snt.vinculo.web.publicsite.PublicPageCache;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * At {@code /health/live} ("public-cache"): the signed-out answers this instance keeps now and their bytes, how
 * many were sent from memory and how many were rendered and kept since the start, and the data's generation (it
 * moves with every commit). A separate bean: a health check carries the {@code @Liveness} qualifier, which would
 * hide the cache itself from its ordinary injection points.
 */
@Liveness
@ApplicationScoped
public class PublicCacheHealth implements HealthCheck {

    @Inject
    PublicPageCache cache;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("public-cache").up()
                .withData("on", cache.on())
                .withData("entries", cache.size())
                .withData("bytes", cache.bytes())
                .withData("hits", cache.hits())
                .withData("kept", cache.kept())
                .withData("generation", DataChanges.generation())
                .build();
    }
}
