package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.common.ValidationException;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the register of acuerdos is filtered by: words of the text or number, a commission or
 * region (its code), a year, a result ({@code APPROVED}/{@code REJECTED}). Blank means "any";
 * anything else out of range is refused with a message, never a 500.
 */
public record AcuerdoFilter(String text, String workspaceCode, Integer year, String result) implements Serializable {

    public static final AcuerdoFilter ANY = new AcuerdoFilter(null, null, null, null);

    public AcuerdoFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new ValidationException("public.filter.text");
        }
        workspaceCode = workspaceCode == null || workspaceCode.isBlank() ? null : workspaceCode.strip().toUpperCase(Locale.ROOT);
        if (workspaceCode != null && !workspaceCode.matches("[A-Z0-9]{1,32}")) {
            throw new ValidationException("public.filter.unit");
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ValidationException("public.filter.year");
        }
        result = result == null || result.isBlank() ? null : result.strip().toUpperCase(Locale.ROOT);
        if (result != null && !result.equals("APPROVED") && !result.equals("REJECTED")) {
            throw new ValidationException("public.filter.result");
        }
    }

    /** A year as typed in the form; blank is none, anything else not a year is refused. */
    public static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw new ValidationException("public.filter.year");
        }
        return Integer.parseInt(text.strip());
    }
}
