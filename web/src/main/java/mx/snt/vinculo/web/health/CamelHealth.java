package mx.snt.vinculo.web.health;

import mx.snt.vinculo.integration.CamelBootstrap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.ServiceStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the Camel context is started. */
@Readiness
@ApplicationScoped
public class CamelHealth implements HealthCheck {

    @EJB
    private CamelBootstrap camel;

    @Override
    public HealthCheckResponse call() {
        ServiceStatus status = camel.status();
        return HealthCheckResponse.named("camel")
                .status(status == ServiceStatus.Started)
                .build();
    }
}
