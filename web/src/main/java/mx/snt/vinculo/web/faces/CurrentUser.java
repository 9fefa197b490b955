package mx.snt.vinculo.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in person as the layout needs it (name in the header, admin menu). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : null;
    }

    public boolean isAdmin() {
        return security.isCallerInRole("admin");
    }
}
