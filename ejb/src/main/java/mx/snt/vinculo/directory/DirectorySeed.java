package mx.snt.vinculo.directory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the directory as it stood before the 2025 reform into an empty database. After that
 * the directory belongs to the admins: the seed never overwrites their edits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class DirectorySeed {

    private static final Logger LOG = Logger.getLogger(DirectorySeed.class.getName());
    static final String NETWORK_CODE = "SNT";
    static final String NETWORK_NAME =
            "Sistema Nacional de Transparencia, Acceso a la Información Pública y Protección de Datos Personales";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @PostConstruct
    void seed() {
        long count = em.createNamedQuery(Workspace.COUNT, Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        List<DirectoryCsv.Entry> entries;
        try (Reader r = new InputStreamReader(
                getClass().getResourceAsStream("/directory/network-directory.csv"), StandardCharsets.UTF_8)) {
            entries = DirectoryCsv.parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        em.persist(new Workspace(WorkspaceType.NETWORK, NETWORK_CODE, "SNT", NETWORK_NAME, null, null));
        for (DirectoryCsv.Entry e : entries) {
            em.persist(new Workspace(e.type(), e.code(), e.acronym(), e.name(), e.bodyKind(), e.state()));
        }
        LOG.info(() -> "Directorio inicial cargado: " + entries.size() + " unidades y la red");
    }
}
