package mx.snt.vinculo.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.LoginProfile;
import mx.snt.vinculo.web.faces.LocaleBean;
import mx.snt.vinculo.web.faces.SignedInPerson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keycloak returns here after login. The mechanism has already exchanged the code; this
 * records the person (home body, commissions, regions, roles) and returns them to the page
 * they asked for.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    @Inject
    OpenIdContext openId;

    @EJB
    DirectoryService directory;

    @Inject
    LocaleBean localeBean;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/entrar");
            return;
        }
        // userinfo carries the groups claim (mapper); the ID token is the fallback
        JsonObject info = openId.getClaimsJson() == null ? JsonValue.EMPTY_JSON_OBJECT : openId.getClaimsJson();
        List<String> groups = new ArrayList<>();
        if (info.get("groups") instanceof JsonArray arr) {
            arr.forEach(v -> {
                if (v instanceof JsonString s) {
                    groups.add(s.getString());
                }
            });
        } else {
            groups.addAll(openId.getIdentityToken().getJwtClaims().getArrayStringClaim("groups"));
        }
        JsonObject id = info;
        LoginProfile profile = new LoginProfile(request.getUserPrincipal().getName(), id.getString("email", null),
                id.getString("given_name", null), id.getString("family_name", null), id.getString("locale", null), groups);
        directory.syncFromLogin(profile);
        new SignIn(profile.username(), profile.groups(),
                openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken()).remember(request);
        SignedInPerson.of(profile.username(), profile.firstName(), profile.lastName(), request.isUserInRole("admin"))
                .remember(request);
        localeBean.adoptSaved(profile.username());
        response.sendRedirect(ReturnTo.take(request));
    }
}
