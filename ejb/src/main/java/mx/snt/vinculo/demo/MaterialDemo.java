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
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.materials.ChartKind;
import mx.snt.vinculo.materials.Material;
import mx.snt.vinculo.materials.MaterialInput;
import mx.snt.vinculo.materials.MaterialKind;
import mx.snt.vinculo.visibility.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Demo materials (only when vinculo.demo=true and none exist): for CVPDCS and CTIPNT one public material of each
 * kind — a PDF, a video address, a stenographic version, a table with its chart, a gallery whose images carry
 * their alternative texts — and one private draft, so the public pages, feeds and the visibility rule show at once.
 */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class MaterialDemo {

    private static final Logger LOG = Logger.getLogger(MaterialDemo.class.getName());

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private FileStore files;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(m) FROM Material m", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = clock.instant();
        materialsOf(workspace("CVPDCS"), "sofia.secretaria", "difusión", "Solicitudes de información por trimestre", now.minus(6, ChronoUnit.DAYS));
        materialsOf(workspace("CTIPNT"), "carlos.comisionado", "la Plataforma Nacional", "Registros cargados al SIPOT por año", now.minus(4, ChronoUnit.DAYS));
        LOG.info("Materiales de demostración creados");
    }

    private void materialsOf(Workspace w, String by, String topic, String statsTitle, Instant at) {
        String code = w.getCode();
        Material doc = Material.create(w, input(MaterialKind.DOCUMENTARY, "Informe anual de " + topic + " 2026 (" + code + ")",
                "Resumen de las actividades de " + topic + " de la comisión durante 2026."), files.store(code + "-informe-2026.pdf",
                LibraryDemo.pdf("Informe anual " + code, "Actividades de " + topic + " de la comisión durante 2026."), by).id(), by, at);
        publish(doc, at);
        Material video = Material.create(w, new MaterialInput(MaterialKind.AUDIOVISUAL, "Conversatorio sobre " + topic + " (" + code + ")",
                "Grabación del conversatorio con especialistas y organizaciones de la sociedad civil.",
                "https://www.youtube.com/watch?v=snt" + code.toLowerCase() + "2026", null, null, null), null, by, at.plusSeconds(60));
        publish(video, at.plusSeconds(60));
        Material steno = Material.create(w, new MaterialInput(MaterialKind.STENOGRAPHIC, "Versión estenográfica de la tercera sesión ordinaria (" + code + ")",
                "Transcripción íntegra de la sesión.", null,
                "LA PRESIDENTA: Buenos días a todas y a todos. Damos inicio a la tercera sesión ordinaria de la comisión.\n"
                        + "EL SECRETARIO TÉCNICO: Con gusto, Presidenta. Se verifica el quórum: están presentes las personas comisionadas integrantes.\n"
                        + "LA PRESIDENTA: Pasamos al orden del día.", null, null), null, by, at.plusSeconds(120));
        publish(steno, at.plusSeconds(120));
        Material stats = Material.create(w, new MaterialInput(MaterialKind.STATISTICAL, statsTitle + " (" + code + ")",
                "Cifras de los órganos garantes integrantes de la comisión.", null, null,
                "Periodo,Solicitudes,Recursos de revisión\n2025-T1,1240,96\n2025-T2,1315,104\n2025-T3,1198,88\n2025-T4,1402,117\n2026-T1,1487,121\n",
                ChartKind.BAR), null, by, at.plusSeconds(180));
        publish(stats, at.plusSeconds(180));
        Material gallery = Material.create(w, input(MaterialKind.PHOTOGRAPHIC, "Jornada de " + topic + " en Guadalajara (" + code + ")",
                "Fotografías de la jornada con universidades y medios."), null, by, at.plusSeconds(240));
        gallery.addImage(files.store("auditorio.png", image(new Color(11, 79, 138), "Auditorio"), by).id(),
                "Auditorio lleno durante la inauguración de la jornada, con el presídium al frente", "Inauguración", at);
        gallery.addImage(files.store("mesa.png", image(new Color(46, 125, 50), "Mesa de trabajo"), by).id(),
                "Integrantes de la comisión conversan en una mesa de trabajo con estudiantes", "Mesa de trabajo con universidades", at);
        publish(gallery, at.plusSeconds(240));
        Material draft = Material.create(w, input(MaterialKind.DOCUMENTARY, "Borrador interno de lineamientos (" + code + ")",
                "Documento de trabajo, sólo para la comisión."), null, by, at.plusSeconds(300));
        em.persist(draft);
    }

    private void publish(Material m, Instant at) {
        m.changeVisibility(Visibility.PUBLIC, m.getVersion(), at);
        em.persist(m);
    }

    private static MaterialInput input(MaterialKind kind, String title, String description) {
        return new MaterialInput(kind, title, description, null, null, null, null);
    }

    private Workspace workspace(String code) {
        return em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                .setParameter("type", WorkspaceType.COMMISSION).setParameter("code", code).getSingleResult();
    }

    /** A simple illustration: a gradient with a caption, made on the server (no image is shipped). */
    static byte[] image(Color colour, String text) {
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour, 640, 400, colour.brighter().brighter()));
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString(text, 40, 360);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
