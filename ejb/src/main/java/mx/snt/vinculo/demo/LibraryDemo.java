package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.EntryInput;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.visibility.Visibility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo library (only when vinculo.demo=true and the library is empty): 216 entries generated
 * deterministically across topics, types, bodies and years, five of them with a PDF made
 * here with PDFBox, so search, facets and PDF text search show something real.
 */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class LibraryDemo {

    private static final Logger LOG = Logger.getLogger(LibraryDemo.class.getName());
    static final int ENTRIES = 216;

    private static final Map<Topic, List<String>> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put(Topic.TRANSPARENCY, List.of("la publicación de obligaciones de transparencia",
                "los portales de transparencia municipales", "la verificación de obligaciones comunes",
                "la transparencia proactiva en salud", "la información de interés público"));
        SUBJECTS.put(Topic.ACCESS_TO_INFORMATION, List.of("la atención de solicitudes de acceso a la información",
                "los recursos de revisión", "la prueba de daño en la clasificación de información",
                "el acceso a la información de comunidades indígenas", "los plazos de respuesta en solicitudes"));
        SUBJECTS.put(Topic.PERSONAL_DATA, List.of("la protección de datos personales en el sector salud",
                "los avisos de privacidad", "la anonimización de versiones públicas",
                "los derechos ARCO", "las evaluaciones de impacto en la protección de datos"));
        SUBJECTS.put(Topic.ACCOUNTABILITY, List.of("la rendición de cuentas municipal", "los informes de gestión",
                "la contraloría social", "el seguimiento del gasto público", "los indicadores de desempeño"));
        SUBJECTS.put(Topic.OPEN_GOVERNMENT, List.of("los planes de acción de gobierno abierto", "los datos abiertos",
                "la participación ciudadana", "la cocreación con la sociedad civil", "los parlamentos abiertos"));
        SUBJECTS.put(Topic.ARCHIVES, List.of("la gestión documental y los archivos", "los cuadros generales de clasificación archivística",
                "la valoración documental", "los archivos electrónicos", "la conservación de archivos históricos"));
    }

    private static final Map<EntryType, String> PREFIX = Map.of(
            EntryType.GUIDE, "Guía para", EntryType.STUDY, "Estudio sobre", EntryType.ARTICLE, "Artículo:",
            EntryType.MANUAL, "Manual de procedimientos para", EntryType.VIDEO, "Video: introducción a",
            EntryType.INFOGRAPHIC, "Infografía sobre", EntryType.GOOD_PRACTICE, "Buena práctica en");
    private static final List<String> AUTHORS = List.of("María Fernanda López", "José Luis Hernández", "Ana Sofía Ramírez",
            "Carlos Eduardo Méndez", "Lucía Domínguez", "Pedro Salinas", "Elena Ríos", "Jorge Iturbide", "Mariana Cárdenas");
    private static final List<String> BODIES = List.of("JAL", "NL", "YUC", "CDMX", "FED", "MEX", "OAX", "CHIS", "VER", "SON",
            "GTO", "PUE");

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;
    @EJB
    private LibraryCatalogue library;
    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        // Its own entries tell whether it already ran (an entry made from a demo proposal is not one of them).
        if (!demo || em.createQuery("SELECT COUNT(e) FROM LibraryEntry e WHERE e.createdBy = 'ana.admin'", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        List<Workspace> bodies = em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.code IN :codes",
                Workspace.class).setParameter("t", WorkspaceType.BODY).setParameter("codes", BODIES).getResultList();
        if (bodies.isEmpty()) {
            return;
        }
        Topic[] topics = Topic.values();
        EntryType[] types = EntryType.values();
        for (int i = 0; i < ENTRIES; i++) {
            Topic topic = topics[i % topics.length];
            EntryType type = types[(i / topics.length) % types.length];
            List<String> subjects = SUBJECTS.get(topic);
            String subject = subjects.get((i / (topics.length * types.length)) % subjects.size());
            Workspace body = bodies.get((i * 7) % bodies.size());
            int year = 2014 + (i * 5) % 13;
            Set<Topic> entryTopics = EnumSet.of(topic);
            if (i % 4 == 0) {
                entryTopics.add(topics[(i / 4 + 1) % topics.length]);
            }
            Visibility v = i % 10 == 9 ? Visibility.PRIVATE : i % 3 == 2 ? Visibility.NETWORK : Visibility.PUBLIC;
            String title = PREFIX.get(type) + " " + subject + (i >= 42 ? " (" + body.getAcronym() + ", " + year + ")" : "");
            String summary = "Material de " + body.getAcronym() + " sobre " + subject + ". Reúne experiencias, criterios y pasos"
                    + " concretos que otros órganos garantes pueden replicar; incluye recomendaciones de implementación"
                    + " y lecciones aprendidas en " + year + ".";
            String keywords = subject.replace("la ", "").replace("los ", "").replace("las ", "").replace("el ", "")
                    + ", " + body.getAcronym();
            EntryInput in = new EntryInput(title, AUTHORS.get(i % AUTHORS.size()) + "; " + AUTHORS.get((i + 4) % AUTHORS.size()),
                    year, type, entryTopics, keywords, summary, i % 11 == 10 ? "en" : "es", "CC BY 4.0",
                    type == EntryType.VIDEO ? "https://www.youtube.com/@SNTransparencia" : "", v);
            Map<String, byte[]> pdfs = i % 43 == 0 ? Map.of("documento-" + (i + 1) + ".pdf", pdf(title, PDF_TEXT.get((i / 43) % PDF_TEXT.size())))
                    : Map.of();
            library.seed(body, in, "ana.admin", pdfs);
        }
        // The public site's commission pages list their guides: two of CVPDCS and CTIPNT, public.
        commissionGuide("CVPDCS", "Guía para ejercer el derecho de acceso a la información",
                "Guía práctica para solicitar información pública: dónde, cómo y qué hacer si no le responden.", Topic.ACCESS_TO_INFORMATION);
        commissionGuide("CTIPNT", "Guía de uso de la Plataforma Nacional de Transparencia",
                "Cómo buscar obligaciones de transparencia y presentar solicitudes en la Plataforma Nacional.", Topic.TRANSPARENCY);
        LOG.info("Acervo de demostración creado");
    }

    private void commissionGuide(String code, String title, String summary, Topic topic) {
        Workspace w = em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class).setParameter("type", WorkspaceType.COMMISSION)
                .setParameter("code", code).getSingleResult();
        library.seed(w, new EntryInput(title, "Secretaría Técnica de la " + w.getAcronym(), 2026, EntryType.GUIDE,
                EnumSet.of(topic), "guía, derechos, " + w.getAcronym(), summary, "es", "CC BY 4.0", "", Visibility.PUBLIC),
                "sofia.secretaria", Map.of());
    }

    private static final List<String> PDF_TEXT = List.of(
            "Este documento describe el procedimiento de anonimización de versiones públicas de sentencias y resoluciones.",
            "Metodología de evaluación del cumplimiento de obligaciones de transparencia en portales municipales.",
            "Lineamientos para la digitalización certificada de expedientes y su conservación a largo plazo.",
            "Protocolo de atención a solicitudes de información presentadas en lenguas indígenas.",
            "Cuaderno de trabajo sobre cocreación de compromisos de gobierno abierto con la sociedad civil.",
            "Guía de preservación de archivos sonoros y fotográficos.");

    /** A one-page PDF with a title and a paragraph (Helvetica covers Spanish letters). */
    public static byte[] pdf(String title, String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 13);
                cs.newLineAtOffset(50, 720);
                cs.showText(title.length() > 80 ? title.substring(0, 80) : title);
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(0, -24);
                cs.showText(text);
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
