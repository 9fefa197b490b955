package mx.snt.vinculo.scale;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes generated rows through JDBC batches (Connector/J turns them into multi-row INSERTs when the URL says
 * {@code rewriteBatchedStatements=true}), one prepared statement per table, committing every few thousand rows so
 * that no transaction grows large. Keys are assigned by the generator, so nothing is read back. Prints one line per
 * table when a phase ends: rows written and the phase's rate.
 */
final class Loader implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final int COMMIT_EVERY = 20_000;

    private final Connection connection;
    private final PrintStream out;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Long> totals = new LinkedHashMap<>();
    private long sinceCommit;
    private long phaseStart = System.nanoTime();

    Loader(Connection connection, PrintStream out) throws SQLException {
        this.connection = connection;
        this.out = out;
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // The generator writes parents before children and its keys are its own; the test checks every reference
            // with SQL afterwards, so the server need not look each one up while loading (a bulk load's usual setting,
            // for this session only).
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
        }
    }

    /** Declares a table's insert; {@code columns} in the order {@link #row} receives the values. */
    void table(String name, String columns) throws SQLException {
        int n = columns.split(",").length;
        String sql = "INSERT INTO " + name + " (" + columns + ") VALUES (" + "?,".repeat(n - 1) + "?)";
        tables.put(name, new Table(connection.prepareStatement(sql), n));
    }

    void row(String name, Object... values) throws SQLException {
        Table t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException("no table " + name);
        }
        if (values.length != t.columns) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + t.columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            t.statement.setObject(i + 1, jdbc(values[i]));
        }
        t.statement.addBatch();
        t.pending++;
        t.rows++;
        if (t.pending == BATCH) {
            t.statement.executeBatch();
            t.pending = 0;
        }
        if (++sinceCommit >= COMMIT_EVERY) {
            flushAll();
            connection.commit();
            sinceCommit = 0;
        }
    }

    private static Object jdbc(Object v) {
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    private void flushAll() throws SQLException {
        for (Table t : tables.values()) {
            if (t.pending > 0) {
                t.statement.executeBatch();
                t.pending = 0;
            }
        }
    }

    /** Ends a phase: everything written and committed, one progress line per table the phase wrote. */
    void endPhase(String phase) throws SQLException {
        flushAll();
        connection.commit();
        sinceCommit = 0;
        double secs = (System.nanoTime() - phaseStart) / 1e9;
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            long rows = e.getValue().rows;
            if (rows > 0) {
                out.printf("  %-24s %,12d filas  %,10.0f filas/s  (%s, %.1f s)%n", e.getKey(), rows, rows / Math.max(secs, 0.001),
                        phase, secs);
                totals.merge(e.getKey(), rows, Long::sum);
                e.getValue().rows = 0;
            }
        }
        out.flush();
        phaseStart = System.nanoTime();
    }

    /** Rows written per table so far (after the phases that ended). */
    Map<String, Long> totals() {
        return totals;
    }

    @Override
    public void close() throws SQLException {
        for (Table t : tables.values()) {
            t.statement.close();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 1");
            s.execute("SET SESSION unique_checks = 1");
        }
        connection.setAutoCommit(true);
    }

    private static final class Table {
        final PreparedStatement statement;
        final int columns;
        int pending;
        long rows;

        Table(PreparedStatement statement, int columns) {
            this.statement = statement;
            this.columns = columns;
        }
    }
}
