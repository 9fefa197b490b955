package mx.snt.vinculo.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.List;

/**
 * What a sign-in through Keycloak established, kept in the web session in a form that travels to another instance:
 * the caller, their groups (roles included) and the ID token (the logout's {@code id_token_hint}). Jakarta
 * Security's own OpenID Connect state ({@code OpenIdContext}) does not serialise in this Payara (its tokens hold
 * Nimbus JWT objects), so Payara leaves it out of the replicated session; the instance that takes a session over
 * re-establishes the caller from here (README, "Running on several instances").
 */
public record SignIn(String username, List<String> groups, String idToken) implements Serializable {

    private static final String KEY = SignIn.class.getName();

    public SignIn {
        groups = List.copyOf(groups);
    }

    public void remember(HttpServletRequest request) {
        request.getSession(true).setAttribute(KEY, this);
    }

    /** The sign-in remembered in this request's session for the caller the container restored, if any. */
    public static SignIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return null;
        }
        return session.getAttribute(KEY) instanceof SignIn s && s.username().equals(request.getUserPrincipal().getName()) ? s : null;
    }
}
