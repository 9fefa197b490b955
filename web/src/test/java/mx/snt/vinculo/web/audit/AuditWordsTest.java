package mx.snt.vinculo.web.audit;

import mx.snt.vinculo.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AuditWordsTest {

    @Test
    void actionsStatesAndItemsReadAsWords() {
        assertThat(AuditWords.action(Texts.SPANISH, "proposal.evaluate")).isEqualTo("Pasó la propuesta a evaluación");
        assertThat(AuditWords.action(Locale.ENGLISH, "proposal.evaluate")).isEqualTo("Put the proposal under evaluation");
        assertThat(AuditWords.state(Texts.SPANISH, "Proposal", "UNDER_EVALUATION")).isEqualTo("En evaluación");
        assertThat(AuditWords.state(Texts.SPANISH, "Agreement", "LEGAL_REVIEW")).isNotEqualTo("LEGAL_REVIEW");
        assertThat(AuditWords.state(Texts.SPANISH, "Document", "PUBLIC")).startsWith("Público");
        AuditWords.Item entry = AuditWords.item(Texts.SPANISH, "LibraryEntry", 87);
        assertThat(entry.label()).isEqualTo("Material del acervo n.º 87");
        assertThat(entry.path()).isEqualTo("/acervo/ver.xhtml?id=87");
        assertThat(AuditWords.item(Texts.SPANISH, "Integration", 0)).isEqualTo(new AuditWords.Item("Integración", null));
    }

    @Test
    void aCodeWithoutALabelNeverShowsAsTheCode() {
        assertThat(AuditWords.action(Texts.SPANISH, "something.new")).isEqualTo("Otro cambio registrado");
        assertThat(AuditWords.state(Texts.SPANISH, "Proposal", "SOMETHING_NEW")).isEqualTo("Otro estado");
        assertThat(AuditWords.item(Texts.SPANISH, "Gadget", 3).label()).isEqualTo("Otro elemento n.º 3");
        assertThat(AuditWords.state(Texts.SPANISH, "Session", null)).isEmpty();
        assertThat(AuditWords.state(Texts.SPANISH, "Workspace", "ITEI | Instituto | AUTORIDAD_GARANTE | activo"))
                .isEqualTo("ITEI | Instituto | " + Texts.get(Texts.SPANISH, "kind.AUTORIDAD_GARANTE") + " | activo");
    }
}
