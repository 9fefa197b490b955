package mx.snt.vinculo.web.agreements;

import mx.snt.vinculo.common.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed as AAAA-MM-DD (plain text fields: every browser and screen reader types them the same way). */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("agreement.date.format", text.strip());
        }
    }

    static String format(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
