package mx.snt.vinculo.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Logger;

/**
 * Demo sessions (only when vinculo.demo=true and there are none), so a person sees the whole
 * cycle: for CVPDCS and CTIPNT, past sessions with acuerdos and published actas, one session
 * convened for next week, and one convened for today that can be started as soon as members
 * sign in and their attendance is recorded. Attendance of past sessions is not seeded: demo
 * people exist in the directory only after their first sign-in.
 */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class SessionDemo {

    private static final Logger LOG = Logger.getLogger(SessionDemo.class.getName());

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @jakarta.ejb.EJB
    private SessionService sessions;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(s) FROM Meeting s", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(SessionService.MEXICO);
        int year = today.getYear();
        for (String code : new String[]{"CVPDCS", "CTIPNT"}) {
            Workspace w = em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                    .setParameter("type", WorkspaceType.COMMISSION).setParameter("code", code).getSingleResult();
            Meeting first = past(w, 1, today.minusDays(60), "Primera sesión ordinaria " + year,
                    new String[]{"Programa anual de trabajo " + year, "Calendario de sesiones " + year});
            Meeting second = past(w, 2, today.minusDays(20), "Segunda sesión ordinaria " + year,
                    new String[]{"Informe de actividades del primer semestre", "Campaña nacional de difusión del derecho de acceso"});
            first.actaApprovedIn(second.getId(), second.getEndedAt());
            first.moveTo(SessionState.PUBLISHED, second.getEndedAt());
            em.createQuery("UPDATE Acuerdo a SET a.visibility = :v WHERE a.meeting.id = :s")
                    .setParameter("v", mx.snt.vinculo.visibility.Visibility.PUBLIC).setParameter("s", first.getId()).executeUpdate();
            sessions.seedPublication(first);  // its acuerdos and acta go to the PNT like any published session's
            LocalDate nextWeek = SessionSettings.calendar().addBusinessDays(today, 6);
            upcoming(w, 3, year, nextWeek, LocalTime.of(11, 0), "Tercera sesión ordinaria " + year, SessionKind.ORDINARY,
                    "Propuesta de lineamientos de vinculación con la sociedad civil", null);
            upcoming(w, 1, year, today, LocalTime.of(17, 0), "Primera sesión extraordinaria " + year, SessionKind.EXTRAORDINARY,
                    "Pronunciamiento sobre la reforma en materia de transparencia", second);
        }
        LOG.info("Sesiones de demostración creadas");
    }

    private Meeting past(Workspace w, int number, LocalDate date, String title, String[] proposals) {
        LocalDate day = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        int year = day.getYear();
        Instant start = ZonedDateTime.of(day, LocalTime.of(11, 0), SessionService.MEXICO).toInstant();
        Meeting s = new Meeting(w, SessionKind.ORDINARY, number, year, title, start, 120, "Sala de sesiones del órgano anfitrión",
                "sofia.secretaria", start.minus(10, ChronoUnit.DAYS));
        s.details(title, start, 120, "Sala de sesiones del órgano anfitrión", "https://reuniones.snt.mx/" + w.getCode().toLowerCase(),
                "https://transmisiones.snt.mx/" + w.getCode().toLowerCase(), true, start.minus(10, ChronoUnit.DAYS));
        em.persist(s);
        s.moveTo(SessionState.CONVENED, start.minus(8, ChronoUnit.DAYS));
        s.moveTo(SessionState.IN_PROGRESS, start.plus(5, ChronoUnit.MINUTES));
        AgendaItem agenda = new AgendaItem(s, 1, ItemKind.AGENDA_APPROVAL, "Aprobación del orden del día", "Secretaría Técnica", null, null);
        em.persist(agenda);
        acuerdo(s, agenda, start.plus(10, ChronoUnit.MINUTES));
        int p = 2;
        for (String proposal : proposals) {
            AgendaItem item = new AgendaItem(s, p++, ItemKind.PROPOSAL, proposal, "Coordinación de la Comisión",
                    "Se somete a consideración de las y los integrantes: " + proposal.toLowerCase() + ".", null);
            em.persist(item);
            acuerdo(s, item, start.plus(20L * p, ChronoUnit.MINUTES));
        }
        em.persist(new AgendaItem(s, p, ItemKind.GENERAL_MATTERS, "Asuntos generales", null, null, null));
        s.moveTo(SessionState.CLOSED, start.plus(110, ChronoUnit.MINUTES));
        s.acta("En la sala de sesiones, se reunieron los integrantes de la " + w.getName() + " para celebrar la " + title
                + ". Habiendo quórum, se desahogaron los asuntos del orden del día y se adoptaron los acuerdos que constan en esta acta.",
                start.plus(110, ChronoUnit.MINUTES));
        s.links("https://transmisiones.snt.mx/" + w.getCode().toLowerCase(),
                "https://videos.snt.mx/" + w.getCode().toLowerCase() + "/so-" + number + "-" + year, start.plus(1, ChronoUnit.DAYS));
        em.flush();
        return s;
    }

    private void acuerdo(Meeting s, AgendaItem item, Instant at) {
        item.closeVote("APPROVED");
        em.persist(new Acuerdo(s, item, SessionRules.acuerdoNumber(s.getWorkspace().getCode(), s.getKind(), s.getNumber(),
                s.getYear(), item.getPosition()), "Se aprueba: " + item.getTitle(), "APPROVED", 2, 0, 0, at));
    }

    private void upcoming(Workspace w, int number, int year, LocalDate date, LocalTime time, String title, SessionKind kind,
                          String proposal, Meeting previous) {
        Instant start = ZonedDateTime.of(date, time, SessionService.MEXICO).toInstant();
        Instant now = Instant.now();
        Meeting s = new Meeting(w, kind, number, year, title, start, 120, "Sala virtual de la Comisión", "sofia.secretaria", now);
        s.details(title, start, 120, "Sala virtual de la Comisión", "https://reuniones.snt.mx/" + w.getCode().toLowerCase(),
                "https://transmisiones.snt.mx/" + w.getCode().toLowerCase(), true, now);
        em.persist(s);
        em.persist(new AgendaItem(s, 1, ItemKind.AGENDA_APPROVAL, "Aprobación del orden del día", "Secretaría Técnica", null, null));
        int p = 2;
        if (previous != null) {
            em.persist(new AgendaItem(s, p++, ItemKind.PREVIOUS_ACTA, "Aprobación del acta de la " + previous.getTitle(),
                    "Secretaría Técnica", null, previous.getId()));
        }
        em.persist(new AgendaItem(s, p++, ItemKind.PROPOSAL, proposal, "Coordinación de la Comisión",
                "Se somete a consideración: " + proposal.toLowerCase() + ".", null));
        em.persist(new AgendaItem(s, p, ItemKind.GENERAL_MATTERS, "Asuntos generales", null, null, null));
        s.moveTo(SessionState.CONVENED, now);
        em.flush();
    }
}
