package mx.snt.vinculo.web.home;

import mx.snt.vinculo.home.HomeSection;
import mx.snt.vinculo.home.PendingItem;
import mx.snt.vinculo.home.PendingSection;
import mx.snt.vinculo.home.RecentItem;
import mx.snt.vinculo.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HomeWordsTest {

    static final HomeWords ES = new HomeWords(Texts.SPANISH);
    static final HomeWords EN = new HomeWords(Locale.ENGLISH);

    static PendingSection section(HomeSection s, long total) {
        return new PendingSection(s, total, List.of());
    }

    @Test
    void headingsCountInTheSingularAndThePlural() {
        assertThat(ES.heading(section(HomeSection.SESSIONS, 0))).isEqualTo("Ninguna sesión hoy ni esta semana");
        assertThat(ES.heading(section(HomeSection.SESSIONS, 1))).isEqualTo("Una sesión hoy o esta semana");
        assertThat(ES.heading(section(HomeSection.SESSIONS, 12))).isEqualTo("12 sesiones hoy y esta semana");
        assertThat(ES.heading(section(HomeSection.AGREEMENTS, 2))).isEqualTo("2 convenios esperan su revisión, aprobación o firma");
        assertThat(EN.heading(section(HomeSection.DRAFTS, 1))).isEqualTo("One draft of yours");
        assertThat(EN.heading(section(HomeSection.PROPOSALS, 3))).isEqualTo("3 proposals waiting for evaluation by your commission");
        for (HomeSection s : HomeSection.values()) {
            assertThat(ES.heading(section(s, 101))).as(s.name()).startsWith("101 ").doesNotContain("home.");
            assertThat(EN.emptySentenceOf(s)).doesNotStartWith("home.");
        }
    }

    @Test
    void itemLinesUseWordsAndDatesNotCodes() {
        PendingItem agreement = new PendingItem(1, "Convenio", "/convenios/ver.xhtml?id=1", "ITEI", null, null, "LEGAL_REVIEW");
        assertThat(ES.line(HomeSection.AGREEMENTS, agreement)).isEqualTo("ITEI · Espera su revisión jurídica");
        PendingItem due = new PendingItem(2, "Entregar", "/convenios/ver.xhtml?id=1", "Convenio", null, LocalDate.of(2026, 12, 3), "DUE");
        assertThat(ES.line(HomeSection.COMMITMENTS, due)).isEqualTo("Convenio · Vence el 03/12/2026");
        assertThat(EN.line(HomeSection.COMMITMENTS, due)).isEqualTo("Convenio · Due on 03/12/2026");
        PendingItem session = new PendingItem(3, "Sesión", "/sesiones/ver.xhtml?id=3", "CVPDCS",
                Instant.parse("2026-12-01T23:00:00Z"), null, "CONVENED");
        assertThat(ES.line(HomeSection.SESSIONS, session)).isEqualTo("CVPDCS · 01/12/2026 17:00 · Convocada");
    }

    @Test
    void aRecentChangeIsASentenceWithTheNameAndTheStateInWords() {
        RecentItem moved = new RecentItem(1, Instant.now(), "Lucía Pech Canul", "agreement.transition", "IN_FORCE", "Agreement", "C", "/x");
        assertThat(ES.sentence(moved)).isEqualTo("Lucía Pech Canul cambió el estado del convenio a «Vigente»");
        assertThat(EN.sentence(moved)).isEqualTo("Lucía Pech Canul moved the agreement to «In force»");
        RecentItem bySystem = new RecentItem(2, Instant.now(), null, "commitment.overdue", "OVERDUE", "Agreement", "C", "/x");
        assertThat(ES.sentence(bySystem)).isEqualTo("El sistema marcó como vencido un compromiso del convenio");
        RecentItem unknown = new RecentItem(3, Instant.now(), "Ana", "something.new", null, "Widget", null, null);
        assertThat(ES.sentence(unknown)).isEqualTo("Ana hizo un cambio");
        assertThat(EN.sentence(new RecentItem(4, Instant.now(), "Ana", "session.edit", null, "Session", "S", "/s")))
                .isEqualTo("Ana changed the session's details");
    }
}
