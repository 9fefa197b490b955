package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.documents.Document;
import mx.snt.vinculo.visibility.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/** Demo documents (only when vinculo.demo=true and none exist), so each visibility can be seen at once. */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class DocumentDemo {

    private static final Logger LOG = Logger.getLogger(DocumentDemo.class.getName());

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private Clock clock;

    @PostConstruct
    void seed() {
        if (!demo || em.createQuery("SELECT COUNT(d) FROM Document d", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = clock.instant();
        add(WorkspaceType.BODY, "JAL", "Minuta interna de la Ponencia 2", "Acuerdos de trabajo internos del ITEI para el trimestre.", Visibility.PRIVATE, "sofia.secretaria", now.minus(3, ChronoUnit.DAYS));
        add(WorkspaceType.BODY, "NL", "Plan de capacitación 2026 (borrador)", "Borrador interno de la COTAI.", Visibility.PRIVATE, "pedro.personal", now.minus(2, ChronoUnit.DAYS));
        add(WorkspaceType.COMMISSION, "CVPDCS", "Programa de trabajo de la Comisión de Vinculación", "Líneas de acción para acercar a los órganos garantes entre sí y con la sociedad.", Visibility.NETWORK, "sofia.secretaria", now.minus(1, ChronoUnit.DAYS));
        add(WorkspaceType.NETWORK, "SNT", "Bienvenida a Vínculo", "Vínculo es el espacio de trabajo común de los órganos garantes del Sistema Nacional de Transparencia.", Visibility.PUBLIC, "ana.admin", now);
        LOG.info("Documentos de demostración creados");
    }

    private void add(WorkspaceType type, String code, String title, String body, Visibility v,
                     String author, Instant at) {
        Workspace w = em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                .setParameter("type", type).setParameter("code", code).getSingleResult();
        em.persist(Document.create(w, title, body, v, author, at));
    }
}
