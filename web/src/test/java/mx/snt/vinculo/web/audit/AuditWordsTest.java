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

    @Test
    void recordedDetailsReadAsSentencesAndPeopleByName() {
        assertThat(AuditWords.detail(Texts.SPANISH, "proposal.toLibrary", "library entry 1219", null))
                .isEqualTo("Material del acervo n.º 1219");
        assertThat(AuditWords.detail(Locale.ENGLISH, "proposal.comment", "proposal 4", null)).isEqualTo("On proposal no. 4");
        assertThat(AuditWords.detail(Texts.SPANISH, "session.floor.ask", "member 12", "Sofía Ramírez")).isEqualTo("Sofía Ramírez");
        assertThat(AuditWords.detail(Texts.SPANISH, "session.recusal", "member 12", null)).isEqualTo("Persona n.º 12");
        assertThat(AuditWords.detail(Texts.SPANISH, "session.attendance", "member 12 (remote check-in)", "Sofía Ramírez"))
                .isEqualTo("Sofía Ramírez (registró su asistencia a distancia)");
        assertThat(AuditWords.detail(Texts.SPANISH, "session.vote.close", "CTIPNT/2026/03 5-0-1", null))
                .isEqualTo("Acuerdo CTIPNT/2026/03: 5 a favor, 0 en contra, 1 abstención");
        assertThat(AuditWords.detail(Texts.SPANISH, "integration.pnt.deliver", "records=10000", null))
                .isEqualTo("10,000 registros enviados");
        assertThat(AuditWords.detail(Texts.SPANISH, "integration.outbox.run", "events=1", null)).isEqualTo("1 evento entregado");
        assertThat(AuditWords.detail(Texts.SPANISH, "integration.digest.markSent", "D:2026-12-01", null))
                .isEqualTo("Resumen diario del 01/12/2026");
        assertThat(AuditWords.detail(Texts.SPANISH, "integration.descriptor.save", "desde 2026-11-01", null))
                .isEqualTo("Vigente desde el 01/11/2026");
        assertThat(AuditWords.detail(Texts.SPANISH, "preferences.save", "follows=[]", null)).isEqualTo("No sigue ningún espacio");
        // A person's own words (a title, a reason) stay as written, even when they look like a recorded detail.
        assertThat(AuditWords.detail(Texts.SPANISH, "session.item.add", "3. proposal 4 y sus anexos", null))
                .isEqualTo("3. proposal 4 y sus anexos");
        assertThat(AuditWords.detail(Texts.SPANISH, "agreement.transition", "Visto bueno", null)).isEqualTo("Visto bueno");
    }

    @Test
    void statesThatAreNotStatesReadAsWhatTheyAre() {
        // An adhesion's "after" is the body that adhered: its code is its name.
        assertThat(AuditWords.state(Texts.SPANISH, "Proposal", "proposal.adhere", "INAI")).isEqualTo("INAI");
        assertThat(AuditWords.state(Texts.SPANISH, "Integration", "integration.digest.run", "W:2026-W49"))
                .isEqualTo("semanal (semana 49 de 2026)");
        assertThat(AuditWords.state(Texts.SPANISH, "Session", "session.attendance.open", "true"))
                .isEqualTo("Registro a distancia abierto");
        assertThat(AuditWords.state(Texts.SPANISH, "Workspace", "session.votingRules", "SIMPLE_MAJORITY_PRESENT+casting"))
                .isEqualTo("Mayoría simple de los presentes, con voto de calidad");
        assertThat(AuditWords.state(Texts.SPANISH, "Workspace", "integration.pnt.switch", "OFF")).isEqualTo("Desactivado");
        assertThat(AuditWords.state(Texts.SPANISH, "AgendaItem", "session.vote.close", "APPROVED")).isEqualTo("Aprobado");
        assertThat(AuditWords.state(Texts.SPANISH, "AgendaItem", "session.vote.cast", "ABSTAIN")).isEqualTo("Abstención");
        assertThat(AuditWords.state(Texts.SPANISH, "PntRecord", "integration.retry", "DEAD")).isEqualTo("Agotado");
        assertThat(AuditWords.state(Texts.SPANISH, "Member", "preferences.save", "WEEKLY")).isEqualTo("Semanal");
        assertThat(AuditWords.state(Texts.SPANISH, "Member", "preferences.save", "NONE")).isEqualTo("Ninguno");
    }
}
