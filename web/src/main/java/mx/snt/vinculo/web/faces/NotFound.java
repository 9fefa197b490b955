package mx.snt.vinculo.web.faces;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers the current page request with 404 (rendered by the localized error page). */
public final class NotFound {
    private NotFound() {
    }

    public static void send() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    /** Parses a page parameter as an id; anything else is "not found". */
    public static Long id(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
