package mx.snt.vinculo.web.materials;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaEmbedTest {

    @Test
    void knownPlayersAreEmbeddedPrivacyFirstFilesPlayInTheBrowserTheRestIsALink() {
        assertThat(MediaEmbed.of("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10"))
                .isEqualTo(new MediaEmbed(MediaEmbed.Kind.FRAME, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"));
        assertThat(MediaEmbed.of("https://youtu.be/dQw4w9WgXcQ").src()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(MediaEmbed.of("https://vimeo.com/123456789").src()).isEqualTo("https://player.vimeo.com/video/123456789");
        assertThat(MediaEmbed.of("https://cdn.example.org/sesion.MP4").kind()).isEqualTo(MediaEmbed.Kind.VIDEO);
        assertThat(MediaEmbed.of("https://cdn.example.org/entrevista.mp3").kind()).isEqualTo(MediaEmbed.Kind.AUDIO);
        assertThat(MediaEmbed.of("https://example.org/pagina").kind()).isEqualTo(MediaEmbed.Kind.LINK);
        assertThat(MediaEmbed.of(null)).isNull();
    }
}
