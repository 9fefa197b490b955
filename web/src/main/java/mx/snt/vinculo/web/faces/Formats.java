package mx.snt.vinculo.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import mx.snt.vinculo.common.MexicoCity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as people in Mexico read them: America/Mexico_City, in the page's language. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** Kept as an alias for the pages: the zone is declared once, in {@link MexicoCity}. */
    public static final ZoneId MEXICO = MexicoCity.ZONE;

    /** The one pattern of a day on the pages, the spreadsheets and SIPOT. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(MEXICO)
                .format(instant);
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
