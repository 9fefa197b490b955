package mx.snt.vinculo.integration;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes: timers that call the tasks. A failure is logged and the next tick tries again
 * (the beans keep their own attempts and backoff in the database). Every instance runs these
 * timers; the tasks make the export and the digests run once per cluster.
 */
public class IntegrationRoutes extends RouteBuilder {

    public static final String OUTBOX = "vinculo-outbox", PNT_WS = "vinculo-pnt-ws", PNT_EXPORT = "vinculo-pnt-export",
            DIGESTS = "vinculo-digests";

    private final IntegrationTasks tasks;
    private final long pollMillis;
    private final long exportMillis;

    public IntegrationRoutes(IntegrationTasks tasks, long pollMillis, long exportMillis) {
        this.tasks = tasks;
        this.pollMillis = pollMillis;
        this.exportMillis = exportMillis;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, "${routeId}: ${exception.message}");

        from("timer:outbox?delay=5000&period=" + pollMillis).routeId(OUTBOX)
                .bean(tasks, "dispatchOutbox");
        from("timer:pntws?delay=7000&period=" + pollMillis).routeId(PNT_WS)
                .bean(tasks, "deliverPnt");
        from("timer:pntexport?delay=9000&period=" + exportMillis).routeId(PNT_EXPORT)
                .bean(tasks, "exportPnt");
        from("timer:digests?delay=11000&period=60000").routeId(DIGESTS)
                .bean(tasks, "digestTick");
    }
}
