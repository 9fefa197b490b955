package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.sessions.AgendaItem;
import mx.snt.vinculo.sessions.AttendanceStatus;
import mx.snt.vinculo.sessions.ItemInput;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.Session;
import mx.snt.vinculo.sessions.SessionKind;
import mx.snt.vinculo.sessions.SessionSettings;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.sessions.SessionWorkflow;
import mx.snt.vinculo.sessions.Tally;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo sessions (only when vinculo.demo=true and there are none), so a person sees the whole
 * cycle: for CVPDCS and CTIPNT, past sessions with acuerdos and published actas, one session
 * convened for next week, and one convened for today that can be started as soon as members
 * sign in and their attendance is recorded. Past sessions record the attendance of the demo
 * people who belong to the commission (named by {@link PeopleDemo}) and votes that agree with
 * it: every commissioner present votes for, so the acta's attendance, quorum and acuerdos tell
 * one story. The seed goes through the session's own operations, so it obeys its rules
 * (except the notice and quorum checks of convening and starting, which it skips: it writes
 * history, it does not make it).
 */
@Singleton
@Startup
@DependsOn("PeopleDemo") // which depends on DirectorySeed: the demo people must exist to attend
public class SessionDemo {

    private static final Logger LOG = Logger.getLogger(SessionDemo.class.getName());
    private static final String SECRETARY = "sofia.secretaria";
    /** Who attends each commission's past sessions (the demo people who belong to it) and how many of them vote. */
    private static final java.util.Map<String, String[]> ATTENDEES = java.util.Map.of(
            "CVPDCS", new String[]{"carlos.comisionado", "elena.comisionada", "sofia.secretaria"},
            "CTIPNT", new String[]{"carlos.comisionado", "pedro.personal"});
    private static final java.util.Map<String, Integer> COMMISSIONERS = java.util.Map.of("CVPDCS", 2, "CTIPNT", 1);

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private SessionWorkflow workflow;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(s) FROM Session s", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = MexicoCity.today(clock);
        int year = today.getYear();
        for (String code : new String[]{"CVPDCS", "CTIPNT"}) {
            Workspace w = em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                    .setParameter("type", WorkspaceType.COMMISSION).setParameter("code", code).getSingleResult();
            Session first = past(w, 1, today.minusDays(60), "Primera sesión ordinaria " + year,
                    new String[]{"Programa anual de trabajo " + year, "Calendario de sesiones " + year});
            Session second = past(w, 2, today.minusDays(20), "Segunda sesión ordinaria " + year,
                    new String[]{"Informe de actividades del primer semestre", "Campaña nacional de difusión del derecho de acceso"});
            first.actaApprovedIn(second.getId(), second.getEndedAt());
            first.publish(second.getEndedAt());
            em.flush();
            workflow.seedPublication(first);  // its acuerdos and acta go to the PNT like any published session's
            LocalDate nextWeek = SessionSettings.calendar().addBusinessDays(today, 6);
            upcoming(w, 3, year, nextWeek, LocalTime.of(11, 0), "Tercera sesión ordinaria " + year, SessionKind.ORDINARY,
                    "Propuesta de lineamientos de vinculación con la sociedad civil", null);
            // Today's session is convened for the hour of the seed, so it can start today (never before its hour's lead).
            LocalTime thisHour = LocalTime.now(clock.withZone(MexicoCity.ZONE)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            upcoming(w, 1, year, today, thisHour, "Primera sesión extraordinaria " + year, SessionKind.EXTRAORDINARY,
                    "Pronunciamiento sobre la reforma en materia de transparencia", second);
        }
        LOG.info("Sesiones de demostración creadas");
    }

    private Session past(Workspace w, int number, LocalDate date, String title, String[] proposals) {
        LocalDate day = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        int year = day.getYear();
        Instant start = ZonedDateTime.of(day, LocalTime.of(11, 0), MexicoCity.ZONE).toInstant();
        Instant planned = start.minus(10, ChronoUnit.DAYS);
        Session s = new Session(w, SessionKind.ORDINARY, number, year, title, start, 120, "Sala de sesiones del órgano anfitrión",
                SECRETARY, planned);
        s.details(title, start, 120, "Sala de sesiones del órgano anfitrión", "https://reuniones.snt.mx/" + w.getCode().toLowerCase(),
                "https://transmisiones.snt.mx/" + w.getCode().toLowerCase(), true, planned);
        em.persist(s);
        List<AgendaItem> voted = new ArrayList<>();
        voted.add(s.addItem(new ItemInput(ItemKind.AGENDA_APPROVAL, "Aprobación del orden del día", "Secretaría Técnica", null, null),
                null, null, planned));
        for (String proposal : proposals) {
            voted.add(s.addItem(new ItemInput(ItemKind.PROPOSAL, proposal, "Coordinación de la Comisión",
                    "Se somete a consideración de las y los integrantes: " + proposal.toLowerCase() + ".", null), null, null, planned));
        }
        s.addItem(new ItemInput(ItemKind.GENERAL_MATTERS, "Asuntos generales", null, null, null), null, null, planned);
        s.moveTo(SessionState.CONVENED, start.minus(8, ChronoUnit.DAYS));
        for (String username : ATTENDEES.get(w.getCode())) {
            em.createNamedQuery(Member.BY_USERNAME, Member.class).setParameter("username", username).getResultStream()
                    .findFirst().ifPresent(m -> s.recordAttendance(m, true, AttendanceStatus.PRESENT, start.minus(2, ChronoUnit.MINUTES)));
        }
        s.moveTo(SessionState.IN_PROGRESS, start.plus(5, ChronoUnit.MINUTES));
        em.flush();  // the items need their ids to be taken up
        Tally unanimous = new Tally(COMMISSIONERS.get(w.getCode()), 0, 0);
        for (AgendaItem item : voted) {
            long minutes = item.getPosition() == 1 ? 10 : 20L * (item.getPosition() + 1);
            // Taking the item up stamps its chapter in the recording, minutes after the start.
            s.recordVote(item, unanimous, start.plus(minutes, ChronoUnit.MINUTES));
        }
        Instant end = start.plus(110, ChronoUnit.MINUTES);
        s.close(end);
        s.acta("En la sala de sesiones, se reunieron los integrantes de la " + w.getName() + " para celebrar la " + title
                + ". Habiendo quórum, se desahogaron los asuntos del orden del día y se adoptaron los acuerdos que constan en esta acta.",
                end);
        s.links("https://transmisiones.snt.mx/" + w.getCode().toLowerCase(),
                "https://videos.snt.mx/" + w.getCode().toLowerCase() + "/so-" + number + "-" + year + ".mp4", start.plus(1, ChronoUnit.DAYS));
        em.flush();
        return s;
    }

    private void upcoming(Workspace w, int number, int year, LocalDate date, LocalTime time, String title, SessionKind kind,
                          String proposal, Session previous) {
        Instant start = ZonedDateTime.of(date, time, MexicoCity.ZONE).toInstant();
        Instant now = clock.instant();
        Session s = new Session(w, kind, number, year, title, start, 120, "Sala virtual de la Comisión", SECRETARY, now);
        s.details(title, start, 120, "Sala virtual de la Comisión", "https://reuniones.snt.mx/" + w.getCode().toLowerCase(),
                "https://transmisiones.snt.mx/" + w.getCode().toLowerCase(), true, now);
        em.persist(s);
        s.addItem(new ItemInput(ItemKind.AGENDA_APPROVAL, "Aprobación del orden del día", "Secretaría Técnica", null, null),
                null, null, now);
        if (previous != null) {
            s.addItem(new ItemInput(ItemKind.PREVIOUS_ACTA, "Aprobación del acta de la " + previous.getTitle(),
                    "Secretaría Técnica", null, previous.getId()), previous, null, now);
        }
        s.addItem(new ItemInput(ItemKind.PROPOSAL, proposal, "Coordinación de la Comisión",
                "Se somete a consideración: " + proposal.toLowerCase() + ".", null), null, null, now);
        s.addItem(new ItemInput(ItemKind.GENERAL_MATTERS, "Asuntos generales", null, null, null), null, null, now);
        s.moveTo(SessionState.CONVENED, now);
        em.flush();
    }
}
