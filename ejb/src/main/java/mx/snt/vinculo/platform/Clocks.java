package mx.snt.vinculo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of "now" for services and pages: they inject a {@link Clock} instead of
 * reading the wall clock, so time rules (notice periods, due dates, expiry) can be tested
 * with a fixed or moving clock.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.systemUTC();
    }
}
