package mx.snt.vinculo.agreements;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.visibility.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Demo agreements (only when vinculo.demo=true and there are none): every state, several
 * bodies and outside parties, overdue commitments and commitments due soon, one agreement
 * ending within 30 days.
 */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class AgreementDemo {

    private static final Logger LOG = Logger.getLogger(AgreementDemo.class.getName());

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @jakarta.ejb.EJB
    private AgreementService agreements;

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
        today = LocalDate.now(AgreementService.MEXICO);
        now = Instant.now();
        String text = "<h2>Cláusulas</h2><p><strong>PRIMERA.</strong> Objeto del convenio.</p>"
                + "<p><strong>SEGUNDA.</strong> Las partes designan enlaces para el seguimiento.</p>"
                + "<p><strong>TERCERA.</strong> Vigencia y terminación anticipada.</p>";

        // DRAFT — ITEI (JAL) with the Universidad de Guadalajara
        Agreement a1 = agreement("JAL", AgreementType.CONCERTACION, "Convenio de capacitación con la Universidad de Guadalajara",
                "Diplomado en transparencia y protección de datos para personal académico.", "mario.personal", text, 20);
        party(a1, null, PartyCategory.UNIVERSITY, "Universidad de Guadalajara", "Rectoría General", "enlace@udg.mx");

        // INTERNAL_REVIEW — COTAI (NL) with a civil-society organisation
        Agreement a2 = agreement("NL", AgreementType.CONCERTACION, "Convenio con Ciudadanos por la Transparencia A.C.",
                "Observatorio ciudadano de solicitudes de información en Nuevo León.", "pedro.personal", text, 15);
        party(a2, null, PartyCategory.CIVIL_SOCIETY, "Ciudadanos por la Transparencia A.C.", "Presidencia del consejo", "contacto@ciudadanos.org.mx");
        to(a2, AgreementState.INTERNAL_REVIEW, "pedro.personal", null);

        // LEGAL_REVIEW — ITEI (JAL) with COTAI (NL): a coordination between bodies
        Agreement a3 = agreement("JAL", AgreementType.COORDINACION, "Convenio de coordinación ITEI–COTAI para la PNT",
                "Asistencia técnica recíproca en la carga de obligaciones a la Plataforma Nacional de Transparencia.", "mario.personal", text, 12);
        body(a3, "NL");
        to(a3, AgreementState.INTERNAL_REVIEW, "mario.personal", null);
        to(a3, AgreementState.LEGAL_REVIEW, "sofia.secretaria", null);

        // APPROVED — INAIP (YUC) with the ANUIES
        Agreement a4 = agreement("YUC", AgreementType.COLABORACION, "Convenio de colaboración INAIP–ANUIES Sur-Sureste",
                "Formación en archivos y datos personales en las universidades de la región.", "lucia.juridico", text, 40);
        party(a4, null, PartyCategory.UNIVERSITY, "ANUIES, Región Sur-Sureste", "Secretaría Ejecutiva", "sur@anuies.mx");
        to(a4, AgreementState.INTERNAL_REVIEW, "lucia.juridico", null);
        to(a4, AgreementState.LEGAL_REVIEW, "lucia.juridico", null);
        a4.clearLegal(now);
        a4.approvedBy("CVPDCS/SO/02/2026/05", today.minusDays(10));
        to(a4, AgreementState.APPROVED, "carlos.comisionado", "CVPDCS/SO/02/2026/05");

        // SIGNING — INFOCDMX (CDMX) with an international organisation; one signature recorded
        Agreement a5 = agreement("CDMX", AgreementType.COLABORACION, "Memorándum con la Red de Transparencia y Acceso a la Información (RTA)",
                "Intercambio de buenas prácticas con órganos garantes de América Latina.", "carlos.comisionado", text, 60);
        AgreementParty rta = party(a5, null, PartyCategory.INTERNATIONAL, "Red de Transparencia y Acceso a la Información", "Presidencia pro tempore", "secretaria@redrta.org");
        to(a5, AgreementState.INTERNAL_REVIEW, "carlos.comisionado", null);
        to(a5, AgreementState.LEGAL_REVIEW, "carlos.comisionado", null);
        a5.clearLegal(now);
        to(a5, AgreementState.APPROVED, "carlos.comisionado", null);
        to(a5, AgreementState.SIGNING, "carlos.comisionado", null);
        rta.sign(today.minusDays(3), "carlos.comisionado");

        // IN_FORCE — ITEI (JAL) with a newspaper: public, ends within 30 days, commitments overdue and due soon
        Agreement a6 = inForce("JAL", AgreementType.CONCERTACION, "Convenio de difusión con El Informador",
                "Campaña de difusión del derecho de acceso a la información en medios impresos y digitales.",
                "mario.personal", text, today.minusDays(340), today.plusDays(25));
        AgreementParty media = party(a6, null, PartyCategory.MEDIA, "Unión Editorialista, S.A. de C.V. (El Informador)", "Dirección General", "convenios@informador.com.mx");
        sign(a6);
        agreements.seedPublication(a6);
        commitment(a6, a6.getParties().get(0), "Entregar materiales gráficos de la campaña", "Coordinación de Comunicación ITEI", today.minusDays(15));
        commitment(a6, media, "Publicar 12 inserciones trimestrales", "Dirección Editorial", today.minusDays(5));
        commitment(a6, media, "Informe de alcance de la campaña", "Dirección Editorial", today.plusDays(20));

        // IN_FORCE — COTAI (NL) with ITEI (JAL) and a company: commitments due in 50 days and done
        Agreement a7 = inForce("NL", AgreementType.COORDINACION, "Convenio COTAI–ITEI–Tecnologías Abiertas para datos abiertos",
                "Publicación de conjuntos de datos abiertos de ambos órganos con apoyo técnico de una empresa.",
                "pedro.personal", text, today.minusDays(100), today.plusDays(265));
        body(a7, "JAL");
        AgreementParty company = party(a7, null, PartyCategory.COMPANY, "Tecnologías Abiertas, S.A. de C.V.", "Representación legal", "legal@tecabiertas.mx");
        sign(a7);
        agreements.seedPublication(a7);
        commitment(a7, company, "Portal de datos abiertos en operación", "Gerencia de Proyectos", today.plusDays(50));
        Commitment done = commitment(a7, a7.getParties().get(0), "Catálogo de conjuntos de datos", "Unidad de Transparencia COTAI", today.minusDays(30));
        done.update(CommitmentStatus.DONE, "Catálogo publicado en el sitio de la COTAI.", now);

        // EXPIRED, TERMINATED, RENEWED (with its renewal in draft)
        Agreement a8 = inForce("YUC", AgreementType.COLABORACION, "Convenio INAIP–Universidad Autónoma de Yucatán 2023–2025",
                "Servicio social en la Unidad de Transparencia.", "lucia.juridico", text, today.minusYears(2).minusDays(30), today.minusDays(30));
        party(a8, null, PartyCategory.UNIVERSITY, "Universidad Autónoma de Yucatán", "Rectoría", "rectoria@correo.uady.mx");
        sign(a8);
        a8.ended(a8.getValidityEnd(), null);
        to(a8, AgreementState.EXPIRED, "sistema", null);

        Agreement a9 = inForce("CDMX", AgreementType.CONCERTACION, "Convenio INFOCDMX–Colectivo Datos Abiertos",
                "Talleres comunitarios de acceso a la información.", "carlos.comisionado", text, today.minusDays(400), today.plusDays(300));
        party(a9, null, PartyCategory.CIVIL_SOCIETY, "Colectivo Datos Abiertos A.C.", "Coordinación", "hola@colectivo.org");
        sign(a9);
        a9.ended(today.minusDays(20), "Disolución de la asociación civil contraparte.");
        to(a9, AgreementState.TERMINATED, "carlos.comisionado", "Disolución de la asociación civil contraparte.");

        Agreement a10 = inForce("JAL", AgreementType.COLABORACION, "Convenio ITEI–Universidad Panamericana 2025",
                "Clínica de transparencia para estudiantes de derecho.", "mario.personal", text, today.minusDays(365), today.plusDays(5));
        party(a10, null, PartyCategory.UNIVERSITY, "Universidad Panamericana, campus Guadalajara", "Dirección de la Facultad de Derecho", "derecho@up.edu.mx");
        sign(a10);
        to(a10, AgreementState.RENEWED, "elena.comisionada", null);
        a10.ended(today.minusDays(1), null);
        Agreement a11 = agreement("JAL", AgreementType.COLABORACION, "Convenio ITEI–Universidad Panamericana 2026",
                "Clínica de transparencia para estudiantes de derecho.", "mario.personal", text, 1);
        a11.renews(a10);
        party(a11, null, PartyCategory.UNIVERSITY, "Universidad Panamericana, campus Guadalajara", "Dirección de la Facultad de Derecho", "derecho@up.edu.mx");
        em.flush();
        LOG.info("Convenios de demostración creados");
    }

    private Agreement agreement(String code, AgreementType type, String title, String purpose, String by, String text, int daysAgo) {
        Workspace w = body(code);
        Instant at = now.minus(daysAgo, ChronoUnit.DAYS);
        Agreement a = new Agreement(w, type, title, purpose, by, at);
        em.persist(a);
        AgreementParty own = new AgreementParty(a, w, PartyCategory.BODY, w.getName(), "Presidencia del Pleno", "Comisionada(o) Presidenta(e)", null, null, 1);
        a.getParties().add(own);
        em.persist(own);
        int n = a.newText(text, at);
        em.persist(new AgreementTextVersion(a, n, text, by, at));
        em.persist(new AgreementStep(a, at, by, "create", null, AgreementState.DRAFT, null));
        return a;
    }

    private Agreement inForce(String code, AgreementType type, String title, String purpose, String by, String text,
                              LocalDate start, LocalDate end) {
        Agreement a = agreement(code, type, title, purpose, by, text, (int) ChronoUnit.DAYS.between(start, today) + 30);
        a.describe(type, title, purpose, start, end, true, now);
        a.clearLegal(now);
        for (AgreementState s : new AgreementState[]{AgreementState.INTERNAL_REVIEW, AgreementState.LEGAL_REVIEW,
                AgreementState.APPROVED, AgreementState.SIGNING}) {
            to(a, s, by, null);
        }
        a.changeVisibility(Visibility.PUBLIC);
        a.signedOn(start);
        return a;
    }

    /** Signs every party on the start of validity and enters into force. */
    private void sign(Agreement a) {
        em.flush();
        a.getParties().forEach(p -> p.sign(a.getValidityStart(), a.getCreatedBy()));
        to(a, AgreementState.IN_FORCE, "sistema", null);
    }

    private void to(Agreement a, AgreementState s, String by, String comment) {
        AgreementState from = a.getState();
        a.moveTo(s, now);
        em.persist(new AgreementStep(a, now, by, "transition", from, s, comment));
    }

    private AgreementParty party(Agreement a, Workspace body, PartyCategory category, String name, String signatory, String email) {
        AgreementParty p = new AgreementParty(a, body, category, name, signatory, null, "Enlace de vinculación", email,
                a.getParties().size() + 1);
        a.getParties().add(p);
        em.persist(p);
        return p;
    }

    private void body(Agreement a, String code) {
        Workspace w = body(code);
        party(a, w, PartyCategory.BODY, w.getName(), "Presidencia del Pleno", null);
    }

    private Commitment commitment(Agreement a, AgreementParty p, String what, String who, LocalDate due) {
        Commitment c = new Commitment(a, p, what, who, due, now);
        if (AgreementDates.overdue(c.getStatus(), due, today)) {
            c.update(CommitmentStatus.OVERDUE, null, now);
        }
        em.persist(c);
        return c;
    }

    private Workspace body(String code) {
        return em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                .setParameter("type", WorkspaceType.BODY).setParameter("code", code).getSingleResult();
    }
}
