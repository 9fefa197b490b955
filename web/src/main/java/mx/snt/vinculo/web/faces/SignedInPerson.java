package mx.snt.vinculo.web.faces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;

/**
 * The person as the header shows them (given and family name from the token, not the
 * username), kept in the web session at sign-in. Error pages are dispatched without the
 * authentication mechanism, so they read the person from here to keep the header.
 */
public record SignedInPerson(String username, String displayName, boolean admin) implements Serializable {

    private static final String KEY = SignedInPerson.class.getName();

    /** "Given Family", or the username when the token carries no names. */
    public static SignedInPerson of(String username, String givenName, String familyName, boolean admin) {
        String name = ((givenName == null ? "" : givenName.strip()) + " " + (familyName == null ? "" : familyName.strip())).strip();
        return new SignedInPerson(username, name.isEmpty() ? username : name, admin);
    }

    public void remember(HttpServletRequest request) {
        request.getSession(true).setAttribute(KEY, this);
    }

    /** The person remembered in this request's session, if any. */
    public static SignedInPerson in(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEY) instanceof SignedInPerson p ? p : null;
    }
}
