package mx.snt.vinculo.web.publicsite;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embeddable addresses of transmissions and recordings. YouTube's watch, short and live links
 * become its embed address (the only form it lets other sites frame) with {@code start=};
 * Vimeo's page becomes its player; any other https address is embedded as the secretary gave it,
 * with the W3C media fragment {@code #t=} for a chapter's start. Nothing but https is embedded.
 */
final class Embeds {

    private static final Pattern YOUTUBE = Pattern.compile(
            "https://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|live/|embed/)|youtu\\.be/)([A-Za-z0-9_-]{6,20}).*");
    private static final Pattern VIMEO = Pattern.compile("https://(?:www\\.)?vimeo\\.com/(\\d{3,12}).*");

    private Embeds() {
    }

    static String embed(String url, Integer start) {
        if (url == null || !PublicPage.https(url)) {
            return null;
        }
        int s = start == null ? 0 : Math.max(0, start);
        Matcher m = YOUTUBE.matcher(url);
        if (m.matches()) {
            return "https://www.youtube-nocookie.com/embed/" + m.group(1) + (s > 0 ? "?start=" + s : "");
        }
        m = VIMEO.matcher(url);
        if (m.matches()) {
            return "https://player.vimeo.com/video/" + m.group(1) + (s > 0 ? "#t=" + s + "s" : "");
        }
        String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        return s > 0 ? base + "#t=" + s : base;
    }

    static boolean isVideoFile(String url) {
        if (url == null || !PublicPage.https(url)) {
            return false;
        }
        String path = URI.create(url).getPath();
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return p.endsWith(".mp4") || p.endsWith(".webm") || p.endsWith(".ogv");
    }
}
