package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.agreements.Agreement;
import mx.snt.vinculo.agreements.AgreementInputs.Draft;
import mx.snt.vinculo.agreements.AgreementInputs.Party;
import mx.snt.vinculo.agreements.AgreementInputs.Transition;
import mx.snt.vinculo.agreements.AgreementLifecycle;
import mx.snt.vinculo.agreements.AgreementMove;
import mx.snt.vinculo.agreements.AgreementParty;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementStep;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.agreements.Commitment;
import mx.snt.vinculo.agreements.CommitmentStatus;
import mx.snt.vinculo.agreements.PartyCategory;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Demo agreements (only when vinculo.demo=true and there are none): every state, several
 * bodies and outside parties, overdue commitments and commitments due soon, one agreement
 * ending within 30 days, one signed that enters into force next month, one waiting for ITEI's internal
 * review. They go through the aggregate's own operations, so the demo obeys the
 * rules; only the agreements in force skip the signed PDF ({@link Agreement#seedInForce}).
 */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class AgreementDemo {

    private static final Logger LOG = Logger.getLogger(AgreementDemo.class.getName());
    private static final Actor STAFF = new Actor(Set.of(Role.PERSONAL), true, true, false);
    private static final Actor LEGAL = new Actor(Set.of(Role.JURIDICO), false, false, false);
    private static final Actor COMMISSIONER = new Actor(Set.of(Role.COMISIONADO), true, true, false);
    private static final String SYSTEM = "sistema";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private AgreementLifecycle lifecycle;

    @EJB
    private AuditTrail audit;

    @EJB
    private mx.snt.vinculo.files.FileStore files;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    private LocalDate today;
    private Instant now;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(a) FROM Agreement a", Long.class).getSingleResult() > 0) {
            return;
        }
        today = MexicoCity.today(clock);
        now = clock.instant();
        String text = "<h2>Cláusulas</h2><p><strong>PRIMERA.</strong> Objeto del convenio.</p>"
                + "<p><strong>SEGUNDA.</strong> Las partes designan enlaces para el seguimiento.</p>"
                + "<p><strong>TERCERA.</strong> Vigencia y terminación anticipada.</p>";

        // DRAFT — ITEI (JAL) with the Universidad de Guadalajara
        Agreement a1 = agreement("JAL", AgreementType.CONCERTACION, "Convenio de capacitación con la Universidad de Guadalajara",
                "Diplomado en transparencia y protección de datos para personal académico.", "mario.personal", text, 20);
        party(a1, PartyCategory.UNIVERSITY, "Universidad de Guadalajara", "Rectoría General", "enlace@udg.mx");

        // INTERNAL_REVIEW — COTAI (NL) with a civil-society organisation
        Agreement a2 = agreement("NL", AgreementType.CONCERTACION, "Convenio con Ciudadanos por la Transparencia A.C.",
                "Observatorio ciudadano de solicitudes de información en Nuevo León.", "pedro.personal", text, 15);
        party(a2, PartyCategory.CIVIL_SOCIETY, "Ciudadanos por la Transparencia A.C.", "Presidencia del consejo", "contacto@ciudadanos.org.mx");
        to(a2, AgreementState.INTERNAL_REVIEW, STAFF, "pedro.personal", Transition.none());

        // LEGAL_REVIEW — ITEI (JAL) with COTAI (NL): a coordination between bodies
        Agreement a3 = agreement("JAL", AgreementType.COORDINACION, "Convenio de coordinación ITEI–COTAI para la PNT",
                "Asistencia técnica recíproca en la carga de obligaciones a la Plataforma Nacional de Transparencia.", "mario.personal", text, 12);
        body(a3, "NL");
        to(a3, AgreementState.INTERNAL_REVIEW, STAFF, "mario.personal", Transition.none());
        to(a3, AgreementState.LEGAL_REVIEW, STAFF, "sofia.secretaria", Transition.none());

        // APPROVED — INAIP (YUC) with the ANUIES
        Agreement a4 = agreement("YUC", AgreementType.COLABORACION, "Convenio de colaboración INAIP–ANUIES Sur-Sureste",
                "Formación en archivos y datos personales en las universidades de la región.", "lucia.juridico", text, 40);
        party(a4, PartyCategory.UNIVERSITY, "ANUIES, Región Sur-Sureste", "Secretaría Ejecutiva", "sur@anuies.mx");
        to(a4, AgreementState.INTERNAL_REVIEW, STAFF, "lucia.juridico", Transition.none());
        to(a4, AgreementState.LEGAL_REVIEW, STAFF, "lucia.juridico", Transition.none());
        a4.clearLegal(LEGAL, a4.getVersion(), now);
        to(a4, AgreementState.APPROVED, COMMISSIONER, "carlos.comisionado",
                new Transition(null, "CVPDCS/SO/02/2026/05", today.minusDays(10), null, null));

        // SIGNING — INFOCDMX (CDMX) with an international organisation; one signature recorded
        Agreement a5 = agreement("CDMX", AgreementType.COLABORACION, "Memorándum con la Red de Transparencia y Acceso a la Información (RTA)",
                "Intercambio de buenas prácticas con órganos garantes de América Latina.", "carlos.comisionado", text, 60);
        party(a5, PartyCategory.INTERNATIONAL, "Red de Transparencia y Acceso a la Información", "Presidencia pro tempore", "secretaria@redrta.org");
        to(a5, AgreementState.INTERNAL_REVIEW, STAFF, "carlos.comisionado", Transition.none());
        to(a5, AgreementState.LEGAL_REVIEW, STAFF, "carlos.comisionado", Transition.none());
        a5.clearLegal(LEGAL, a5.getVersion(), now);
        to(a5, AgreementState.APPROVED, COMMISSIONER, "carlos.comisionado", Transition.none());
        to(a5, AgreementState.SIGNING, STAFF, "carlos.comisionado", Transition.none());
        em.flush();
        AgreementParty rta = a5.getParties().get(1);
        a5.sign(STAFF, rta.getId(), today.minusDays(3), "carlos.comisionado", today, now);

        // IN_FORCE — ITEI (JAL) with a newspaper: public, ends within 30 days, commitments overdue and due soon
        Agreement a6 = inForce("JAL", AgreementType.CONCERTACION, "Convenio de difusión con El Informador",
                "Campaña de difusión del derecho de acceso a la información en medios impresos y digitales.",
                "mario.personal", text, today.minusDays(340), today.plusDays(25), "CVPDCS/SO/04/" + (today.getYear() - 1) + "/03",
                a -> party(a, PartyCategory.MEDIA, "Unión Editorialista, S.A. de C.V. (El Informador)", "Dirección General", "convenios@informador.com.mx"));
        lifecycle.seedPublication(a6);
        AgreementParty media = a6.getParties().get(1);
        commitment(a6, a6.getParties().get(0), "Entregar materiales gráficos de la campaña", "Coordinación de Comunicación ITEI", today.minusDays(15));
        commitment(a6, media, "Publicar 12 inserciones trimestrales", "Dirección Editorial", today.minusDays(5));
        commitment(a6, media, "Informe de alcance de la campaña", "Dirección Editorial", today.plusDays(20));

        // IN_FORCE — COTAI (NL) with ITEI (JAL) and a company: commitments due in 50 days and done
        Agreement a7 = inForce("NL", AgreementType.COORDINACION, "Convenio COTAI–ITEI–Tecnologías Abiertas para datos abiertos",
                "Publicación de conjuntos de datos abiertos de ambos órganos con apoyo técnico de una empresa.",
                "pedro.personal", text, today.minusDays(100), today.plusDays(265), "CTIPNT/SO/05/" + (today.getYear() - 1) + "/02", a -> {
                    body(a, "JAL");
                    party(a, PartyCategory.COMPANY, "Tecnologías Abiertas, S.A. de C.V.", "Representación legal", "legal@tecabiertas.mx");
                });
        lifecycle.seedPublication(a7);
        commitment(a7, a7.getParties().get(2), "Portal de datos abiertos en operación", "Gerencia de Proyectos", today.plusDays(50));
        Commitment done = commitment(a7, a7.getParties().get(0), "Catálogo de conjuntos de datos", "Unidad de Transparencia COTAI", today.minusDays(30));
        em.flush();
        done.report(done.getVersion(), CommitmentStatus.DONE, "Catálogo publicado en el sitio de la COTAI.", today, now);

        // SIGNED — ITEI (JAL) with a university: every signature is there, the validity starts next month
        Agreement a12 = agreement("JAL", AgreementType.CONCERTACION, "Convenio ITEI–ITESO de servicio social",
                "Prestadores de servicio social en la Unidad de Transparencia del ITEI.", "sofia.secretaria", text, 45);
        party(a12, PartyCategory.UNIVERSITY, "Instituto Tecnológico y de Estudios Superiores de Occidente (ITESO)",
                "Rectoría", "vinculacion@iteso.mx");
        toSigning(a12, "sofia.secretaria");
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        step(a12, SYSTEM, a12.seedSigned(today.minusDays(2), nextMonth, nextMonth.plusYears(2).minusDays(1), today, now));

        // INTERNAL_REVIEW — ITEI (JAL) with a civil-society organisation: waits for ITEI's internal review
        Agreement a13 = agreement("JAL", AgreementType.CONCERTACION, "Convenio ITEI–Jalisco Cómo Vamos",
                "Indicadores ciudadanos de transparencia municipal en el Área Metropolitana de Guadalajara.",
                "mario.personal", text, 3);
        party(a13, PartyCategory.CIVIL_SOCIETY, "Jalisco Cómo Vamos, Observatorio Ciudadano A.C.", "Coordinación general",
                "contacto@jaliscocomovamos.org");
        to(a13, AgreementState.INTERNAL_REVIEW, STAFF, "mario.personal", Transition.none());

        // EXPIRED, TERMINATED, RENEWED (with its renewal in draft)
        Agreement a8 = inForce("YUC", AgreementType.COLABORACION, "Convenio INAIP–Universidad Autónoma de Yucatán 2023–2025",
                "Servicio social en la Unidad de Transparencia.", "lucia.juridico", text, today.minusYears(2).minusDays(30), today.minusDays(30),
                a -> party(a, PartyCategory.UNIVERSITY, "Universidad Autónoma de Yucatán", "Rectoría", "rectoria@correo.uady.mx"));
        step(a8, SYSTEM, a8.expire(today, now));

        Agreement a9 = inForce("CDMX", AgreementType.CONCERTACION, "Convenio INFOCDMX–Colectivo Datos Abiertos",
                "Talleres comunitarios de acceso a la información.", "carlos.comisionado", text, today.minusDays(400), today.plusDays(300),
                a -> party(a, PartyCategory.CIVIL_SOCIETY, "Colectivo Datos Abiertos A.C.", "Coordinación", "hola@colectivo.org"));
        to(a9, AgreementState.TERMINATED, COMMISSIONER, "carlos.comisionado",
                new Transition(null, null, null, today.minusDays(20), "Disolución de la asociación civil contraparte."));

        Agreement a10 = inForce("JAL", AgreementType.COLABORACION, "Convenio ITEI–Universidad Panamericana 2025",
                "Clínica de transparencia para estudiantes de derecho.", "mario.personal", text, today.minusDays(365), today.plusDays(5),
                a -> party(a, PartyCategory.UNIVERSITY, "Universidad Panamericana, campus Guadalajara", "Dirección de la Facultad de Derecho", "derecho@up.edu.mx"));
        AgreementMove renewed = a10.transition(AgreementState.RENEWED, COMMISSIONER, a10.getVersion(), Transition.none(),
                "mario.personal", today, now);
        step(a10, "elena.comisionada", renewed);
        Agreement a11 = renewed.renewal();
        em.persist(a11);
        a11.drafting(STAFF).edit(a11.getVersion(), new Draft(a11.getType(), "Convenio ITEI–Universidad Panamericana 2026",
                a11.getPurpose(), a11.getBodyHtml(), null, null, true), "mario.personal", now);
        em.flush();
        em.persist(new AgreementStep(a11, now, "mario.personal", "create", null, AgreementState.DRAFT, "renews:" + a10.getId()));
        em.flush();
        LOG.info("Demo agreements created");
    }

    private Agreement agreement(String code, AgreementType type, String title, String purpose, String by, String text, int daysAgo) {
        Workspace w = body(code);
        Instant at = now.minus(daysAgo, ChronoUnit.DAYS);
        Agreement a = Agreement.draft(w, STAFF, type, title, purpose, "Presidencia del Pleno", "Comisionada(o) Presidenta(e)", by, at);
        em.persist(a);
        a.drafting(STAFF).edit(a.getVersion(), new Draft(type, title, purpose, text, null, null, true), by, at);
        em.persist(new AgreementStep(a, at, by, "create", null, AgreementState.DRAFT, null));
        return a;
    }

    /** An agreement that went the whole way and is in force; {@code parties} adds its counterparties while drafting. */
    private Agreement inForce(String code, AgreementType type, String title, String purpose, String by, String text,
                              LocalDate start, LocalDate end, Consumer<Agreement> parties) {
        return inForce(code, type, title, purpose, by, text, start, end, null, parties);
    }

    private Agreement inForce(String code, AgreementType type, String title, String purpose, String by, String text,
                              LocalDate start, LocalDate end, String acuerdo, Consumer<Agreement> parties) {
        Agreement a = agreement(code, type, title, purpose, by, text, (int) ChronoUnit.DAYS.between(start, today) + 30);
        parties.accept(a);
        to(a, AgreementState.INTERNAL_REVIEW, STAFF, by, Transition.none());
        to(a, AgreementState.LEGAL_REVIEW, STAFF, by, Transition.none());
        a.clearLegal(LEGAL, a.getVersion(), now);
        // Approved by a commission's acuerdo, so the commission's public page lists it among its agreements in force.
        to(a, AgreementState.APPROVED, COMMISSIONER, by, acuerdo == null ? Transition.none()
                : new Transition(null, acuerdo, start.minusDays(20), null, null));
        to(a, AgreementState.SIGNING, STAFF, by, Transition.none());
        em.flush();
        // The signed document the public register links to.
        long file = files.store("convenio-firmado-" + code.toLowerCase() + ".pdf",
                LibraryDemo.pdf(title, "Convenio firmado por las partes. Vigencia del " + start + " al " + end + "."), by).id();
        a.attach(STAFF, mx.snt.vinculo.agreements.AttachmentKind.SIGNED_PDF, mx.snt.vinculo.files.FileKind.PDF, file, now);
        step(a, SYSTEM, a.seedInForce(start, end, now));
        return a;
    }

    /** Reviewed, cleared, approved and in signature. */
    private void toSigning(Agreement a, String by) {
        to(a, AgreementState.INTERNAL_REVIEW, STAFF, by, Transition.none());
        to(a, AgreementState.LEGAL_REVIEW, STAFF, by, Transition.none());
        a.clearLegal(LEGAL, a.getVersion(), now);
        to(a, AgreementState.APPROVED, COMMISSIONER, by, Transition.none());
        to(a, AgreementState.SIGNING, STAFF, by, Transition.none());
        em.flush();
    }

    private void to(Agreement a, AgreementState s, Actor actor, String by, Transition in) {
        step(a, by, a.transition(s, actor, a.getVersion(), in, by, today, now));
    }

    /** The timeline step and, as a real move leaves, its audit entry (so "what changed recently" has the demo's history). */
    private void step(Agreement a, String by, AgreementMove m) {
        em.persist(new AgreementStep(a, now, by, "transition", m.from(), m.to(), m.comment()));
        em.flush();
        Caller actor = SYSTEM.equals(by) ? Caller.anonymous() : new Caller(by, null, Set.of(), Set.of());
        audit.record(actor, "Agreement", a.getId(), "agreement.transition", m.from().name(), m.to().name(), m.comment(),
                AuditScope.partOf("Agreement", a.getId(), a.getWorkspace().getId(), a.getVisibility()));
    }

    private void party(Agreement a, PartyCategory category, String name, String signatory, String email) {
        a.drafting(STAFF).addParty(new Party(null, category, name, signatory, null, "Enlace de vinculación", email), null, now);
    }

    private void body(Agreement a, String code) {
        Workspace w = body(code);
        a.drafting(STAFF).addParty(new Party(w.getId(), PartyCategory.BODY, w.getName(), "Presidencia del Pleno", null,
                "Enlace de vinculación", null), w, now);
    }

    private Commitment commitment(Agreement a, AgreementParty p, String what, String who, LocalDate due) {
        em.flush();
        Commitment c = a.commit(STAFF, p.getId(), what, who, due, now);
        c.markOverdue(today, now);
        em.persist(c);
        return c;
    }

    private Workspace body(String code) {
        return em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                .setParameter("type", WorkspaceType.BODY).setParameter("code", code).getSingleResult();
    }
}
