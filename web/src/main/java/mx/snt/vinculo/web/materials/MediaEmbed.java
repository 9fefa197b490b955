package mx.snt.vinculo.web.materials;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an audiovisual material's https address is shown: YouTube (as its privacy-enhanced
 * {@code youtube-nocookie.com} player, which sets no cookie until played) and Vimeo as their embedded players,
 * a direct audio or video file in the browser's own player, anything else as a link. Only these two players'
 * origins are allowed as frames by the pages' Content-Security-Policy ({@code ContentSecurity}).
 */
public record MediaEmbed(Kind kind, String src) {

    public enum Kind { FRAME, VIDEO, AUDIO, LINK }

    private static final Pattern YOUTUBE = Pattern.compile("(?:v=|youtu\\.be/|/embed/|/shorts/)([A-Za-z0-9_-]{6,20})");
    private static final Pattern VIMEO = Pattern.compile("vimeo\\.com/(?:video/)?([0-9]{4,12})");

    public static MediaEmbed of(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (host.endsWith("youtube.com") || host.equals("youtu.be") || host.endsWith("youtube-nocookie.com")) {
            Matcher m = YOUTUBE.matcher(url);
            if (m.find()) {
                return new MediaEmbed(Kind.FRAME, "https://www.youtube-nocookie.com/embed/" + m.group(1));
            }
        }
        if (host.endsWith("vimeo.com")) {
            Matcher m = VIMEO.matcher(url);
            if (m.find()) {
                return new MediaEmbed(Kind.FRAME, "https://player.vimeo.com/video/" + m.group(1));
            }
        }
        if (path.matches(".*\\.(mp4|webm|ogv|m4v)$")) {
            return new MediaEmbed(Kind.VIDEO, url);
        }
        if (path.matches(".*\\.(mp3|ogg|oga|m4a|wav|opus)$")) {
            return new MediaEmbed(Kind.AUDIO, url);
        }
        return new MediaEmbed(Kind.LINK, url);
    }

    public boolean isFrame() { return kind == Kind.FRAME; }
    public boolean isVideo() { return kind == Kind.VIDEO; }
    public boolean isAudio() { return kind == Kind.AUDIO; }
    public boolean isLink() { return kind == Kind.LINK; }
}
