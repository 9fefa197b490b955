package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recording's chapters: stamped from the session's start, typed and shown as mm:ss or h:mm:ss. */
class ChapterTest {

    @Test
    void theOffsetIsTheTimeFromTheStartNeverNegative() {
        Instant start = Instant.parse("2026-12-01T17:00:00Z");
        assertThat(SessionRules.chapterOffset(start, start.plusSeconds(754))).isEqualTo(754);
        assertThat(SessionRules.chapterOffset(start, start.minusSeconds(30))).isZero();
        assertThat(SessionRules.chapterOffset(start, start.plusSeconds(3 * 86_400))).isEqualTo(SessionRules.MAX_OFFSET);
    }

    @Test
    void typedOffsetsReadAsPeopleWriteThem() {
        assertThat(SessionRules.parseOffset("05:09")).isEqualTo(309);
        assertThat(SessionRules.parseOffset("1:02:03")).isEqualTo(3723);
        assertThat(SessionRules.parseOffset(" 90 ")).isEqualTo(90);
        assertThat(SessionRules.parseOffset("")).isNull();
        assertThat(SessionRules.parseOffset(null)).isNull();
        for (String bad : new String[]{"12:75", "a:10", "1:2:3:4", "-5", "10:", "25:00:00"}) {
            assertThatThrownBy(() -> SessionRules.parseOffset(bad)).as(bad).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void offsetsShowAsMinutesOrHours() {
        assertThat(SessionRules.formatOffset(309)).isEqualTo("05:09");
        assertThat(SessionRules.formatOffset(3723)).isEqualTo("1:02:03");
        assertThat(SessionRules.formatOffset(null)).isEmpty();
        assertThat(SessionRules.parseOffset(SessionRules.formatOffset(3723))).isEqualTo(3723);
    }
}
