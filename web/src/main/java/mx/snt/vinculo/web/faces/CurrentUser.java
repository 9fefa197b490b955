package mx.snt.vinculo.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * The signed-in person as the layout needs it (name in the header, admin menu), resolved once
 * per request: the layout asks several times per render, and going through the security
 * context each time costs class loading under load.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    private boolean signedIn;
    private String name;
    private boolean admin;

    @PostConstruct
    void resolve() {
        Principal principal = request.getUserPrincipal();
        SignedInPerson remembered = SignedInPerson.in(request);
        if (principal != null) {
            signedIn = true;
            admin = request.isUserInRole("admin");
            name = remembered != null && remembered.username().equals(principal.getName())
                    ? remembered.displayName() : principal.getName();
        } else if (remembered != null && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            // An error page is dispatched without the sign-in mechanism: keep the person's header.
            signedIn = true;
            admin = remembered.admin();
            name = remembered.displayName();
        }
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    /** Given and family name (the username only when the token carried no names). */
    public String getName() {
        return name;
    }

    public boolean isAdmin() {
        return admin;
    }

    /**
     * {@code "page"} when this page belongs to the menu entry whose pages live under {@code folder}
     * (for {@code aria-current}), otherwise null so the attribute is left out.
     */
    public String current(String folder) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        boolean here = "/".equals(folder) ? path.equals("/") || path.equals("/index.xhtml") : path.startsWith(folder);
        return here ? "page" : null;
    }

    /** "Entrar" from this page comes back to it. */
    public String getSignInAddress() {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original != null) {
            return request.getContextPath() + "/entrar";
        }
        return SignInFirst.address(request);
    }
}
