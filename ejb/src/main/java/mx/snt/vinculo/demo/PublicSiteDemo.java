package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.SocialNetwork;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceBody;
import mx.snt.vinculo.directory.WorkspaceSocial;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.sessions.Session;
import mx.snt.vinculo.sessions.SessionState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What the demo's public site says (only when vinculo.demo=true, once): each commission's and
 * region's description, coordinator, technical secretary, member bodies and institutional
 * accounts; a stenographic version (text and PDF) and plain-language summaries with a translation for the published sessions (the CVPDCS and CTIPNT guides are
 * {@link LibraryDemo}'s, so that its "only into an empty library" check still holds); and two convened sessions announced publicly (today's CVPDCS extraordinary one,
 * CTIPNT's next). The regions' bodies are the
 * SNT's regional composition; the commissions' are plausible, not official.
 */
@Singleton
@Startup
@DependsOn("SessionDemo") // which depends on PeopleDemo and DirectorySeed
public class PublicSiteDemo {

    private static final Logger LOG = Logger.getLogger(PublicSiteDemo.class.getName());

    private static final Map<String, List<String>> REGIONS = Map.of(
            "RCENTRO", List.of("CDMX", "GRO", "HGO", "MEX", "MOR", "PUE", "TLAX"),
            "RCO", List.of("AGS", "COL", "GTO", "JAL", "MICH", "NAY", "QRO", "SLP"),
            "RNORTE", List.of("BC", "BCS", "CHIH", "COAH", "DGO", "NL", "SIN", "SON", "TAMPS", "ZAC"),
            "RSURESTE", List.of("CAM", "CHIS", "OAX", "QROO", "TAB", "VER", "YUC"));

    private static final Map<String, List<String>> COMMISSIONS = Map.of(
            "CVPDCS", List.of("CDMX", "JAL", "NL", "YUC", "OAX", "SON", "VER", "GTO"),
            "CTIPNT", List.of("CDMX", "NL", "FED", "MEX", "PUE", "QRO", "BC"),
            "CPDP", List.of("JAL", "FED", "CHIS", "TAB", "COL", "DGO"));

    private static final Map<String, String[]> PEOPLE = Map.of(
            "CVPDCS", new String[]{"Carlos Hernández Soto, comisionado del INFOCDMX", "Sofía Ramírez Luna, ITEI"},
            "CTIPNT", new String[]{"Carlos Hernández Soto, comisionado del INFOCDMX", "Pedro López Treviño, COTAI"},
            "CPDP", new String[]{"Elena Castro Vega, comisionada del ITEI", "Mario Gómez Díaz, ITEI"});

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "CVPDCS", "Acerca los órganos garantes entre sí y con la sociedad: promueve y difunde los derechos de acceso a la"
                    + " información y de protección de datos personales, coordina campañas nacionales y la comunicación social"
                    + " del Sistema, y publica materiales para su ejercicio.",
            "CTIPNT", "Da seguimiento a la Plataforma Nacional de Transparencia y a las tecnologías que los órganos garantes"
                    + " comparten: sus sistemas, formatos de carga y datos abiertos.",
            "CPDP", "Impulsa criterios comunes y buenas prácticas en la protección de datos personales en posesión de los"
                    + " sujetos obligados.");

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Inject
    private Clock clock;

    @jakarta.ejb.EJB
    private mx.snt.vinculo.files.FileStore files;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(b) FROM WorkspaceBody b", Long.class).getSingleResult() > 0) {
            return;
        }
        for (Workspace w : em.createQuery("SELECT w FROM Workspace w WHERE w.type IN :t ORDER BY w.code", Workspace.class)
                .setParameter("t", List.of(WorkspaceType.COMMISSION, WorkspaceType.REGION)).getResultList()) {
            describe(w);
        }
        // SessionDemo's published sessions only: a database filled otherwise (./vinculo demo --scale writes the
        // directory's composition, so it never gets here) must not get a PDF for each of its thousands of sessions.
        for (Session s : em.createQuery("SELECT s FROM Session s WHERE s.state = :p AND s.workspace.code IN :demo"
                        + " AND s.createdBy = 'sofia.secretaria'", Session.class)
                .setParameter("p", SessionState.PUBLISHED).setParameter("demo", List.of("CVPDCS", "CTIPNT")).getResultList()) {
            s.recordingDetails(Map.of(), steno(s), clock.instant());
            // The stenographic version as a file too (a PDF), and the plain-language summaries.
            s.stenoFile(files.store("version-estenografica-" + s.getWorkspace().getCode().toLowerCase() + "-" + s.label()
                    .replace('/', '-').toLowerCase() + ".pdf", LibraryDemo.pdf("Versión estenográfica: " + s.getTitle(),
                    steno(s).replaceAll("\\s*\\R\\s*", " ")),
                    "sofia.secretaria").id(), clock.instant());
            summarize(s);
        }
        // Announced: today's CVPDCS extraordinary session (it can be started and transmitted) and CTIPNT's next one.
        // CVPDCS's next ordinary session stays private, as a convened session is until its secretary announces it.
        for (Session s : em.createQuery("SELECT s FROM Session s WHERE s.state = :c AND ((s.workspace.code = 'CVPDCS'"
                        + " AND s.kind = :se) OR (s.workspace.code = 'CTIPNT' AND s.kind = :so))", Session.class)
                .setParameter("c", SessionState.CONVENED).setParameter("se", mx.snt.vinculo.sessions.SessionKind.EXTRAORDINARY)
                .setParameter("so", mx.snt.vinculo.sessions.SessionKind.ORDINARY).getResultList()) {
            s.announce(clock.instant());
        }
        LOG.info("Sitio público de demostración listo");
    }

    private void describe(Workspace w) {
        String[] people = PEOPLE.get(w.getCode());
        String description = DESCRIPTIONS.getOrDefault(w.getCode(), w.getName() + " del Sistema Nacional de Transparencia: "
                + "coordina el trabajo de sus integrantes y da cuenta pública de sus sesiones, acuerdos y materiales.");
        w.describe(description, people == null ? null : people[0], people == null ? null : people[1]);
        List<String> bodies = w.getType() == WorkspaceType.REGION ? REGIONS.get(w.getCode()) : COMMISSIONS.get(w.getCode());
        if (bodies != null) {
            em.createQuery("SELECT b FROM Workspace b WHERE b.type = :t AND b.code IN :codes", Workspace.class)
                    .setParameter("t", WorkspaceType.BODY).setParameter("codes", bodies).getResultList()
                    .forEach(b -> em.persist(new WorkspaceBody(w, b)));
        }
        String handle = w.getCode() + "_SNT";
        em.persist(new WorkspaceSocial(w, SocialNetwork.X, handle, 1));
        em.persist(new WorkspaceSocial(w, SocialNetwork.FACEBOOK, handle, 2));
        em.persist(new WorkspaceSocial(w, SocialNetwork.YOUTUBE, handle, 3));
    }

    /**
     * Plain-language summaries of a published session and its acuerdos, with translations: Náhuatl for CVPDCS,
     * Maya for CTIPNT. The demo's translations are illustrative; a body publishes ones made by its translators.
     */
    private void summarize(Session s) {
        boolean cvpdcs = "CVPDCS".equals(s.getWorkspace().getCode());
        String lang = cvpdcs ? "nah" : "yua";
        String sessionText = cvpdcs
                ? "La comisión se reunió para decidir qué hará este año para que más personas conozcan su derecho a saber"
                + " qué hace el gobierno y a cuidar sus datos personales, y en qué fechas se reunirá."
                : "La comisión se reunió para decidir cómo mejorará este año la Plataforma Nacional de Transparencia, el sitio"
                + " donde cualquier persona puede pedir información pública, y en qué fechas se reunirá.";
        String sessionTranslation = cvpdcs
                ? "In tlayecanqueh omocentlalihqueh ic quitlalizqueh tlen quichihuazqueh ipan inin xihuitl, inic miec tlacah"
                + " quimatizqueh quenin huelih quitlahtlanizqueh tlen quichihua in tlahtocayotl."
                : "Le múuch' meyajo'obo' tu much'ubáaj u ts'áaj u ya'abil meyaj ti' le ja'ab je'ela' yéetel u k'iinilo'ob"
                + " ken u much'ubáajo'obi'.";
        s.summarize(mx.snt.vinculo.sessions.CitizenSummary.of(sessionText,
                List.of(new mx.snt.vinculo.sessions.CitizenSummary.Translation(lang, sessionTranslation))), clock.instant());
        for (mx.snt.vinculo.sessions.Acuerdo a : s.getAcuerdos()) {
            String item = a.getItem().getTitle().toLowerCase(java.util.Locale.ROOT);
            String text;
            String translation = null;
            if (item.startsWith("aprobación del orden")) {
                text = "Las personas integrantes estuvieron de acuerdo con la lista de temas que se iban a tratar en la sesión.";
            } else if (item.startsWith("programa anual")) {
                text = cvpdcs
                        ? "La comisión aprobó su plan de trabajo del año: campañas en radio y redes, talleres en escuelas y"
                        + " materiales en lenguas indígenas para explicar cómo pedir información pública."
                        : "La comisión aprobó su plan de trabajo del año para que la Plataforma Nacional de Transparencia sea"
                        + " más fácil de usar desde el teléfono y tenga más datos abiertos.";
                translation = cvpdcs
                        ? "In tlayecanqueh oquiselihqueh in tequitl tlen quichihuazqueh: tlanonotzaliztli ipan radio, tlamachtiliztli"
                        + " ipan calmecac ihuan amatl ipan macehuallahtolli."
                        : "Le múuch' meyajo'obo' tu ts'áaj u ya'abil meyaj utia'al u séeb meyaj le Plataforma ti' le teléfono.";
            } else {
                text = "La comisión fijó los días en que se reunirá durante el año; las sesiones son públicas y se transmiten en vivo.";
            }
            List<mx.snt.vinculo.sessions.CitizenSummary.Translation> tr = translation == null ? List.of()
                    : List.of(new mx.snt.vinculo.sessions.CitizenSummary.Translation(lang, translation));
            s.summarizeAcuerdo(a.getId(), mx.snt.vinculo.sessions.CitizenSummary.of(text, tr), clock.instant());
        }
    }

    private static String steno(Session s) {
        return "VERSIÓN ESTENOGRÁFICA DE LA " + s.getTitle().toUpperCase() + " DE LA " + s.getWorkspace().getName().toUpperCase()
                + "\n\nSecretaría Técnica: Buenos días. Siendo las once horas con cinco minutos, damos inicio a la sesión."
                + " Con la asistencia registrada, existe quórum para sesionar.\n\nCoordinación: Gracias. Solicito a la Secretaría"
                + " Técnica someter a votación el orden del día.\n\nSecretaría Técnica: Quienes estén por la afirmativa, sírvanse"
                + " manifestarlo. Se aprueba por unanimidad de las y los comisionados presentes.\n\n(…)\n\nCoordinación: Agotados"
                + " los asuntos del orden del día, se da por concluida la sesión. Muchas gracias.";
    }
}
