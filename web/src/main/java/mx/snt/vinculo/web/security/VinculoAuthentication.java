package mx.snt.vinculo.web.security;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.LoginProfile;
import mx.snt.vinculo.web.Failures;
import mx.snt.vinculo.web.Language;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.api.Problems;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's single authentication mechanism (Jakarta Security allows one). It
 * chooses per request:
 * <ul>
 *   <li>{@code Authorization: Bearer …} → verify the realm's access token, record the person;</li>
 *   <li>{@code /api/…} without a token → 401 problem+json if the resource is protected (never a redirect);</li>
 *   <li>anything else → OpenID Connect with Keycloak (authorization code flow).</li>
 * </ul>
 * When Keycloak cannot be reached the person gets a clear page (503) instead of an error.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${oidcSettings.redirectUri}",
        // true is broken in this Payara (NPE on JSF pages): the callback redirects instead.
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcSettings.afterLogoutUri}"))
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class VinculoAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(VinculoAuthentication.class.getName());

    @Inject
    BeanManager beans;

    /** Jakarta Security's OpenID Connect mechanism, created from the definition above. */
    private volatile HttpAuthenticationMechanism openId;

    @Inject
    BearerTokens bearerTokens;

    /** This session's OpenID Connect state (session scoped): empty on an instance that did not do the sign-in. */
    @Inject
    OpenIdContext openIdContext;

    @Inject
    IdentityProviderProbe identityProvider;

    @EJB
    DirectoryService directory;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        // Authentication runs before the filters: a 401 or a redirect it answers carries the headers too.
        ResponseHardening.harden(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        String authorization = request.getHeader("Authorization");
        try {
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return bearer(authorization.substring(7).trim(), request, response, context);
            }
            if (api) {
                if (context.isProtected()) {
                    Locale locale = Language.of(request);
                    Problems.write(response, Problems.of(401, Texts.get(locale, "error.unauthorized.title"),
                            Texts.get(locale, "error.unauthorized.detail"), path));
                    return AuthenticationStatus.SEND_FAILURE;
                }
                return context.doNothing();
            }
            if (context.isProtected() && request.getUserPrincipal() == null && request.getParameter("state") == null) {
                if (!identityProvider.reachable()) {
                    ssoUnavailable(request, response);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                ReturnTo.remember(request);
            }
            SignIn kept = SignIn.of(request);
            if (kept != null && openIdContext.getAccessToken() == null) {
                // A session signed in on another instance: the container restored the caller, but Jakarta Security's
                // OpenID state did not travel with the session (it does not serialise); the sign-in kept here did.
                return context.notifyContainerAboutLogin(kept.username(), new HashSet<>(kept.groups()));
            }
            return openId().validateRequest(request, response, context);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        } catch (RuntimeException e) {
            if (Failures.databaseUnavailable(e)) {
                // Finding the caller needs the database (directory sync): it is away, not Keycloak.
                LOG.log(Level.WARNING, "La base de datos no responde: " + path, e);
                try {
                    databaseUnavailable(api, request, response);
                } catch (IOException gone) {
                    throw new AuthenticationException(gone);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            // Keycloak unreachable or misconfigured: say so plainly, never a stack trace.
            LOG.log(Level.WARNING, "No se pudo contactar al servicio de identidad", e);
            ssoUnavailable(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openId().cleanSubject(request, response, context);
    }

    /**
     * The container's own mechanism for the OpenID Connect definition: the one bean of this
     * type that is not this class (looked up by type so no implementation class is named).
     */
    private HttpAuthenticationMechanism openId() {
        HttpAuthenticationMechanism m = openId;
        if (m == null) {
            for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
                if (!VinculoAuthentication.class.isAssignableFrom(bean.getBeanClass())) {
                    m = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                            beans.createCreationalContext(bean));
                    break;
                }
            }
            if (m == null) {
                throw new IllegalStateException("No OpenID Connect mechanism is defined");
            }
            openId = m;
        }
        return m;
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) throws IOException {
        LoginProfile profile;
        try {
            profile = bearerTokens.verify(token);
        } catch (BearerTokens.InvalidToken e) {
            LOG.fine(() -> "Token rechazado: " + e.getMessage());
            Locale locale = Language.of(request);
            Problems.write(response, Problems.of(401, Texts.get(locale, "error.unauthorized.title"),
                    Texts.get(locale, "error.token.invalid"), request.getRequestURI()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            directory.syncFromLogin(profile);
        } catch (RuntimeException e) {
            if (!Failures.isConflict(e)) {
                throw e;
            }
            // The same person's calls in parallel all found the last login old and refreshed it at once: one won, and
            // the member is now as this token says, so reading it again changes nothing. Without this, a client's
            // parallel calls failed once every few minutes (the benchmark's 50 clients on one token, at scale 10).
            LOG.fine(() -> "Sincronización concurrente de " + profile.username() + ": se lee de nuevo");
            directory.syncFromLogin(profile);
        }
        return context.notifyContainerAboutLogin(profile.username(), new HashSet<>(profile.groups()));
    }

    /** The database is away while the caller is being found: the API's 503 problem, or the plain 503 page. */
    private static void databaseUnavailable(boolean api, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (api) {
            Locale locale = Language.of(request);
            response.resetBuffer();
            response.setHeader("Retry-After", Failures.RETRY_AFTER_SECONDS);
            Problems.write(response, Problems.of(503, Texts.get(locale, "error.title.503"), Texts.get(locale, "error.unavailable"),
                    request.getRequestURI()));
        } else {
            unavailablePage(request, response, "error.page.503.title", "error.page.503.text", "error.page.retry",
                    request.getRequestURI());
        }
    }

    private static void ssoUnavailable(HttpServletRequest request, HttpServletResponse response) {
        unavailablePage(request, response, "sso.unavailable.title", "sso.unavailable.detail", "sso.unavailable.home",
                request.getContextPath() + "/");
    }

    private static void unavailablePage(HttpServletRequest request, HttpServletResponse response, String titleKey,
                                        String detailKey, String linkKey, String link) {
        if (response.isCommitted()) {
            return;
        }
        try {
            Locale locale = Language.of(request);
            response.resetBuffer();
            response.setStatus(503);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Retry-After", Failures.RETRY_AFTER_SECONDS);
            String lang = locale.getLanguage();
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + Texts.get(locale, titleKey) + " · Vínculo</title>"
                    + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}"
                    + "a{color:#0b4f8a}</style></head><body><main><h1>" + Texts.get(locale, titleKey) + "</h1>"
                    + "<p>" + Texts.get(locale, detailKey) + "</p>"
                    + "<p><a href=\"" + link.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\">" + Texts.get(locale, linkKey) + "</a></p>"
                    + "</main></body></html>");
            response.flushBuffer();
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
