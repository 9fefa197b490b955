package mx.snt.vinculo.web.publicsite;

import mx.snt.vinculo.publicsite.PublicSessionRow;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedsTest {

    @Test
    void youtubeAndVimeoBecomeTheirPlayersWithTheChaptersStart() {
        assertThat(Embeds.embed("https://www.youtube.com/watch?v=Vinc2026abc", null)).isEqualTo("https://www.youtube-nocookie.com/embed/Vinc2026abc");
        assertThat(Embeds.embed("https://youtu.be/Vinc2026abc", 3723)).isEqualTo("https://www.youtube-nocookie.com/embed/Vinc2026abc?start=3723");
        assertThat(Embeds.embed("https://www.youtube.com/live/Vinc2026abc?si=x", 0)).isEqualTo("https://www.youtube-nocookie.com/embed/Vinc2026abc");
        assertThat(Embeds.embed("https://vimeo.com/123456", 60)).isEqualTo("https://player.vimeo.com/video/123456#t=60s");
    }

    @Test
    void anyOtherHttpsAddressIsEmbeddedAsGivenWithAMediaFragment() {
        assertThat(Embeds.embed("https://videos.snt.mx/cvpdcs/so-1.mp4", 300)).isEqualTo("https://videos.snt.mx/cvpdcs/so-1.mp4#t=300");
        assertThat(Embeds.embed("https://tv.example.mx/player#old", null)).isEqualTo("https://tv.example.mx/player");
        assertThat(Embeds.isVideoFile("https://videos.snt.mx/cvpdcs/so-1.MP4")).isTrue();
        assertThat(Embeds.isVideoFile("https://www.youtube.com/watch?v=Vinc2026abc")).isFalse();
    }

    @Test
    void nothingButHttpsIsEmbedded() {
        assertThat(Embeds.embed("http://videos.snt.mx/x.mp4", null)).isNull();
        assertThat(Embeds.embed("javascript:alert(1)", null)).isNull();
        assertThat(Embeds.embed("not a url", null)).isNull();
        assertThat(Embeds.embed(null, null)).isNull();
    }

    @Test
    void theCalendarIsWeeksFromMondayToSunday() {
        List<List<PublicSessionsView.Day>> weeks = PublicSessionsView.weeks(YearMonth.of(2026, 12), List.<PublicSessionRow>of());
        assertThat(weeks).hasSize(5).allSatisfy(w -> assertThat(w).hasSize(7));
        assertThat(weeks.get(0).get(0).inMonth()).isFalse();   // Monday 30 November
        assertThat(weeks.get(0).get(1).number()).isEqualTo(1); // Tuesday 1 December
        assertThat(weeks.get(4).get(3).number()).isEqualTo(31);
    }
}
