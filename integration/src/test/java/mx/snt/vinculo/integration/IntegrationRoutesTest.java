package mx.snt.vinculo.integration;

import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The routes only wire: each timer calls its task, and a failing task does not stop the route. */
class IntegrationRoutesTest extends CamelTestSupport {

    final AtomicInteger outbox = new AtomicInteger(), ws = new AtomicInteger(), export = new AtomicInteger(), digests = new AtomicInteger();

    final IntegrationTasks tasks = new IntegrationTasks() {
        @Override
        public int dispatchOutbox() {
            if (outbox.incrementAndGet() == 1) {
                throw new IllegalStateException("base de datos no disponible");
            }
            return 1;
        }

        @Override
        public int deliverPnt() {
            return ws.incrementAndGet();
        }

        @Override
        public int exportPnt() {
            return export.incrementAndGet();
        }

        @Override
        public void digestTick() {
            digests.incrementAndGet();
        }
    };

    @Override
    public void configureTest(TestExecutionConfiguration config) {
        super.configureTest(config);
        config.withUseAdviceWith(true);
    }

    @Override
    protected org.apache.camel.RoutesBuilder createRouteBuilder() {
        return new IntegrationRoutes(tasks, 60_000, 60_000);
    }

    @Test
    void eachRouteCallsItsTaskAndSurvivesAFailure() throws Exception {
        AdviceWith.adviceWith(context, IntegrationRoutes.OUTBOX, a -> a.replaceFromWith("direct:outbox"));
        AdviceWith.adviceWith(context, IntegrationRoutes.PNT_WS, a -> a.replaceFromWith("direct:ws"));
        AdviceWith.adviceWith(context, IntegrationRoutes.PNT_EXPORT, a -> a.replaceFromWith("direct:export"));
        AdviceWith.adviceWith(context, IntegrationRoutes.DIGESTS, a -> a.replaceFromWith("direct:digests"));
        context.start();

        NotifyBuilder twoOutboxRuns = new NotifyBuilder(context).fromRoute(IntegrationRoutes.OUTBOX).whenDone(2).create();
        template.sendBody("direct:outbox", null);   // fails: logged, handled
        template.sendBody("direct:outbox", null);   // the next tick works
        assertThat(twoOutboxRuns.matches(5, TimeUnit.SECONDS)).isTrue();
        assertThat(outbox.get()).isEqualTo(2);

        NotifyBuilder others = new NotifyBuilder(context).whenDone(3).create();
        template.sendBody("direct:ws", null);
        template.sendBody("direct:export", null);
        template.sendBody("direct:digests", null);
        assertThat(others.matches(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ws.get()).isEqualTo(1);
        assertThat(export.get()).isEqualTo(1);
        assertThat(digests.get()).isEqualTo(1);
    }
}
