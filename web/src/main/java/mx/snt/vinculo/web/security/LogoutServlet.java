package mx.snt.vinculo.web.security;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Salir": ends the session here and at Keycloak (RP-initiated logout with id_token_hint and
 * post_logout_redirect_uri), then back to the home page. Only by POST: a GET (a link or an image
 * on any page) shows a page whose button posts the sign-out, so no other page can sign a person out.
 */
@WebServlet("/salir")
public class LogoutServlet extends HttpServlet {

    @Inject
    OpenIdContext openId;

    @Inject
    OidcSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String target = settings.getAfterLogoutUri();
        if (request.getUserPrincipal() != null) {
            String idToken = null;
            String endSession = null;
            try {
                idToken = openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
                JsonObject meta = openId.getProviderMetadata();
                endSession = meta == null ? null : meta.getString("end_session_endpoint", null);
            } catch (RuntimeException noOpenIdSession) {
                // signed in with a bearer token, or the OpenID context is gone: local logout only
            }
            if (idToken == null && SignIn.of(request) != null) {
                idToken = SignIn.of(request).idToken();  // signed in on another instance (README, "Running on several instances")
            }
            if (endSession == null) {
                endSession = settings.getProviderUri() + "/protocol/openid-connect/logout";
            }
            target = endSession + "?client_id=" + enc(settings.getClientId())
                    + "&post_logout_redirect_uri=" + enc(settings.getAfterLogoutUri())
                    + (idToken != null ? "&id_token_hint=" + enc(idToken) : "");
        }
        // Dropping the session drops the sign-in it carries. request.logout() is not used: the
        // container's OpenID mechanism would send its own redirect and this one would fail.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(target);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(settings.getAfterLogoutUri());
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/WEB-INF/signout.xhtml").forward(request, response);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
