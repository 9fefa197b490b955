package mx.snt.vinculo.integration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import mx.snt.vinculo.platform.IntegrationStatus;
import org.apache.camel.impl.DefaultCamelContext;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Owns the application's Camel context: started after the schema is migrated, stopped when
 * the application is undeployed. Camel's threads come from the container's
 * {@link ManagedThreadFactory}, so they carry the application's class loader and naming
 * context; routes are handed objects and never look anything up themselves.
 */
@Singleton
@Startup
@DependsOn("ejb.jar#SchemaMigrations")
@Lock(LockType.READ)
@LocalBean
@Local(IntegrationStatus.class)
public class CamelBootstrap implements IntegrationStatus {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());
    static final String CONTEXT_NAME = "vinculo";

    @Resource
    private ManagedThreadFactory threads;

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @jakarta.ejb.EJB
    private IntegrationJobs jobs;

    private CamelContext camel;

    @PostConstruct
    void start() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(CONTEXT_NAME);
        // Components and languages are found through the EAR's class loader, not the thread's.
        context.setApplicationContextClassLoader(getClass().getClassLoader());
        context.getExecutorServiceManager().setThreadPoolFactory(new ManagedThreadPoolFactory(threads));
        context.getRegistry().bind("vinculoDataSource", dataSource);
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try {
            context.addRoutes(new IntegrationRoutes(jobs,
                    config.getOptionalValue("vinculo.integration.poll-millis", Long.class).orElse(5000L),
                    config.getOptionalValue("vinculo.pnt.export-millis", Long.class).orElse(900_000L)));
        } catch (Exception e) {
            throw new IllegalStateException("Rutas de integración", e);
        }
        context.start();
        camel = context;
        LOG.info(() -> "Contexto Camel '" + CONTEXT_NAME + "' iniciado (" + context.getVersion() + ")");
    }

    @PreDestroy
    void stop() {
        if (camel != null) {
            camel.stop();
            LOG.info("Contexto Camel detenido");
        }
    }

    public ServiceStatus status() {
        return camel == null ? ServiceStatus.Stopped : camel.getStatus();
    }

    @Override
    public String state() {
        return status().name();
    }

    @Override
    public boolean started() {
        return status() == ServiceStatus.Started;
    }

    @Override
    public int routeCount() {
        return camel == null ? 0 : camel.getRoutes().size();
    }

    @Override
    public String version() {
        return camel == null ? "" : camel.getVersion();
    }
}
