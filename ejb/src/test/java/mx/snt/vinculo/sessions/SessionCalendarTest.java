package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileRef;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's .ics as calendar programs read it: parsed by ical4j in strict mode (no relaxed
 * unfolding, parsing or validation) and validated; lines folded at 75 octets without splitting
 * a character; UID stable, SEQUENCE raised by each change that matters, STATUS following the session.
 */
class SessionCalendarTest {

    static final Instant NOW = Instant.parse("2026-12-01T17:00:00Z");
    static final NoticePolicy FIVE_DAYS = new NoticePolicy(5, new BusinessCalendar(Set.of()));
    static final SessionCalendar.Context CTX = new SessionCalendar.Context("https://vinculo.example/", "vinculo@snt.mx");

    Session session;

    @BeforeEach
    void plan() {
        for (String hint : new String[]{CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_PARSING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY}) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
        Workspace w = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS",
                "Comisión de Vinculación, Promoción, Difusión y Comunicación Social", null, null);
        SessionTest.id(w, 7);
        session = new Session(w, SessionKind.ORDINARY, 3, 2026, "Tercera sesión ordinaria de la comisión, con acentos: año, región",
                ZonedDateTime.of(LocalDate.of(2026, 12, 14), LocalTime.of(11, 0), MexicoCity.ZONE).toInstant(), 120,
                "Sala de plenos del Instituto de Transparencia, Información Pública y Protección de Datos Personales",
                "sofia.secretaria", NOW);
        SessionTest.id(session, 42);
    }

    AgendaItem item(String title) {
        AgendaItem i = session.addItem(new ItemInput(ItemKind.PROPOSAL, title, "Elena Ramírez", null, null), null, null, NOW);
        SessionTest.id(i, 100 + i.getPosition());
        return i;
    }

    static Calendar strict(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = cal.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return cal;
    }

    static VEvent event(Calendar cal) {
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String prop(VEvent e, String name) {
        return e.getProperty(name).map(p -> p.getValue()).orElse(null);
    }

    @Test
    void aConvocationParsesStrictlyWithUrlOrganizerLinkAgendaAndDocuments() throws Exception {
        AgendaItem first = item("Programa anual de trabajo de vinculación con universidades públicas del occidente");
        item("Asuntos generales");
        session.reschedule(new SessionPlan(7, SessionKind.ORDINARY, session.getTitle(), LocalDate.of(2026, 12, 14),
                LocalTime.of(11, 0), 120, session.getPlace(), "https://meet.example/cvpdcs-3", null, false), FIVE_DAYS,
                LocalDate.of(2026, 12, 1), NOW);
        FileRef doc = new FileRef(9, "Programa anual 2027 — versión para comentarios.pdf", "application/pdf", 10, "x", "sofia", NOW);
        String ics = SessionCalendar.single(session, Map.of(first.getId(), List.of(doc)), CTX);

        VEvent e = event(strict(ics));
        assertThat(prop(e, "UID")).isEqualTo("vinculo-sesion-42@snt.mx");
        assertThat(prop(e, "URL")).isEqualTo("https://vinculo.example/sesiones/ver.xhtml?id=42");
        assertThat(prop(e, "ORGANIZER")).isEqualTo("mailto:vinculo@snt.mx");
        assertThat(e.getProperty("ORGANIZER").orElseThrow().getParameter("CN").orElseThrow().getValue())
                .startsWith("Comisión de Vinculación");
        assertThat(prop(e, "STATUS")).isEqualTo("TENTATIVE");
        String description = prop(e, "DESCRIPTION");
        assertThat(description).contains("Comisión de Vinculación, Promoción").contains("SO 03/2026")
                .contains("https://meet.example/cvpdcs-3")
                .contains("1. Programa anual de trabajo de vinculación con universidades públicas del occidente — Elena Ramírez")
                .contains("Programa anual 2027 — versión para comentarios.pdf: https://vinculo.example/sesiones/archivo/42/9")
                .contains("2. Asuntos generales");
        assertThat(prop(e, "LOCATION")).isEqualTo(session.getPlace());
    }

    @Test
    void linesAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
        item("Ñandú, acción, región, corazón, émbolo, ángulo, ímpetu, único, óleo: ñ á é í ó ú ü — 😀 😀 😀 😀 😀 😀 😀");
        String ics = SessionCalendar.single(session, Map.of(), CTX);
        assertThat(ics).endsWith("\r\n").doesNotContain("\r\n\r\n");
        String[] lines = ics.split("\r\n");
        boolean folded = false;
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            // A split character would leave a lone surrogate, which encodes as '?'.
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
            assertThat(Character.isLowSurrogate(line.isEmpty() ? 'a' : line.charAt(line.length() - 1))
                    || !Character.isHighSurrogate(line.isEmpty() ? 'a' : line.charAt(line.length() - 1))).isTrue();
            folded |= line.startsWith(" ");
        }
        assertThat(folded).isTrue();
        // Unfolded by a strict parser, the text is whole again.
        assertThat(prop(event(strict(ics)), "DESCRIPTION")).contains("óleo: ñ á é í ó ú ü — 😀 😀 😀 😀 😀 😀 😀");
        assertThat(prop(event(strict(ics)), "SUMMARY")).isEqualTo("CVPDCS SO 03/2026: " + session.getTitle());
    }

    @Test
    void sequenceRisesWithEachChangeThatMattersAndTheUidStays() throws Exception {
        item("Programa anual");
        int planned = session.getIcsSequence();
        session.convene(FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        VEvent convened = event(strict(SessionCalendar.single(session, Map.of(), CTX)));
        assertThat(prop(convened, "STATUS")).isEqualTo("CONFIRMED");
        int atConvocation = Integer.parseInt(prop(convened, "SEQUENCE"));
        assertThat(atConvocation).isGreaterThan(planned);

        // Saving the same details changes nothing: no new SEQUENCE.
        SessionPlan same = new SessionPlan(7, SessionKind.ORDINARY, session.getTitle(), LocalDate.of(2026, 12, 14),
                LocalTime.of(11, 0), 120, session.getPlace(), null, null, false);
        assertThat(session.reschedule(same, FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW)).isEmpty();
        assertThat(session.getIcsSequence()).isEqualTo(atConvocation);

        // Moved an hour later and to another room: two changes, one SEQUENCE up, same UID.
        SessionPlan moved = new SessionPlan(7, SessionKind.ORDINARY, session.getTitle(), LocalDate.of(2026, 12, 14),
                LocalTime.of(12, 0), 120, "Sala 2", null, null, false);
        List<ConvocationChange> changes = session.reschedule(moved, FIVE_DAYS, LocalDate.of(2026, 12, 7), NOW);
        assertThat(changes).extracting(ConvocationChange::what)
                .containsExactly(ConvocationChange.What.WHEN, ConvocationChange.What.PLACE);
        assertThat(changes.get(0).before()).isEqualTo("2026-12-14T17:00:00Z");
        assertThat(changes.get(0).after()).isEqualTo("2026-12-14T18:00:00Z");
        VEvent rescheduled = event(strict(SessionCalendar.single(session, Map.of(), CTX)));
        assertThat(Integer.parseInt(prop(rescheduled, "SEQUENCE"))).isEqualTo(atConvocation + 1);
        assertThat(prop(rescheduled, "UID")).isEqualTo(prop(convened, "UID"));
        assertThat(prop(rescheduled, "DTSTART")).isEqualTo("20261214T180000Z");

        // An item added: the agenda in the description changed, so SEQUENCE rises again.
        item("Asuntos generales");
        assertThat(session.getIcsSequence()).isEqualTo(atConvocation + 2);

        session.cancel("Falta de quórum previsto", NOW);
        VEvent cancelled = event(strict(SessionCalendar.single(session, Map.of(), CTX)));
        assertThat(prop(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(prop(cancelled, "SEQUENCE"))).isEqualTo(atConvocation + 3);
    }

    @Test
    void anItemsTextIsNotInTheCalendarButItsTitleIs() {
        AgendaItem i = item("Programa anual");
        int before = session.getIcsSequence();
        session.editItem(i, new ItemInput(ItemKind.PROPOSAL, "Programa anual", "Elena Ramírez", "Texto nuevo del punto", null), null, NOW);
        assertThat(session.getIcsSequence()).isEqualTo(before);
        session.editItem(i, new ItemInput(ItemKind.PROPOSAL, "Programa anual 2027", "Elena Ramírez", "Texto nuevo del punto", null), null, NOW);
        assertThat(session.getIcsSequence()).isEqualTo(before + 1);
    }

    @Test
    void statusFollowsTheSession() {
        assertThat(SessionCalendar.status(SessionState.PLANNED).getValue()).isEqualTo("TENTATIVE");
        assertThat(SessionCalendar.status(SessionState.CONVENED).getValue()).isEqualTo("CONFIRMED");
        assertThat(SessionCalendar.status(SessionState.CLOSED).getValue()).isEqualTo("CONFIRMED");
        assertThat(SessionCalendar.status(SessionState.CANCELLED).getValue()).isEqualTo("CANCELLED");
    }
}
