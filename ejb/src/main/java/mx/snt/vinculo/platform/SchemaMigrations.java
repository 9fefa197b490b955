package mx.snt.vinculo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before any other bean touches it. The datasource is defined
 * here; its class, URL and credentials come from MicroProfile Config, so the same EAR runs on
 * the embedded H2 database or on MySQL through Connector/J (environment variables
 * VINCULO_DB_DATASOURCE, VINCULO_DB_URL, VINCULO_DB_USER, VINCULO_DB_PASSWORD).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/vinculo",
        className = "${MPCONFIG=vinculo.db.datasource}",
        url = "${MPCONFIG=vinculo.db.url}",
        user = "${MPCONFIG=vinculo.db.user}",
        password = "${MPCONFIG=vinculo.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                // Validation toggles auto-commit: two round trips at every allocation, and a page allocates once per
                // statement (30 pairs for a session's page). A connection is checked at most once every 5 s: after the
                // database comes back a request may still meet a dead one (a 503 page), the next one reconnects.
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                // Each connection keeps its prepared statements: without it every query of every page is parsed
                // and planned again by the database driver (on H2, by the database itself), which was the largest
                // single cost of the public home. The type must be given (blank means LRU): left out, Payara
                // reads it as the string "null" and fails to build the cache (payara/Payara#6647).
                "fish.payara.statement-cache-size=256",
                "fish.payara.statement-cache-type= "})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    // Not named "migrate": Payara resolves the callback by name and may pick the static overload.
    @PostConstruct
    void migrateOnDeploy() {
        MigrateResult result = migrate(dataSource, getClass().getClassLoader());
        LOG.info(() -> "Esquema al día: " + result.migrationsExecuted + " migraciones aplicadas, versión "
                + result.targetSchemaVersion);
        DataChanges.keepAnswers();  // list totals and dashboards are kept by the data's generation from now on
    }

    /** Shared with the migration tests, so they run exactly what production runs. */
    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
