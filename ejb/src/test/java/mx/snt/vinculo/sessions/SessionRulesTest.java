package mx.snt.vinculo.sessions;

import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRulesTest {

    @Test
    void quorumIsMoreThanHalf() {
        assertThat(SessionRules.hasQuorum(2, 3)).isTrue();
        assertThat(SessionRules.hasQuorum(1, 3)).isFalse();
        assertThat(SessionRules.hasQuorum(2, 4)).isFalse();
        assertThat(SessionRules.hasQuorum(3, 4)).isTrue();
        assertThat(SessionRules.hasQuorum(0, 0)).isFalse();
        assertThat(SessionRules.quorumNeeded(3)).isEqualTo(2);
        assertThat(SessionRules.quorumNeeded(4)).isEqualTo(3);
    }

    @Test
    void acuerdoNumbersAreStable() {
        assertThat(SessionRules.acuerdoNumber("CVPDCS", SessionKind.ORDINARY, 3, 2026, 4)).isEqualTo("CVPDCS/SO/03/2026/04");
        assertThat(SessionRules.acuerdoNumber("CTIPNT", SessionKind.EXTRAORDINARY, 12, 2027, 10)).isEqualTo("CTIPNT/SE/12/2027/10");
    }

    @Test
    void simpleMajorityOfVotesCast() {
        assertThat(SessionRules.approved(2, 1)).isTrue();
        assertThat(SessionRules.approved(1, 1)).isFalse();
        assertThat(SessionRules.approved(0, 0)).isFalse();
        assertThat(SessionRules.approved(1, 0)).isTrue();
    }

    @Test
    void workflowMovesOnlyForward() {
        assertThat(SessionState.PLANNED.canMoveTo(SessionState.CONVENED)).isTrue();
        assertThat(SessionState.PLANNED.canMoveTo(SessionState.IN_PROGRESS)).isFalse();
        assertThat(SessionState.CONVENED.canMoveTo(SessionState.CANCELLED)).isTrue();
        assertThat(SessionState.IN_PROGRESS.canMoveTo(SessionState.CANCELLED)).isFalse();
        assertThat(SessionState.CLOSED.canMoveTo(SessionState.PUBLISHED)).isFalse();
        assertThat(SessionState.ACTA_APPROVED.canMoveTo(SessionState.PUBLISHED)).isTrue();
        assertThat(SessionState.PUBLISHED.canMoveTo(SessionState.CLOSED)).isFalse();
        assertThat(SessionState.IN_PROGRESS.agendaEditable()).isFalse();
    }

    @Test
    void calendarParsesWithIcal4j() throws Exception {
        Workspace w = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión de Vinculación", null, null);
        Session m = new Session(w, SessionKind.ORDINARY, 3, 2026, "Tercera sesión", Instant.parse("2026-12-10T17:00:00Z"),
                90, "Sala 1, Guadalajara", "sofia.secretaria", Instant.now());
        SessionTest.id(m, 5);
        String ics = SessionCalendar.feed(List.of(m), new SessionCalendar.Context("https://vinculo.example", "vinculo@snt.mx"));
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getSummary().getValue()).contains("CVPDCS SO 03/2026").contains("Tercera sesión");
        assertThat(events.get(0).getLocation().getValue()).isEqualTo("Sala 1, Guadalajara");
        assertThat(ics).contains("DTSTART:20261210T170000Z").contains("DTEND:20261210T183000Z");
    }

    @Test
    void actaPdfHasTheFactsAndNumberedPages() throws Exception {
        var item = new ItemRow(1, 1, ItemKind.PROPOSAL, "Programa anual de difusión", "Elena", null, null,
                VoteState.CLOSED, "APPROVED", null, 2, 0, 0, List.of(), null, null);
        var detail = new SessionDetail(1, 1, "CVPDCS", "Comisión de Vinculación, Promoción, Difusión y Comunicación Social",
                SessionKind.ORDINARY, 3, 2026, "Tercera sesión ordinaria", Instant.parse("2026-12-10T17:00:00Z"), 120, "Guadalajara",
                null, null, null, true, SessionState.CLOSED, null, mx.snt.vinculo.visibility.Visibility.PRIVATE, null,
                Instant.now(), Instant.parse("2026-12-10T17:05:00Z"), Instant.parse("2026-12-10T18:00:00Z"),
                "Narrativa con acentos: sesión, año, comunicación — y un emoji 😀.", null, 3, List.of(item),
                List.of(new AttendeeRow(1, "elena.comisionada", "Elena Ramírez", true, AttendanceStatus.PRESENT),
                        new AttendeeRow(2, "carlos.comisionado", "Carlos Núñez", true, AttendanceStatus.REMOTE)),
                List.of(new AcuerdoRow(1, 1, "CVPDCS/SO/03/2026/01", "Se aprueba: Programa anual de difusión", "APPROVED",
                        2, 0, 0, Instant.now())), 3, 2, true, false);
        byte[] pdf = ActaDocument.pdf(detail);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("ACTA DE LA SESIÓN ORDINARIA 03/2026").contains("CVPDCS/SO/03/2026/01")
                    .contains("Comisión de Vinculación").contains("Página 1 de " + doc.getNumberOfPages())
                    .contains("2 a favor, 0 en contra").contains("Carlos Núñez").contains("sesión, año");
        }
    }
}
