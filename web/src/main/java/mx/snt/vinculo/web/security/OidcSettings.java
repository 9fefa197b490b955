package mx.snt.vinculo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in settings from MicroProfile Config, read by the OpenID Connect definition's EL. */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "vinculo.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/vinculo")
    String providerUri;

    @Inject
    @ConfigProperty(name = "vinculo.oidc.client-id", defaultValue = "vinculo-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "vinculo.oidc.client-secret", defaultValue = "vinculo-web-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "vinculo.oidc.api-audience", defaultValue = "vinculo-api")
    String apiAudience;

    @Inject
    @ConfigProperty(name = "vinculo.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public String getProviderUri() { return providerUri; }
    public String getClientId() { return clientId; }
    public String getClientSecret() { return clientSecret; }
    public String getApiAudience() { return apiAudience; }
    public String getBaseUrl() { return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl; }
    public String getRedirectUri() { return getBaseUrl() + "/callback"; }
    public String getAfterLogoutUri() { return getBaseUrl() + "/"; }
    public String getJwksUri() { return providerUri + "/protocol/openid-connect/certs"; }
}
