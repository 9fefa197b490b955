package mx.snt.vinculo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.snt.vinculo.sessions.Livestream;

import java.net.URI;

/**
 * The Content-Security-Policy of Vínculo's answers. Pages get PrimeFaces' nonce mode (web.xml
 * {@code primefaces.CSP_POLICY} reads {@link #getPagePolicy()}; PrimeFaces appends the request's
 * nonce to the final {@code script-src}); every other answer (API, files, calendars, PDFs) gets
 * {@link #NOTHING}, which lets a browser run and embed nothing from it.
 */
@Named("contentSecurity")
@ApplicationScoped
public class ContentSecurity {

    public static final String HEADER = "Content-Security-Policy";

    /** For answers that are not pages: nothing may load or run, and only Vínculo may frame them. */
    public static final String NOTHING = "default-src 'none'; frame-ancestors 'self'";

    @Inject
    OidcSettings settings;

    /**
     * Styles stay 'unsafe-inline' (PrimeFaces' widgets and the dashboard bars set style attributes);
     * scripts only from Vínculo and with the nonce. Forms post to Vínculo and, through the
     * sign-out redirect, to Keycloak. Frames and media: Vínculo and any https player, because a public
     * session embeds whatever transmission or recording its secretary gave (issue 15); the live page
     * turns YouTube and Vimeo addresses into their embed form ({@link Livestream}), and materials
     * theirs ({@code MediaEmbed}); audio and video from any https site (a material's media file).
     */
    public String getPagePolicy() {
        // Public session pages embed the transmission and the recording the secretary gave (any https player).
        return "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "frame-src 'self' https:; media-src 'self' https:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self' "
                + origin(settings.getProviderUri()) + "; script-src 'self'";
    }

    static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
