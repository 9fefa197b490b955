package mx.snt.vinculo.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The number of live HTTP sessions on this instance, read at {@code /health/live} ("web-sessions", data
 * {@code active}): the public site must create none for a signed-out visitor (issue 15), so the benchmark and
 * monitoring watch this number. A plain count, nothing about who. With the logger at FINE every new session's
 * stack is logged, which names the code that created it.
 */
@Liveness
@ApplicationScoped
public class WebSessions implements HealthCheck {

    private static final AtomicLong ACTIVE = new AtomicLong();
    private static final AtomicLong CREATED = new AtomicLong();
    private static final Logger LOG = Logger.getLogger(WebSessions.class.getName());

    public static long active() {
        return ACTIVE.get();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("web-sessions").up()
                .withData("active", ACTIVE.get())
                .withData("created", CREATED.get())
                .build();
    }

    /** Counts sessions as the container creates and ends them (expiry, sign-out). */
    @WebListener
    public static class Counter implements HttpSessionListener {
        @Override
        public void sessionCreated(HttpSessionEvent event) {
            ACTIVE.incrementAndGet();
            CREATED.incrementAndGet();
            if (LOG.isLoggable(Level.FINE)) {
                LOG.log(Level.FINE, "HTTP session created", new Throwable("session " + event.getSession().getId()));
            }
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            ACTIVE.decrementAndGet();
        }
    }
}
