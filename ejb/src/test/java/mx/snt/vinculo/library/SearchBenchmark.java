package mx.snt.vinculo.library;

import mx.snt.vinculo.platform.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark of the library search (not a unit test: run it by hand). Seeds 20,000 entries
 * with their weighted terms into a fresh schema, then times the statements LibrarySearch
 * runs for one search: the ranked page, the total and the four facet counts.
 *
 * <pre>
 * mvn -q -pl ejb test-compile
 * java -cp "ejb/target/test-classes:ejb/target/classes:$(mvn -q -pl ejb dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *      mx.snt.vinculo.library.SearchBenchmark [jdbcUrl user password [entries]]
 * </pre>
 * Without arguments it uses an in-memory H2 in MySQL mode; pass a MariaDB/MySQL URL of an
 * EMPTY database to measure the production engine.
 */
public final class SearchBenchmark {

    private static final String[] WORDS = ("transparencia informacion publica datos personales archivos gestion documental"
            + " rendicion cuentas gobierno abierto participacion ciudadana solicitudes recursos revision portales municipales"
            + " obligaciones comunes salud educacion seguridad privacidad avisos derechos arco anonimizacion versiones"
            + " valoracion conservacion digitalizacion datos abiertos cocreacion parlamento contraloria social gasto"
            + " indicadores desempeno capacitacion lenguas indigenas accesibilidad plataforma nacional sipot formatos").split(" ");
    private static final String VIS = "(e.visibility IN ('PUBLIC','NETWORK') OR (e.visibility = 'PRIVATE' AND e.workspace_id IN (?)))";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DataSource ds;
        String user = args.length > 1 ? args[1] : "sa";
        String password = args.length > 2 ? args[2] : "";
        int entries = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        if (args.length > 0 && args[0].startsWith("jdbc:mysql")) {
            com.mysql.cj.jdbc.MysqlDataSource my = new com.mysql.cj.jdbc.MysqlDataSource();
            my.setURL(args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true");
            my.setUser(user);
            my.setPassword(password);
            ds = my;
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
            ds = h2;
        }
        SchemaMigrations.migrate(ds, SearchBenchmark.class.getClassLoader());
        try (Connection c = ds.getConnection()) {
            long t0 = System.nanoTime();
            List<Long> bodies = seed(c, entries);
            System.out.printf("Sembradas %d entradas en %d ms%n", entries, (System.nanoTime() - t0) / 1_000_000);
            for (String q : List.of("transparencia", "datos personales", "informacion publica municipales", "anonimizacion versiones",
                    "sipot formatos plataforma")) {
                time(c, q, bodies.get(0));
            }
        }
    }

    private static List<Long> seed(Connection c, int entries) throws Exception {
        c.setAutoCommit(false);
        List<Long> bodies = new ArrayList<>();
        try (PreparedStatement ws = c.prepareStatement("INSERT INTO workspace (type, code, acronym, name) VALUES ('BODY', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < 20; i++) {
                ws.setString(1, "B" + i);
                ws.setString(2, "ORG" + i);
                ws.setString(3, "Órgano " + i);
                ws.executeUpdate();
                try (ResultSet k = ws.getGeneratedKeys()) {
                    k.next();
                    bodies.add(k.getLong(1));
                }
            }
        }
        Random r = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement e = c.prepareStatement("INSERT INTO library_entry (workspace_id, title, authors, pub_year, entry_type,"
                + " keywords, summary, lang, licence, links, visibility, search_text, created_by, created_at, updated_at)"
                + " VALUES (?, ?, 'Autoría', ?, ?, ?, ?, 'es', 'CC BY 4.0', '', ?, ?, 'bench', ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement topic = c.prepareStatement("INSERT INTO library_entry_topic (entry_id, topic) VALUES (?, ?)");
             PreparedStatement term = c.prepareStatement("INSERT INTO library_term (entry_id, term, weight) VALUES (?, ?, ?)")) {
            for (int i = 0; i < entries; i++) {
                String title = phrase(r, 6);
                String keywords = phrase(r, 4);
                String summary = phrase(r, 40);
                String pdf = i % 10 == 0 ? phrase(r, 300) : "";
                e.setLong(1, bodies.get(i % bodies.size()));
                e.setString(2, title);
                e.setInt(3, 2010 + i % 16);
                e.setString(4, EntryType.values()[i % EntryType.values().length].name());
                e.setString(5, keywords);
                e.setString(6, summary);
                e.setString(7, i % 10 == 9 ? "PRIVATE" : i % 3 == 0 ? "PUBLIC" : "NETWORK");
                e.setString(8, SearchText.normalize(title + " " + keywords + " " + summary));
                e.setTimestamp(9, now);
                e.setTimestamp(10, now);
                e.executeUpdate();
                long id;
                try (ResultSet k = e.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
                topic.setLong(1, id);
                topic.setString(2, Topic.values()[i % Topic.values().length].name());
                topic.addBatch();
                Map<String, Integer> w = new SearchText.Weights().add(title, SearchText.TITLE).add(keywords, SearchText.KEYWORDS)
                        .add(summary, SearchText.SUMMARY).add(pdf, SearchText.FILE_TEXT).result();
                for (Map.Entry<String, Integer> t : w.entrySet()) {
                    term.setLong(1, id);
                    term.setString(2, t.getKey());
                    term.setInt(3, t.getValue());
                    term.addBatch();
                }
                if (i % 500 == 499) {
                    topic.executeBatch();
                    term.executeBatch();
                    c.commit();
                }
            }
            topic.executeBatch();
            term.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
        return bodies;
    }

    private static String phrase(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    private static void time(Connection c, String query, long body) throws Exception {
        List<String> terms = SearchText.queryTerms(query);
        String in = String.join(",", terms.stream().map(t -> "?").toList());
        String match = "e.id IN (SELECT t.entry_id FROM library_term t WHERE t.term IN (" + in + ") GROUP BY t.entry_id"
                + " HAVING COUNT(t.term) = ?)";
        String[] sql = {
                "SELECT t.entry_id, SUM(t.weight) FROM library_term t JOIN library_entry e ON e.id = t.entry_id WHERE t.term IN ("
                        + in + ") AND " + VIS + " GROUP BY t.entry_id HAVING COUNT(t.term) = ? ORDER BY SUM(t.weight) DESC, t.entry_id DESC LIMIT 20",
                "SELECT COUNT(*) FROM library_entry e WHERE " + VIS + " AND " + match,
                "SELECT tp.topic, COUNT(*) FROM library_entry e JOIN library_entry_topic tp ON tp.entry_id = e.id WHERE " + VIS + " AND " + match + " GROUP BY tp.topic",
                "SELECT e.entry_type, COUNT(*) FROM library_entry e WHERE " + VIS + " AND " + match + " GROUP BY e.entry_type",
                "SELECT e.workspace_id, COUNT(*) FROM library_entry e WHERE " + VIS + " AND " + match + " GROUP BY e.workspace_id",
                "SELECT e.pub_year, COUNT(*) FROM library_entry e WHERE " + VIS + " AND " + match + " GROUP BY e.pub_year"};
        long best = Long.MAX_VALUE;
        long first = -1;
        long total = 0;
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < sql.length; s++) {
                try (PreparedStatement st = c.prepareStatement(sql[s])) {
                    int p = 1;
                    if (s == 0) {
                        for (String t : terms) {
                            st.setString(p++, t);
                        }
                        st.setLong(p++, body);
                        st.setLong(p, terms.size());
                    } else {
                        st.setLong(p++, body);
                        for (String t : terms) {
                            st.setString(p++, t);
                        }
                        st.setLong(p, terms.size());
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            if (s == 1) {
                                total = rs.getLong(1);
                            }
                        }
                    }
                }
            }
            long took = System.nanoTime() - t0;
            if (first < 0) {
                first = took;
            }
            best = Math.min(best, took);
        }
        // The first run is the honest one: H2 caches the result of a repeated query on unchanged data.
        System.out.printf("«%s»: %d resultados; página + total + 4 facetas: primera vez %.1f ms, mejor de 5 %.1f ms%n",
                query, total, first / 1e6, best / 1e6);
    }
}
