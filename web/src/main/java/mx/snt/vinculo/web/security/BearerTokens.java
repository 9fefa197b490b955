package mx.snt.vinculo.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import mx.snt.vinculo.directory.LoginProfile;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Verifies bearer access tokens of the realm: RS256 signature against the realm's keys
 * (cached, refreshed on rotation), issuer, expiry, the API audience and the token type.
 */
@ApplicationScoped
public class BearerTokens {

    @Inject
    OidcSettings settings;

    private ConfigurableJWTProcessor<SecurityContext> processor;

    /** A token that is not acceptable; the reason is for the log, never for the caller. */
    public static class InvalidToken extends Exception {
        InvalidToken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(URI.create(settings.getJwksUri()).toURL())
                    .retrying(true)
                    .build();
            DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
            p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    settings.getApiAudience(),
                    new JWTClaimsSet.Builder().issuer(settings.getProviderUri()).claim("typ", "Bearer").build(),
                    Set.of("sub", "exp", "iat", "preferred_username")));
            processor = p;
        } catch (MalformedURLException e) {
            throw new IllegalStateException("URL de llaves inválida: " + settings.getJwksUri(), e);
        }
    }

    public LoginProfile verify(String token) throws InvalidToken {
        try {
            JWTClaimsSet c = processor.process(token, null);
            List<String> groups = c.getStringListClaim("groups");
            return new LoginProfile(c.getStringClaim("preferred_username"), c.getStringClaim("email"),
                    c.getStringClaim("given_name"), c.getStringClaim("family_name"), c.getStringClaim("locale"), groups);
        } catch (Exception e) {
            throw new InvalidToken(e.getMessage(), e);
        }
    }
}
