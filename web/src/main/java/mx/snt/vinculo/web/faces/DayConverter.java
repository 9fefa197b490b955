package mx.snt.vinculo.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import mx.snt.vinculo.web.Texts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The date pickers' one reading of a typed day: dd/MM/yyyy as people in Mexico write it
 * (15/02/2027; 5/2/2027 too), in both languages, strictly (31/02/2027 is refused, not moved to
 * March). A day is a calendar day in Mexico City: the pickers' "today" is Mexico City's
 * ({@link Formats#MEXICO}); the API keeps ISO dates. A day that cannot be read is refused with a
 * message in the page's language that says how to write it.
 */
@FacesConverter("vinculo.day")
public class DayConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, context.getViewRoot().getLocale());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : Formats.DAY.format(value);
    }

    /** The day typed, or null for an empty field; a ConverterException with the message otherwise. */
    static LocalDate parse(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), TYPED);
        } catch (DateTimeParseException e) {
            String text = Texts.get(locale, "date.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    /** Hours and minutes (24 hours) of the time pickers. */
    @FacesConverter("vinculo.time")
    public static class Time implements Converter<LocalTime> {

        private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
            return parse(value, context.getViewRoot().getLocale());
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
            return value == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(value);
        }

        static LocalTime parse(String value, Locale locale) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalTime.parse(value.strip(), TYPED);
            } catch (DateTimeParseException e) {
                String text = Texts.get(locale, "time.invalid");
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
            }
        }
    }
}
