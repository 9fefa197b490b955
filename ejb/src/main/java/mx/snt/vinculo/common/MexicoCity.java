package mx.snt.vinculo.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one time zone of the network's calendar: deadlines, notice periods, session days and
 * export periods are all counted in Mexico City, whatever zone the server runs in.
 */
public final class MexicoCity {

    /** America/Mexico_City, declared once for the whole application. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private MexicoCity() {
    }

    /** Today in Mexico City by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The calendar day of an instant in Mexico City. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** An instant seen in Mexico City. */
    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }
}
