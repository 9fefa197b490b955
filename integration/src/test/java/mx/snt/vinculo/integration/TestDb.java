package mx.snt.vinculo.integration;

import mx.snt.vinculo.platform.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh migrated database per test, with helpers: H2 (MySQL mode, as the embedded default),
 * or with {@link #mariaDb()} a new database on the MySQL-protocol server the hub tests use.
 */
final class TestDb implements AutoCloseable {

    private static final AtomicInteger SEQ = new AtomicInteger();
    final DataSource ds;
    private final String[] dropOnClose;  // server URL, user, password, database; null for H2

    TestDb() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:it" + SEQ.incrementAndGet() + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        h2.setUser("sa");
        ds = h2;
        dropOnClose = null;
        SchemaMigrations.migrate(ds, TestDb.class.getClassLoader());
    }

    private TestDb(DataSource ds, String[] dropOnClose) {
        this.ds = ds;
        this.dropOnClose = dropOnClose;
        SchemaMigrations.migrate(ds, TestDb.class.getClassLoader());
    }

    /** A new database on 127.0.0.1:3306 (VINCULO_TEST_DB_HOST, _PORT, _USER, _PASSWORD), dropped by {@link #close()}. */
    static TestDb mariaDb() throws Exception {
        String server = "jdbc:mysql://" + env("VINCULO_TEST_DB_HOST", "127.0.0.1") + ":" + env("VINCULO_TEST_DB_PORT", "3306") + "/";
        String user = env("VINCULO_TEST_DB_USER", "root"), password = env("VINCULO_TEST_DB_PASSWORD", "");
        String name = "vinculo_int_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        com.mysql.cj.jdbc.MysqlDataSource ds = new com.mysql.cj.jdbc.MysqlDataSource();
        ds.setURL(server + name + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
        ds.setUser(user);
        ds.setPassword(password);
        return new TestDb(ds, new String[]{server, user, password, name});
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public void close() throws Exception {
        if (dropOnClose != null) {
            String[] p = dropOnClose;
            try (Connection c = DriverManager.getConnection(p[0], p[1], p[2]); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + p[3]);
            }
        }
    }

    long insert(String sql, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                return k.next() ? k.getLong(1) : 0;
            }
        }
    }

    long count(String sql, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The first column of every row. */
    java.util.List<Long> longs(String sql, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            java.util.List<Long> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    String string(String sql, Object... args) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    long workspace(String type, String code, String name) throws Exception {
        return insert("INSERT INTO workspace (type, code, acronym, name) VALUES (?, ?, ?, ?)", type, code, code, name);
    }

    long member(String username, String email, String locale, Long homeBody) throws Exception {
        return insert("INSERT INTO member (username, email, locale, home_body_id) VALUES (?, ?, ?, ?)", username, email, locale, homeBody);
    }

    void membership(long member, long workspace) throws Exception {
        insert("INSERT INTO membership (member_id, workspace_id) VALUES (?, ?)", member, workspace);
    }

    /** An outbox event as the services write it. */
    long event(String type, String aggregate, long id, long version, long workspace, String payload, Instant at) throws Exception {
        return insert("INSERT INTO outbox_event (created_at, event_type, aggregate_type, aggregate_id, aggregate_version,"
                        + " workspace_id, payload, idempotency_key, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)",
                Timestamp.from(at), type, aggregate, id, version, workspace, payload,
                type + ":" + aggregate + ":" + id + ":" + version, Timestamp.from(at));
    }
}
