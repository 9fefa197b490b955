package mx.snt.vinculo.search;

import mx.snt.vinculo.platform.SchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances on one MariaDB database, each with its own index fed from the change log every second (as the
 * container's timer does): a save is findable on every instance within 2 seconds; an instance that was down
 * catches up from the seq in its commit data; a change that commits after a later one is not lost; a deleted
 * index is rebuilt from the database and answers the same.
 */
class SearchInstancesTest {

    static final Set<String> ANYONE = Set.of("public");

    static String server;
    static String user;
    static String password;
    static String dbName;
    static DataSource ds;

    @BeforeAll
    static void database() throws Exception {
        server = System.getProperty("vinculo.test.mysql", "jdbc:mysql://127.0.0.1:3306/");
        user = System.getProperty("vinculo.test.mysql.user", "root");
        password = System.getProperty("vinculo.test.mysql.password", "");
        dbName = "vinculo_search_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + dbName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        com.mysql.cj.jdbc.MysqlDataSource my = new com.mysql.cj.jdbc.MysqlDataSource();
        my.setURL(server + dbName);
        my.setUser(user);
        my.setPassword(password);
        ds = my;
        assertThat(SchemaMigrations.migrate(ds, SearchInstancesTest.class.getClassLoader()).success).isTrue();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // The items of a stand-in feature: what its SearchSource reads.
            s.execute("CREATE TABLE t_item (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL, visibility VARCHAR(10) NOT NULL)");
        }
    }

    @AfterAll
    static void drop() throws Exception {
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + dbName);
        }
    }

    /** A save: the item and its change-log row in one transaction, as every audited save does. */
    static void save(long id, String title, String visibility) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            upsert(c, id, title, visibility);
            logChange(c, id);
            c.commit();
        }
    }

    static void upsert(Connection c, long id, String title, String visibility) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("REPLACE INTO t_item (id, title, visibility) VALUES (?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, title);
            ps.setString(3, visibility);
            ps.executeUpdate();
        }
    }

    static void logChange(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO search_change (item_type, item_id, changed_at) VALUES ('Item', ?, CURRENT_TIMESTAMP(6))")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** The stand-in feature's source: reads t_item with JDBC, in batches, no query per item. */
    static final class ItemSource implements SearchSource {
        @Override
        public String type() {
            return "Item";
        }

        @Override
        public long count() {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t_item")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<Long> ids(long afterId, int max) {
            List<Long> out = new ArrayList<>();
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT id FROM t_item WHERE id > ? ORDER BY id LIMIT " + max)) {
                ps.setLong(1, afterId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }

        @Override
        public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
            Map<Long, List<SearchDoc>> out = new HashMap<>();
            if (ids.isEmpty()) {
                return out;
            }
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, title, visibility FROM t_item WHERE id IN (" + in + ")")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String reader = "PUBLIC".equals(rs.getString(3)) ? "public" : "ws:1";
                    out.put(id, List.of(new SearchDoc(SearchKind.DOCUMENT, id, 1, "ITEI", Set.of(reader), rs.getString(2),
                            "", "", "", LocalDate.of(2026, 11, 1), 0, List.of(), null, null, 0, "/documentos/ver.xhtml?id=" + id)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }
    }

    /** One instance: its own index and a feeder polled every second. */
    static final class Instance implements AutoCloseable {
        final SearchEngine engine;
        final IndexFeeder feeder;
        final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        Instance(SearchEngine engine) {
            this.engine = engine;
            this.feeder = new IndexFeeder(engine, new ChangeFeed(ds), () -> List.of(new ItemSource()), Clock.systemUTC());
            timer.scheduleWithFixedDelay(() -> {
                try {
                    if (feeder.needsRebuild()) {
                        feeder.rebuild();
                    } else {
                        feeder.poll();
                    }
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }, 0, 1, TimeUnit.SECONDS);
        }

        long found(String q) {
            return engine.search(SearchRequest.of(q), ANYONE, false).total();
        }

        void stopPolling() throws InterruptedException {
            timer.shutdown();  // never interrupt: an interrupted NIO call closes Lucene's files
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            stopPolling();
            engine.close();
        }
    }

    static long waitUntilFound(Instance instance, String q, long expected, long maxMillis) throws InterruptedException {
        long start = System.nanoTime();
        while (instance.found(q) != expected) {
            if ((System.nanoTime() - start) / 1_000_000 > maxMillis) {
                return -1;
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aSaveIsFoundOnEveryInstanceWithinTwoSecondsAndAnInstanceThatWasDownCatchesUp() throws Exception {
        for (int i = 1; i <= 50; i++) {
            save(i, "Guía de archivos número " + i, i % 5 == 0 ? "PRIVATE" : "PUBLIC");
        }
        Path dirB = Files.createTempDirectory("vinculo-search-b");
        Instance a = new Instance(SearchEngine.inMemory());
        Instance b = new Instance(SearchEngine.open(dirB));
        try {
            assertThat(waitUntilFound(a, "archivo", 40, 15_000)).isNotNegative();
            assertThat(waitUntilFound(b, "archivo", 40, 15_000)).isNotNegative();

            save(1001, "Solicitudes de información pública en municipios", "PUBLIC");
            long onA = waitUntilFound(a, "solicitud", 1, 2_000);
            long onB = waitUntilFound(b, "solicitud", 1, 2_000);
            System.out.println("Cambio visible en A en " + onA + " ms, en B en " + onB + " ms");
            assertThat(onA).isNotNegative().isLessThanOrEqualTo(2_000);
            assertThat(onB).isNotNegative().isLessThanOrEqualTo(2_000);

            // A change that becomes private leaves the public answers everywhere.
            save(1001, "Solicitudes de información pública en municipios", "PRIVATE");
            assertThat(waitUntilFound(a, "solicitud", 0, 2_000)).isNotNegative();
            assertThat(waitUntilFound(b, "solicitud", 0, 2_000)).isNotNegative();

            // B goes down; saves go on; B comes back from its own disk and catches up from its commit data.
            b.close();
            save(1002, "Manual de transparencia proactiva", "PUBLIC");
            save(1003, "Estudio de transparencia municipal", "PUBLIC");
            assertThat(waitUntilFound(a, "transparencia", 2, 2_000)).isNotNegative();
            b = new Instance(SearchEngine.open(dirB));
            assertThat(b.engine.created()).isFalse();
            assertThat(waitUntilFound(b, "transparencia", 2, 3_000)).isNotNegative();
            assertThat(b.feeder.progress().appliedSeq()).isEqualTo(new ChangeFeed(ds).last());
        } finally {
            a.close();
            b.close();
            deleteTree(dirB);
        }
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsNotLost() throws Exception {
        Instance a = new Instance(SearchEngine.inMemory());
        try {
            assertThat(waitUntilFound(a, "municipios", new ItemSourceCount("municipios").get(), 15_000)).isNotNegative();
            try (Connection slow = ds.getConnection()) {
                slow.setAutoCommit(false);
                upsert(slow, 2001, "Cuadro de clasificación archivística", "PUBLIC");
                logChange(slow, 2001);           // takes a seq, not yet committed
                save(2002, "Valoración documental", "PUBLIC");  // a later seq, committed first
                assertThat(waitUntilFound(a, "valoracion", 1, 2_000)).isNotNegative();
                slow.commit();
            }
            assertThat(waitUntilFound(a, "clasificacion archivistica", 1, 2_000)).isNotNegative();
        } finally {
            a.close();
        }
    }

    /** How many items have a word in their title, by the database. */
    record ItemSourceCount(String word) {
        long get() throws SQLException {
            try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM t_item WHERE visibility = 'PUBLIC' AND title LIKE ?")) {
                ps.setString(1, "%" + word + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabaseAndAnswersTheSame() throws Exception {
        save(3001, "Avisos de privacidad integrales", "PUBLIC");
        Path dir = Files.createTempDirectory("vinculo-search-del");
        try {
            Instance first = new Instance(SearchEngine.open(dir));
            assertThat(waitUntilFound(first, "aviso privacidad", 1, 15_000)).isNotNegative();
            long all = waitUntilFound(first, "", new ItemSourceCount("").get(), 5_000) < 0 ? -1 : first.found("");
            first.close();
            deleteTree(dir);

            Instance again = new Instance(SearchEngine.open(dir));
            try {
                assertThat(again.engine.created()).isTrue();
                assertThat(waitUntilFound(again, "aviso privacidad", 1, 15_000)).isNotNegative();
                assertThat(waitUntilFound(again, "", all, 5_000)).isNotNegative();
                assertThat(again.engine.commitData()).containsEntry(IndexFeeder.COMPLETE, "true");
            } finally {
                again.close();
            }
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
