package mx.snt.vinculo.platform;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations must run on the embedded default (H2, MySQL mode) and on the MySQL
 * protocol through Connector/J (the MariaDB on the machine, in a fresh database).
 */
class MigrationsTest {

    @Test
    void migrationsRunOnTheEmbeddedDatabase() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        MigrateResult result = SchemaMigrations.migrate(ds, getClass().getClassLoader());
        assertThat(result.success).isTrue();
        assertTablesExist(ds);
        assertThat(SchemaMigrations.migrate(ds, getClass().getClassLoader()).migrationsExecuted).isZero();
    }

    @Test
    void migrationsRunOnMySqlThroughConnectorJ() throws Exception {
        // The server ./vinculo test provides; no server is a failure, never a skip.
        String server = System.getProperty("vinculo.test.mysql", "jdbc:mysql://127.0.0.1:3306/");
        String user = System.getProperty("vinculo.test.mysql.user", "root");
        String password = System.getProperty("vinculo.test.mysql.password", "");
        String db = "vinculo_mig_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            com.mysql.cj.jdbc.MysqlDataSource ds = new com.mysql.cj.jdbc.MysqlDataSource();
            ds.setURL(server + db);
            ds.setUser(user);
            ds.setPassword(password);
            assertThat(SchemaMigrations.migrate(ds, getClass().getClassLoader()).success).isTrue();
            assertTablesExist(ds);
        } finally {
            try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + db);
            }
        }
    }

    private static void assertTablesExist(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[]{"workspace", "member", "member_role", "membership", "document", "audit_event", "outbox_event"}) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isZero();
                }
            }
        }
    }
}
