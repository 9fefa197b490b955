package mx.snt.vinculo.digests;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest's content: one line per item with its latest state, grouped by workspace, newest first; HTML and text. */
class DigestComposerTest {

    static final Locale ES = Locale.forLanguageTag("es-MX");
    static final Instant NOON = Instant.parse("2026-11-27T18:00:00Z");  // 12:00 in Mexico City
    long ids;

    DigestItem agreementMoved(long agreement, String to, int minutes) {
        return new DigestItem(++ids, 1, "ITEI · Jalisco", "AGREEMENT", agreement, "agreement.stateChanged", "Convenio ITEI–UdG",
                "/convenios/ver.xhtml?id=" + agreement, "PRIVATE", NOON.plusSeconds(minutes * 60L), to, null);
    }

    List<DigestItem> day() {
        List<DigestItem> items = new ArrayList<>();
        // One agreement moved nine times in the day: one line, with where it ended.
        String[] states = {"INTERNAL_REVIEW", "DRAFT", "INTERNAL_REVIEW", "DRAFT", "INTERNAL_REVIEW", "LEGAL_REVIEW", "DRAFT",
                "INTERNAL_REVIEW", "LEGAL_REVIEW"};
        for (int i = 0; i < states.length; i++) {
            items.add(agreementMoved(3, states[i], i));
        }
        items.add(new DigestItem(++ids, 2, "Comisión de Vinculación", "SESSION", 8, "session.convened", "Tercera sesión ordinaria",
                "/sesiones/ver.xhtml?id=8", "PRIVATE", NOON.plusSeconds(3600), "CONVENED", "2026-12-14T17:00:00Z"));
        items.add(new DigestItem(++ids, 1, "ITEI · Jalisco", "DOCUMENT", 1, "document.published", "Lineamientos 2027",
                "/documentos/ver.xhtml?id=1", "PUBLIC", NOON.minusSeconds(3600), null, null));
        items.add(new DigestItem(++ids, 2, "Comisión de Vinculación", "PROPOSAL", 5, "proposal.submitted", "Archivo digital",
                "/propuestas/ver.xhtml?id=5", "NETWORK", NOON.minusSeconds(7200), "SUBMITTED", null));
        items.add(new DigestItem(++ids, 2, "Comisión de Vinculación", "PROPOSAL", 5, "proposal.stateChanged", "Archivo digital",
                "/propuestas/ver.xhtml?id=5", "NETWORK", NOON.minusSeconds(60), "UNDER_EVALUATION", null));
        return items;
    }

    @Test
    void oneLinePerItemWithItsLatestStateGroupedByWorkspaceNewestFirst() {
        ResourceBundle t = ResourceBundle.getBundle("mx.snt.vinculo.digests.digests", ES);
        Map<String, List<DigestComposer.Line>> lines = DigestComposer.lines(day(), t, "https://vinculo.example/");
        // The commission's session is the newest item, so its workspace comes first.
        assertThat(lines.keySet()).containsExactly("Comisión de Vinculación", "ITEI · Jalisco");
        assertThat(lines.get("Comisión de Vinculación")).extracting(l -> l.kind() + l.title() + ": " + l.what())
                .containsExactly("Sesión Tercera sesión ordinaria: convocada para el 14/12/2026 11:00",
                        "Propuesta Archivo digital: pasó a En evaluación");
        assertThat(lines.get("ITEI · Jalisco")).extracting(l -> l.kind() + l.title() + ": " + l.what())
                .containsExactly("Convenio ITEI–UdG: pasó a Revisión jurídica", "Documento Lineamientos 2027: publicado");
        assertThat(lines.get("ITEI · Jalisco").get(0).link()).isEqualTo("https://vinculo.example/convenios/ver.xhtml?id=3");
    }

    @Test
    void theMailHasTheSameLinesAsStyledHtmlAndAsText() {
        DigestComposer.Mail mail = DigestComposer.compose(day(), ES, "https://vinculo.example", "27/11/2026");
        assertThat(mail.subject()).isEqualTo("Resumen de Vínculo 27/11/2026");
        assertThat(mail.text()).containsOnlyOnce("Convenio ITEI–UdG").contains("pasó a Revisión jurídica")
                .contains("- Propuesta Archivo digital: pasó a En evaluación (27/11/2026 11:59)")
                .contains("https://vinculo.example/propuestas/ver.xhtml?id=5")
                .contains("https://vinculo.example/preferencias/index.xhtml")
                .doesNotContain("cambió de estado");
        assertThat(mail.text().indexOf("Comisión de Vinculación")).isLessThan(mail.text().indexOf("ITEI · Jalisco"));
        String html = mail.html();
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"es\">").contains("<table role=\"presentation\"")
                .contains("background:#123d63").contains(">Vínculo</span>")
                .containsOnlyOnce("Convenio ITEI–UdG</a>")
                .contains("<a href=\"https://vinculo.example/convenios/ver.xhtml?id=3\" style=\"color:#0b4f8a;\">")
                .contains("pasó a Revisión jurídica").doesNotContain("<style").doesNotContain("class=\"");
        assertThat(html.indexOf("Comisión de Vinculación")).isLessThan(html.indexOf("ITEI · Jalisco"));
    }

    @Test
    void inEnglishToo() {
        DigestComposer.Mail mail = DigestComposer.compose(day(), Locale.ENGLISH, "https://vinculo.example", "27/11/2026");
        assertThat(mail.subject()).isEqualTo("Vínculo digest 27/11/2026");
        assertThat(mail.text()).contains("Agreement Convenio ITEI–UdG: moved to Legal review")
                .contains("Session Tercera sesión ordinaria: convened for 14/12/2026 11:00");
        assertThat(mail.html()).startsWith("<!DOCTYPE html><html lang=\"en\">");
    }

    @Test
    void anUnknownStateOrEventStillReadsAsALine() {
        ResourceBundle t = ResourceBundle.getBundle("mx.snt.vinculo.digests.digests", ES);
        DigestItem future = new DigestItem(1, 1, "ITEI", "AGREEMENT", 9, "agreement.stateChanged", "Convenio nuevo", "/c/9", "PRIVATE",
                NOON, "SOME_NEW_STATE", null);
        DigestItem odd = new DigestItem(2, 1, "ITEI", "THING", 9, "thing.happened", "Algo", "/x", "PUBLIC", NOON, null, null);
        assertThat(DigestComposer.what(t, future)).isEqualTo("pasó a SOME_NEW_STATE");
        assertThat(DigestComposer.what(t, odd)).isEqualTo("novedad");
    }
}
