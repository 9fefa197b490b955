package mx.snt.vinculo.web.integration;

import mx.snt.vinculo.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The console and the formats page speak in words: periods, mappings and counts with their plural. */
class ConsoleWordsTest {

    @Test
    void digestPeriodsInWords() {
        assertThat(DigestPeriods.words(Texts.SPANISH, "D:2026-12-01")).isEqualTo("diario del 01/12/2026");
        assertThat(DigestPeriods.words(Texts.SPANISH, "W:2026-W49")).isEqualTo("semanal (semana 49 de 2026)");
        assertThat(DigestPeriods.words(Locale.ENGLISH, "W:2026-W09")).isEqualTo("for week 9 of 2026 (weekly)");
    }

    @Test
    void jobRunsInWords() {
        assertThat(IntegrationConsoleView.ownerWords(Texts.SPANISH, "server@vm #6376")).isEqualTo("server en vm (proceso 6376)");
        assertThat(IntegrationConsoleView.ownerWords(Texts.SPANISH, "vm #12")).isEqualTo("vm (proceso 12)");
        assertThat(IntegrationConsoleView.resultWords(Texts.SPANISH, "files=14")).isEqualTo("14 archivos");
        assertThat(IntegrationConsoleView.resultWords(Texts.SPANISH, "files=1")).isEqualTo("1 archivo");
        assertThat(IntegrationConsoleView.resultWords(Texts.SPANISH, "D:2026-12-01 sent=3 already=0 nothingNew=1 failed=0"))
                .isEqualTo("Resumen diario del 01/12/2026: 3 enviados, ninguno ya enviado antes, 1 sin novedades, ninguno con falla,"
                        + " ninguno por verificar.");
        assertThat(IntegrationConsoleView.resultWords(Texts.SPANISH, "D:2026-12-01 sent=780 already=200 nothingNew=7 failed=0 porVerificar=20"))
                .isEqualTo("Resumen diario del 01/12/2026: 780 enviados, 200 ya enviados antes, 7 sin novedades, ninguno con falla,"
                        + " 20 por verificar.");
        assertThat(IntegrationConsoleView.resultWords(Texts.SPANISH, null)).isEqualTo("—");
    }

    @Test
    void aMappingReadsAsSourceLabels() {
        assertThat(FormatsView.sourceLabel(Texts.SPANISH, "ACUERDO", "period:year")).isEqualTo("Ejercicio (año del periodo)");
        assertThat(FormatsView.sourceLabel(Texts.SPANISH, "ACUERDO", "attr:number")).isEqualTo("Número del acuerdo");
        assertThat(FormatsView.sourceLabel(Texts.SPANISH, "ACUERDO", "const:Secretaría Técnica")).isEqualTo("Texto fijo: «Secretaría Técnica»");
        assertThat(FormatsView.sourceLabel(Texts.SPANISH, "ACUERDO", "")).isEqualTo("Sin asignar (queda vacío)");
        assertThat(FormatsView.sourceLabel(Texts.SPANISH, "ACUERDO", "attr:other")).isEqualTo("Otro dato de la salida (attr:other)");
    }

    @Test
    void countsTakeTheirPlural() {
        assertThat(Texts.get(Texts.SPANISH, "int.export.ran", 1)).isEqualTo("Se generó 1 archivo.");
        assertThat(Texts.get(Texts.SPANISH, "int.export.ran", 14)).isEqualTo("Se generaron 14 archivos.");
        assertThat(Texts.get(Texts.SPANISH, "int.export.ran", 0)).isEqualTo("No se generó ningún archivo.");
        assertThat(Texts.get(Texts.SPANISH, "session.vote.missing", 1)).startsWith("Falta 1 voto de");
        assertThat(Texts.get(Texts.SPANISH, "session.vote.missing", 2)).startsWith("Faltan 2 votos de");
        assertThat(Texts.get(Locale.ENGLISH, "session.vote.missing", 1)).startsWith("1 vote of present members is missing");
        assertThat(Texts.get(Texts.SPANISH, "library.results", 1)).isEqualTo("1 resultado");
        assertThat(Texts.get(Texts.SPANISH, "library.results", 1200)).isEqualTo("1,200 resultados");
        assertThat(Texts.get(Texts.SPANISH, "int.formats.readOk", "900101", 1L)).isEqualTo("Formato 900101: 1 campo.");
        assertThat(Texts.get(Texts.SPANISH, "ws.memberCount", 1)).isEqualTo("1 integrante");
        assertThat(Texts.get(Texts.SPANISH, "agreement.dashboard.expiring", 1)).isEqualTo("<strong>1</strong> convenio vigente por vencer");
        assertThat(Texts.get(Texts.SPANISH, "agreement.dashboard.expiring", 3)).isEqualTo("<strong>3</strong> convenios vigentes por vencer");
    }
}
