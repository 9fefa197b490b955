package mx.snt.vinculo.directory;

import java.net.URI;
import java.util.Locale;

/**
 * The social networks an institutional account can live on, with the address an account's
 * handle opens: the public page links there plainly (no embedded widget, no third-party script).
 */
public enum SocialNetwork {
    X("https://x.com/"),
    FACEBOOK("https://www.facebook.com/"),
    YOUTUBE("https://www.youtube.com/@"),
    INSTAGRAM("https://www.instagram.com/"),
    LINKEDIN("https://www.linkedin.com/company/"),
    TIKTOK("https://www.tiktok.com/@");

    private final String prefix;

    SocialNetwork(String prefix) {
        this.prefix = prefix;
    }

    /** The profile address of a handle ("@cvpdcs_snt" or "cvpdcs_snt"). */
    public String profile(String handle) {
        String h = handle.strip();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        if (h.isEmpty() || !h.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.social.handle", handle);
        }
        return URI.create(prefix + h).toString();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
