package mx.snt.vinculo.integration;

import mx.snt.vinculo.platform.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh migrated H2 database (MySQL mode, as the embedded default) per test, with helpers. */
final class TestDb {

    private static final AtomicInteger SEQ = new AtomicInteger();
    final JdbcDataSource ds = new JdbcDataSource();

    TestDb() {
        ds.setURL("jdbc:h2:mem:it" + SEQ.incrementAndGet() + System.nanoTime()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        ds.setUser("sa");
        SchemaMigrations.migrate(ds, TestDb.class.getClassLoader());
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
