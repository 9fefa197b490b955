package mx.snt.vinculo.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page request for an item the caller may not see. A signed-in person gets 404 (the
 * localized error page). A signed-out person is sent to sign in and back to exactly this
 * address (mail and bookmark links must open), and only then does the visibility rule answer;
 * since that happens for every id that is not public, existing or not, a signed-out request
 * never learns whether a private id exists.
 */
public final class NotFound {
    private NotFound() {
    }

    public static void send() {
        FacesContext fc = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) fc.getExternalContext().getRequest();
        try {
            if (request.getUserPrincipal() == null && "GET".equals(request.getMethod())) {
                fc.getExternalContext().redirect(SignInFirst.address(request));
            } else {
                fc.getExternalContext().responseSendError(404, null);
            }
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
