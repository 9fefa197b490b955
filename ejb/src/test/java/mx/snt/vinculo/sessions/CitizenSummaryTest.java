package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain-language summaries and their translations into indigenous languages, and the session's guard over them. */
class CitizenSummaryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T17:00:00Z");

    private static CitizenSummary.Translation tr(String language, String text) {
        return new CitizenSummary.Translation(language, text);
    }

    @Test
    void blanksAreNothingAndLanguagesAreReadByTheirCode() {
        CitizenSummary c = CitizenSummary.of("  La comisión aprobó su programa.  ",
                List.of(tr(" YUA ", " U ts'íibil. "), tr("nah", "Tlahtolli."), tr("tzo", "   ")));
        assertThat(c.text()).isEqualTo("La comisión aprobó su programa.");
        assertThat(c.translations()).containsExactly(java.util.Map.entry("nah", "Tlahtolli."), java.util.Map.entry("yua", "U ts'íibil."));
        assertThat(c.translationList()).extracting(CitizenSummary.Translation::language).containsExactly("nah", "yua");
        assertThat(CitizenSummary.of("   ", List.of()).isEmpty()).isTrue();
        assertThat(CitizenSummary.of(null, null)).isEqualTo(CitizenSummary.NONE);
    }

    @Test
    void wrongInputIsRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> CitizenSummary.of("Resumen", List.of(tr("xx", "texto"))))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("key", "summary.language.unknown");
        assertThatThrownBy(() -> CitizenSummary.of("Resumen", List.of(tr("nah", "uno"), tr("NAH", "dos"))))
                .hasFieldOrPropertyWithValue("key", "summary.language.twice");
        assertThatThrownBy(() -> CitizenSummary.of("", List.of(tr("nah", "Tlahtolli."))))
                .hasFieldOrPropertyWithValue("key", "summary.translation.noSummary");
        assertThatThrownBy(() -> CitizenSummary.of("a".repeat(CitizenSummary.MAX_LENGTH + 1), List.of()))
                .hasFieldOrPropertyWithValue("key", "summary.tooLong");
        assertThatThrownBy(() -> CitizenSummary.of("Resumen", List.of(tr("zap", "a".repeat(CitizenSummary.MAX_LENGTH + 1)))))
                .hasFieldOrPropertyWithValue("key", "summary.translation.tooLong");
        // An unknown language with no text is simply an empty row of the form.
        assertThat(CitizenSummary.of("Resumen", List.of(tr("", " "))).translations()).isEmpty();
    }

    @Test
    void everyLanguageHasAThreeLetterIsoCode() {
        for (SummaryLanguage l : SummaryLanguage.values()) {
            assertThat(l.code()).matches("[a-z]{3}");
            assertThat(SummaryLanguage.byCode(l.code().toUpperCase())).contains(l);
        }
    }

    @Test
    void aSessionSummarizesOnlyItsOwnAcuerdosAndItsVersionGuardsThem() {
        Workspace w = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión de Vinculación", null, null);
        SessionTest.id(w, 7);
        Session s = new Session(w, SessionKind.ORDINARY, 3, 2026, "Tercera sesión ordinaria", NOW, 120, "Sala", "sofia", NOW);
        SessionTest.id(s, 42);
        CitizenSummary c = CitizenSummary.of("Se acordó difundir el derecho a saber.", List.of(tr("nah", "Tlahtolli.")));
        s.summarize(c, NOW.plusSeconds(60));
        assertThat(s.citizenSummary()).isEqualTo(c);
        assertThat(s.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
        s.summarize(CitizenSummary.NONE, NOW);
        assertThat(s.citizenSummary().isEmpty()).isTrue();
        assertThat(s.citizenSummary().translations()).isEmpty();
        assertThatThrownBy(() -> s.summarizeAcuerdo(999, c, NOW))
                .isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("key", "summary.acuerdo.otherSession");
    }

    @Test
    void theStenographicFileWaitsForTheSessionToBeHeld() {
        Workspace w = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión de Vinculación", null, null);
        Session s = new Session(w, SessionKind.ORDINARY, 3, 2026, "Tercera sesión ordinaria", NOW, 120, "Sala", "sofia", NOW);
        assertThatThrownBy(() -> s.stenoFile(5L, NOW)).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("key", "session.state.wrong");
        s.stenoFile(null, NOW);
        assertThat(s.getStenoFileId()).isNull();
    }
}
