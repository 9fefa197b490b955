package mx.snt.vinculo.web.publicsite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.security.OidcSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every public page shares: its canonical address (the hub's public base address plus the
 * clean path), the share links (plain addresses of each network's share page: no script, no
 * tracker), the default image of its card, the embeddable address of a transmission or
 * recording, and the public answers to a missing item (404) or a bad filter (400).
 */
@Named("publicPage")
@ApplicationScoped
public class PublicPage {

    /** The institutional image of the cards (1200 × 630). */
    static final String IMAGE = "/resources/vinculo/vinculo-og.png";

    @Inject
    OidcSettings settings;

    public String absolute(String path) {
        return settings.getBaseUrl() + (path == null || path.isEmpty() ? "/" : path);
    }

    public String getImage() {
        return absolute(IMAGE);
    }

    /** Share links for a page: network → address of its share page, in the order shown. */
    public Map<String, String> share(String path, String title) {
        String url = enc(absolute(path));
        String text = enc(title == null ? "" : title);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("x", "https://x.com/intent/post?url=" + url + "&text=" + text);
        out.put("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url);
        out.put("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + url);
        out.put("whatsapp", "https://wa.me/?text=" + text + "%20" + url);
        out.put("mail", "mailto:?subject=" + text + "&body=" + url);
        return out;
    }

    /** The share links as a list (EL iterates lists, not maps). */
    public java.util.List<ShareLink> shareLinks(String path, String title) {
        return share(path, title).entrySet().stream().map(e -> new ShareLink(e.getKey(), e.getValue())).toList();
    }

    /** A network's share page for this page. */
    public record ShareLink(String network, String url) {
    }

    /**
     * The address to embed a transmission or recording at {@code start} seconds: a YouTube watch or
     * short link becomes its embed address with {@code start}; any other https address is embedded as
     * given, with a media fragment {@code #t=} for the start. Null for anything not https.
     */
    public String embed(String url, Integer start) {
        return Embeds.embed(url, start);
    }

    /** A recording that is a media file (.mp4, .webm, .ogv) plays in a video element rather than a frame. */
    public boolean isVideoFile(String url) {
        return Embeds.isVideoFile(url);
    }

    /** A short summary for the card: the first sentence-sized part of a text. */
    public String summary(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 200 ? t : t.substring(0, 197).strip() + "…";
    }

    public String language() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getViewRoot().getLocale().getLanguage().equals("en") ? "en_US" : "es_MX";
    }

    /** The public 404 (the localized error page): a public address that names nothing public. */
    static void notFound() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    /** A filter the page cannot apply: 400 with its message, and the page shows nothing from it. */
    static void badInput(DomainException e) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().setResponseStatus(400);
        // A view action runs before <f:view locale> applies: the message must already speak the visitor's language.
        fc.getViewRoot().setLocale(fc.getApplication().evaluateExpressionGet(fc, "#{localeBean.locale}", Locale.class));
        Messages.error(e);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean https(String url) {
        try {
            URI u = URI.create(url);
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
