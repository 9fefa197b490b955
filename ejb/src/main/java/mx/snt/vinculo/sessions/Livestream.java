package mx.snt.vinculo.sessions;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which livestream addresses a page may embed: https addresses of the players the page's Content-Security-Policy allows
 * ({@link #FRAME_SOURCES}), as their embed form (YouTube through its no-cookie domain, Vimeo's player). Anything else is
 * shown as a link, never framed: an iframe of an arbitrary address would let any page into ours.
 */
public final class Livestream {

    /** The frame sources a page needs to show {@link #embed}'s addresses. */
    public static final String FRAME_SOURCES = "https://www.youtube-nocookie.com https://player.vimeo.com";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{6,32}");
    private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|live|shorts)/([A-Za-z0-9_-]{6,32})/?");
    private static final Pattern YOUTUBE_WATCH = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{6,32})(?:&|$)");
    private static final Pattern VIMEO = Pattern.compile("/(?:video/)?(\\d{3,15})/?");

    private Livestream() {
    }

    /** The address to put in an iframe, if the livestream is an https address of an embeddable player. */
    public static Optional<String> embed(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        if (host.equals("youtu.be")) {
            String p = path.replaceFirst("^/", "").replaceFirst("/$", "");
            id = ID.matcher(p).matches() ? p : null;
        } else if (host.equals("youtube.com") || host.endsWith(".youtube.com") || host.equals("www.youtube-nocookie.com")) {
            Matcher m = YOUTUBE_PATH.matcher(path);
            if (m.matches()) {
                id = m.group(1);
            } else if (path.equals("/watch") && uri.getRawQuery() != null) {
                Matcher q = YOUTUBE_WATCH.matcher(uri.getRawQuery());
                id = q.find() ? q.group(1) : null;
            }
            if (id != null) {
                return Optional.of("https://www.youtube-nocookie.com/embed/" + id);
            }
            return Optional.empty();
        } else if (host.equals("vimeo.com") || host.equals("www.vimeo.com") || host.equals("player.vimeo.com")) {
            Matcher m = VIMEO.matcher(path);
            return m.matches() ? Optional.of("https://player.vimeo.com/video/" + m.group(1)) : Optional.empty();
        }
        return id == null ? Optional.empty() : Optional.of("https://www.youtube-nocookie.com/embed/" + id);
    }
}
