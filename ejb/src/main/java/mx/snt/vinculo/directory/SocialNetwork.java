package mx.snt.vinculo.directory;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The social networks an institutional account can live on, with the address an account's
 * handle opens: the public page links there plainly (no embedded widget, no third-party script).
 */
public enum SocialNetwork {
    X("https://x.com/", "x.com", "twitter.com"),
    FACEBOOK("https://www.facebook.com/", "facebook.com"),
    YOUTUBE("https://www.youtube.com/@", "youtube.com"),
    INSTAGRAM("https://www.instagram.com/", "instagram.com"),
    LINKEDIN("https://www.linkedin.com/company/", "linkedin.com"),
    TIKTOK("https://www.tiktok.com/@", "tiktok.com");

    private final String prefix;
    private final List<String> hosts;

    SocialNetwork(String prefix, String... hosts) {
        this.prefix = prefix;
        this.hosts = List.of(hosts);
    }

    /** An account as the profile editor stores it: its handle ("@cvpdcs_snt") and its address. */
    public record Account(String handle, String url) {
    }

    /**
     * An account from what a person typed: a handle ("@cvpdcs_snt", "cvpdcs_snt") becomes the network's profile
     * address; an address must be https on the network's own site (x.com or twitter.com for X, www. or m. allowed)
     * with a path, or it is refused naming the network.
     */
    public Account account(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.social.empty", label());
        }
        if (!t.contains("/") && !t.contains(":")) {
            String url = profile(t);
            return new Account(t.startsWith("@") ? t : "@" + t, url);
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (java.net.URISyntaxException e) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.social.url", label(), t);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        if (!"https".equalsIgnoreCase(uri.getScheme()) || !hosts.contains(bare) || uri.getUserInfo() != null
                || (uri.getPort() != -1 && uri.getPort() != 443) || t.length() > 500) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.social.url", label(), t);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = java.util.Arrays.stream(path.split("/")).filter(seg -> !seg.isBlank()).reduce((a, b) -> b).orElse("");
        if (last.isEmpty() || last.length() > 99) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.social.url", label(), t);
        }
        return new Account(last.startsWith("@") ? last : "@" + last, uri.normalize().toString());
    }

    /** The network's name as people write it (X, Facebook, YouTube…). */
    public String label() {
        return switch (this) {
            case X -> "X";
            case FACEBOOK -> "Facebook";
            case YOUTUBE -> "YouTube";
            case INSTAGRAM -> "Instagram";
            case LINKEDIN -> "LinkedIn";
            case TIKTOK -> "TikTok";
        };
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
