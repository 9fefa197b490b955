package mx.snt.vinculo.sessions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only https addresses of known players are framed, in their embed form; anything else stays a link. */
class LivestreamTest {

    @Test
    void youtubeAndVimeoAddressesBecomeTheirEmbedForm() {
        assertThat(Livestream.embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10")).contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(Livestream.embed("https://youtu.be/dQw4w9WgXcQ")).contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(Livestream.embed("https://www.youtube.com/live/abcDEF12345")).contains("https://www.youtube-nocookie.com/embed/abcDEF12345");
        assertThat(Livestream.embed("https://www.youtube.com/embed/abcDEF12345")).contains("https://www.youtube-nocookie.com/embed/abcDEF12345");
        assertThat(Livestream.embed("https://vimeo.com/123456789")).contains("https://player.vimeo.com/video/123456789");
        assertThat(Livestream.embed("https://player.vimeo.com/video/123456789")).contains("https://player.vimeo.com/video/123456789");
    }

    @Test
    void plainHttpOtherHostsAndOddAddressesAreNotFramed() {
        assertThat(Livestream.embed("http://www.youtube.com/watch?v=dQw4w9WgXcQ")).isEmpty();
        assertThat(Livestream.embed("https://transmision.infocdmx.org.mx/sesion")).isEmpty();
        assertThat(Livestream.embed("https://www.youtube.com/channel/UC123")).isEmpty();
        assertThat(Livestream.embed("https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ")).isEmpty();
        assertThat(Livestream.embed("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")).isEmpty();
        assertThat(Livestream.embed("javascript:alert(1)")).isEmpty();
        assertThat(Livestream.embed("not a url")).isEmpty();
        assertThat(Livestream.embed(null)).isEmpty();
    }
}
