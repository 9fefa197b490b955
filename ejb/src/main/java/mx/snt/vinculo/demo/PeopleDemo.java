package mx.snt.vinculo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import mx.snt.vinculo.directory.DirectoryService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo's people by name (only when vinculo.demo=true): the demo's histories, timelines and
 * audit trail name people who may not have signed in yet, and pages show names, never
 * usernames. The names are those of the realm's demo users (keycloak-realm); roles and
 * memberships still come from each person's first sign-in.
 */
@Singleton
@Startup
@DependsOn("DirectorySeed")
public class PeopleDemo {

    private static final String[][] PEOPLE = {
            {"ana.admin", "ana.admin@fed.vinculo.test", "Ana", "Martínez Ruiz"},
            {"carlos.comisionado", "carlos.comisionado@cdmx.vinculo.test", "Carlos", "Hernández Soto"},
            {"sofia.secretaria", "sofia.secretaria@jal.vinculo.test", "Sofía", "Ramírez Luna"},
            {"elena.comisionada", "elena.comisionada@jal.vinculo.test", "Elena", "Castro Vega"},
            {"mario.personal", "mario.personal@jal.vinculo.test", "Mario", "Gómez Díaz"},
            {"pedro.personal", "pedro.personal@nl.vinculo.test", "Pedro", "López Treviño"},
            {"lucia.juridico", "lucia.juridico@yuc.vinculo.test", "Lucía", "Pech Canul"},
    };

    @EJB
    private DirectoryService directory;

    @Inject
    @ConfigProperty(name = "vinculo.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        for (String[] p : PEOPLE) {
            directory.knowByName(p[0], p[1], p[2], p[3]);
        }
    }
}
