package mx.snt.vinculo.web.integration;

import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.faces.Formats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A digest's period in words, wherever it shows: the console, its messages and the audit trail. */
public final class DigestPeriods {

    private DigestPeriods() {
    }

    /** A digest period key ({@code D:2026-12-01}, {@code W:2026-W49}) in words: "diario del 01/12/2026", "semanal (semana 49 de 2026)". */
    public static String words(Locale locale, String period) {
        if (period != null && period.startsWith("D:")) {
            try {
                return Texts.get(locale, "int.period.daily",
                        Formats.DAY.format(LocalDate.parse(period.substring(2))));
            } catch (DateTimeParseException e) {
                return period;
            }
        }
        if (period != null && period.matches("W:\\d{4}-W\\d{2}")) {
            return Texts.get(locale, "int.period.weekly", Integer.parseInt(period.substring(8)),
                    period.substring(2, 6));
        }
        return period;
    }
}
