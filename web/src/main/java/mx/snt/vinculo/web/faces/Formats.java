package mx.snt.vinculo.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import mx.snt.vinculo.common.MexicoCity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as people in Mexico read them: America/Mexico_City, in the page's language. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** Kept as an alias for the pages: the zone is declared once, in {@link MexicoCity}. */
    public static final ZoneId MEXICO = MexicoCity.ZONE;

    /** The one pattern of a day on the pages, the spreadsheets and SIPOT. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A moment as the pages show it: dd/MM/yyyy HH:mm in Mexico City (both languages, like {@link #DAY}). */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(MEXICO);

    public String dateTime(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    /** A day as people in Mexico write it: dd/MM/yyyy (both languages). */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The zone's id, for the date pickers. */
    public String getZoneId() {
        return MEXICO.getId();
    }

    /** Machine-readable value for &lt;time datetime&gt;. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(MEXICO).format(instant);
    }
}
