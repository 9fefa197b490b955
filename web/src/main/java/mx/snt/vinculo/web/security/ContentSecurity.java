package mx.snt.vinculo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    /** The players of audiovisual materials (kept here, not in web.materials, so security depends on no feature). */
    static final String MEDIA_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com";

    @Inject
    OidcSettings settings;

    /**
     * Styles stay 'unsafe-inline' (PrimeFaces' widgets and the dashboard bars set style attributes);
     * scripts only from Vínculo and with the nonce. Forms post to Vínculo and, through the
     * sign-out redirect, to Keycloak. Frames only from Vínculo and the two video players materials embed
     * ({@code MediaEmbed}); audio and video from any https site (a material's media file).
     */
    public String getPagePolicy() {
        return "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "media-src 'self' https:; frame-src 'self' " + MEDIA_FRAMES + "; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self' "
                + origin(settings.getProviderUri()) + "; script-src 'self'";
    }

    static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
