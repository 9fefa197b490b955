package mx.snt.vinculo.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import mx.snt.vinculo.platform.IntegrationStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the Camel context is started (asked through the integration module's {@link IntegrationStatus}). */
@Readiness
@ApplicationScoped
public class CamelHealth implements HealthCheck {

    @EJB(lookup = IntegrationStatus.LOOKUP)
    private IntegrationStatus camel;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("camel")
                .status(camel.started())
                .build();
    }
}
