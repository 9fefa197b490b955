package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.EntryInput;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.proposals.Proposal;
import mx.snt.vinculo.proposals.ProposalAction;
import mx.snt.vinculo.proposals.ProposalCall;
import mx.snt.vinculo.proposals.ProposalComment;
import mx.snt.vinculo.proposals.ProposalRepository;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo proposals (only when vinculo.demo=true and none exist): an open and a closed call of
 * the CVPDCS, proposals from several bodies in every state, adhesions, comments and replies,
 * and one accepted proposal already turned into a library entry.
 */
@Singleton
@Startup
@DependsOn("LibraryDemo") // which depends on DirectorySeed; Payara takes a diamond of DependsOn for a cycle
public class ProposalDemo {

    private static final Logger LOG = Logger.getLogger(ProposalDemo.class.getName());

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;
    @EJB
    private AuditTrail audit;
    @EJB
    private LibraryCatalogue library;
    @EJB
    private ProposalRepository proposals;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(p) FROM ProposalCall p", Long.class).getSingleResult() > 0) {
            return;
        }
        Workspace cvpdcs = ws(WorkspaceType.COMMISSION, "CVPDCS");
        Workspace ctipnt = ws(WorkspaceType.COMMISSION, "CTIPNT");
        Workspace jal = ws(WorkspaceType.BODY, "JAL");
        Workspace nl = ws(WorkspaceType.BODY, "NL");
        Workspace yuc = ws(WorkspaceType.BODY, "YUC");
        Workspace cdmx = ws(WorkspaceType.BODY, "CDMX");
        Workspace oax = ws(WorkspaceType.BODY, "OAX");
        Instant now = clock.instant();
        LocalDate today = MexicoCity.today(clock);

        ProposalCall open = new ProposalCall(cvpdcs, "Buenas prácticas de vinculación con la sociedad 2026", Topic.OPEN_GOVERNMENT,
                "La Comisión de Vinculación recoge propuestas y buenas prácticas de los órganos garantes para acercar el"
                        + " derecho de acceso a la información a la sociedad.", true, Set.of(), today.minusDays(10),
                today.plusDays(30), "sofia.secretaria", now.minus(10, ChronoUnit.DAYS));
        ProposalCall closed = new ProposalCall(ctipnt, "Mejoras a la Plataforma Nacional de Transparencia", Topic.TRANSPARENCY,
                "Propuestas de los órganos garantes del norte y occidente para mejorar la carga de información en la PNT.",
                false, Set.of(jal.getId(), nl.getId(), yuc.getId()), today.minusDays(60), today.minusDays(20),
                "ana.admin", now.minus(60, ChronoUnit.DAYS));
        em.persist(open);
        em.persist(closed);
        em.flush();
        audit.record(who("sofia.secretaria"), "ProposalCall", open.getId(), "proposal.call.open", null, "OPEN", open.getTitle(), AuditScope.of(open.getWorkspace().getId(), open.getVisibility()));
        audit.record(who("ana.admin"), "ProposalCall", closed.getId(), "proposal.call.open", null, "OPEN", closed.getTitle(), AuditScope.of(closed.getWorkspace().getId(), closed.getVisibility()));

        Proposal p1 = add(open, cvpdcs, jal, "mario.personal", "Ferias de transparencia en plazas públicas",
                "Llevar módulos itinerantes de orientación sobre el derecho de acceso a la información a plazas y mercados.",
                Topic.ACCESS_TO_INFORMATION, 9);
        Proposal p2 = add(open, cvpdcs, nl, "pedro.personal", "Red de enlaces juveniles por la transparencia",
                "Formar enlaces juveniles en universidades que difundan el derecho a la información entre sus pares.",
                Topic.OPEN_GOVERNMENT, 8);
        Proposal p3 = add(open, cvpdcs, yuc, "lucia.juridico", "Materiales en lengua maya sobre datos personales",
                "Traducir y difundir materiales de protección de datos personales en lengua maya.",
                Topic.PERSONAL_DATA, 7);
        Proposal p4 = add(closed, ctipnt, jal, "mario.personal", "Validaciones previas a la carga de formatos SIPOT",
                "Validar los formatos antes de cargarlos a la PNT para reducir rechazos.", Topic.TRANSPARENCY, 40);
        Proposal p5 = add(closed, ctipnt, nl, "pedro.personal", "Calendario común de actualización de obligaciones",
                "Un calendario compartido de actualización trimestral de obligaciones en la PNT.", Topic.TRANSPARENCY, 38);
        Proposal p6 = add(null, cvpdcs, cdmx, "carlos.comisionado", "Guía de archivos para sujetos obligados pequeños",
                "Una guía breve de organización de archivos para sujetos obligados con poco personal.", Topic.ARCHIVES, 5);
        Proposal p7 = add(null, cvpdcs, oax, "ana.admin", "Rendición de cuentas de los órganos garantes en radio comunitaria",
                "Informar en radio comunitaria los resultados anuales de los órganos garantes.", Topic.ACCOUNTABILITY, 3);

        move(p2, ProposalAction.EVALUATE, null, "sofia.secretaria");
        move(p3, ProposalAction.EVALUATE, null, "sofia.secretaria");
        move(p3, ProposalAction.ACCEPT, "La Comisión la acepta y la incorpora a su programa de trabajo.", "sofia.secretaria");
        move(p4, ProposalAction.EVALUATE, null, "ana.admin");
        move(p4, ProposalAction.ACCEPT, "Aceptada: se compartirá como buena práctica con todos los órganos garantes.", "ana.admin");
        move(p5, ProposalAction.EVALUATE, null, "ana.admin");
        move(p5, ProposalAction.REJECT, "La PNT ya publica un calendario oficial; se sugiere difundirlo.", "ana.admin");
        move(p7, ProposalAction.WITHDRAW, null, "ana.admin");

        adhere(p1, nl, "pedro.personal");
        adhere(p1, yuc, "lucia.juridico");
        adhere(p1, cdmx, "carlos.comisionado");
        adhere(p2, jal, "mario.personal");
        adhere(p3, cdmx, "carlos.comisionado");
        adhere(p4, nl, "pedro.personal");
        adhere(p6, jal, "mario.personal");

        ProposalComment c1 = comment(p1, null, "pedro.personal", "En Nuevo León hicimos algo parecido en 2024; podemos compartir materiales.");
        comment(p1, c1.getId(), "mario.personal", "¡Gracias! Nos serviría mucho conocer sus carteles.");
        comment(p1, null, "carlos.comisionado", "Sugiero coordinarlo con la semana nacional de transparencia.");
        comment(p2, null, "sofia.secretaria", "La Comisión revisará la propuesta en su próxima sesión.");
        ProposalComment c5 = comment(p3, null, "mario.personal", "Muy buena idea, ¿consideraron también el formato de audio?");
        comment(p3, c5.getId(), "lucia.juridico", "Sí, preparamos cápsulas de audio.");

        // One accepted proposal already in the library, linked both ways.
        long entry = library.createFromProposal(who("ana.admin"), jal, p4.getId(),
                new EntryInput(p4.getTitle(), "Mario Personal (ITEI)", today.getYear(), EntryType.GOOD_PRACTICE,
                        EnumSet.of(Topic.TRANSPARENCY), "SIPOT, PNT, validación", p4.getSummary(), "es", "CC BY 4.0", "",
                        Visibility.NETWORK), List.of());
        p4.linkEntry(entry, now);
        audit.record(who("ana.admin"), "Proposal", p4.getId(), "proposal.toLibrary", "ACCEPTED", "ACCEPTED", "library entry " + entry, AuditScope.of(p4.getWorkspace().getId(), p4.getVisibility()));
        em.flush();
        LOG.info("Propuestas de demostración creadas");
    }

    private Proposal add(ProposalCall call, Workspace commission, Workspace body, String author, String title,
                         String summary, Topic topic, int daysAgo) {
        String html = "<p>" + summary + "</p><ul><li>Responsable: " + body.getAcronym() + "</li><li>Plazo: seis meses</li></ul>";
        Proposal p = new Proposal(call, commission, body, author, new Proposal.Content(title, summary, html, topic),
                List.of(), clock.instant().minus(daysAgo, ChronoUnit.DAYS));
        em.persist(p);
        em.flush();
        audit.record(who(author), "Proposal", p.getId(), "proposal.submit", null, "SUBMITTED", title, AuditScope.of(p.getWorkspace().getId(), p.getVisibility()));
        return p;
    }

    /** The demo acts as the commission and as the author at once: every step of the table is allowed. */
    private void move(Proposal p, ProposalAction action, String answer, String actor) {
        String from = p.getState().name();
        p.apply(action, true, true, p.getVersion(), answer, clock.instant());
        em.flush();
        audit.record(who(actor), "Proposal", p.getId(), "proposal." + action.name().toLowerCase(), from,
                p.getState().name(), answer, AuditScope.of(p.getWorkspace().getId(), p.getVisibility()));
    }

    private void adhere(Proposal p, Workspace body, String username) {
        em.persist(p.adhesionOf(body, false, username, clock.instant()));
        em.flush();
        proposals.countAdhesion(p, +1);
        audit.record(who(username), "Proposal", p.getId(), "proposal.adhere", null, body.getCode(), null, AuditScope.of(p.getWorkspace().getId(), p.getVisibility()));
    }

    private ProposalComment comment(Proposal p, Long parent, String author, String text) {
        ProposalComment c = p.comment(parent, parent == null ? null : em.find(ProposalComment.class, parent), author, text,
                clock.instant());
        em.persist(c);
        em.flush();
        return c;
    }

    private Workspace ws(WorkspaceType type, String code) {
        return em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                .setParameter("type", type).setParameter("code", code).getSingleResult();
    }

    private static Caller who(String username) {
        return new Caller(username, null, Set.of(), Set.of());
    }
}
