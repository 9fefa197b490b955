package mx.snt.vinculo.platform;

/**
 * Whether the integration module's Camel context runs, for the readiness check. Defined here so
 * that the web module needs neither Camel nor the integration module; implemented by the
 * integration module's {@code CamelBootstrap} and looked up by its portable name.
 */
public interface IntegrationStatus {

    /** The integration module's bean (integration.jar). */
    String LOOKUP = "java:app/integration/CamelBootstrap!mx.snt.vinculo.platform.IntegrationStatus";

    /** The context's state as Camel names it (Started, Stopped…). */
    String state();

    /** True when the context is started. */
    boolean started();

    int routeCount();

    String version();
}
