package mx.snt.vinculo.scale;

import com.mysql.cj.jdbc.MysqlDataSource;
import mx.snt.vinculo.platform.SchemaMigrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./vinculo demo --scale N}: migrates an empty MySQL/MariaDB database with the application's migrations and
 * fills it with N plausible years of the network ({@link Volumes}), showing a line per table with its rows and rate.
 *
 * <p>The database is {@code VINCULO_DB_URL} / {@code VINCULO_DB_USER} / {@code VINCULO_DB_PASSWORD} when set (a
 * {@code jdbc:mysql:} URL of an existing, empty database), else {@code vinculo_scale} on 127.0.0.1:3306 as root
 * without a password, created when missing; {@code --fresh} drops and recreates that default database first. A
 * database that already holds workspaces is refused: the generator adds to nothing.
 */
public final class ScaleDemo {

    static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    static final String DEFAULT_DATABASE = "vinculo_scale";
    /** Connector/J turns JDBC batches into multi-row INSERTs only with this; UTC as the hub's own connections use. */
    static final String OPTIONS = "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&characterEncoding=UTF-8";

    private ScaleDemo() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("es-MX"));
        double scale = 1;
        long seed = 2026;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = number(args, ++i);
                case "--seed" -> seed = (long) number(args, ++i);
                case "--fresh" -> fresh = true;
                default -> usage("Opción desconocida: " + args[i]);
            }
        }
        Volumes volumes;
        try {
            volumes = Volumes.of(scale);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        String url = System.getenv("VINCULO_DB_URL");
        String user = env("VINCULO_DB_USER", "root");
        String password = env("VINCULO_DB_PASSWORD", "");
        if (url == null || url.isBlank()) {
            try (Connection c = DriverManager.getConnection(DEFAULT_SERVER, user, password); Statement s = c.createStatement()) {
                if (fresh) {
                    s.execute("DROP DATABASE IF EXISTS " + DEFAULT_DATABASE);
                }
                s.execute("CREATE DATABASE IF NOT EXISTS " + DEFAULT_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            url = DEFAULT_SERVER + DEFAULT_DATABASE;
        } else if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            usage("VINCULO_DB_URL debe ser un URL jdbc:mysql: (MySQL o MariaDB); se recibió " + url);
        } else if (fresh) {
            usage("--fresh solo vale para la base predeterminada " + DEFAULT_DATABASE);
        }
        System.out.printf("Escala %s: %,d personas, %,d sesiones con %,d puntos, %,d convenios, %,d propuestas, %,d entradas del acervo%n",
                scale, volumes.people(), volumes.sessions(), volumes.items(), volumes.agreements(), volumes.proposals(),
                volumes.libraryEntries());
        System.out.println("Base de datos: " + url);
        long t0 = System.nanoTime();
        Map<String, Long> totals = fill(url, user, password, volumes, seed, System.out);
        long rows = totals.values().stream().mapToLong(Long::longValue).sum();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Listo: %,d filas en %.0f s (%,.0f filas/s).%n", rows, secs, rows / secs);
        System.out.println("Para iniciar el hub sobre esta base (la ranura que le toque):");
        System.out.println("  VINCULO_DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource \\");
        System.out.println("  VINCULO_DB_URL='" + url + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true' \\");
        System.out.println("  VINCULO_DB_USER=" + user + " VINCULO_DB_PASSWORD=… ./vinculo start");
    }

    /** Migrates the database at {@code url} and fills it; refuses a database that already holds data. */
    static Map<String, Long> fill(String url, String user, String password, Volumes volumes, long seed,
                                  java.io.PrintStream log) throws Exception {
        String full = url + (url.contains("?") ? "&" : "?") + OPTIONS;
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(full);
        ds.setUser(user);
        ds.setPassword(password);
        long t0 = System.nanoTime();
        int applied = SchemaMigrations.migrate(ds, ScaleDemo.class.getClassLoader()).migrationsExecuted;
        log.printf("  migraciones de Flyway: %d aplicadas (%.1f s)%n", applied, (System.nanoTime() - t0) / 1e9);
        try (Connection c = ds.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM workspace) + (SELECT COUNT(*) FROM member) + (SELECT COUNT(*) FROM meeting)")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("La base de datos no está vacía (ya tiene unidades, personas o sesiones):"
                            + " use una base nueva o --fresh con la base predeterminada.");
                }
            }
            Map<String, Long> totals = new ScaleGenerator(c, volumes, seed, log).run();
            t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // Fresh statistics, so that the optimizer plans the hub's queries on the real sizes from the start.
                for (String table : totals.keySet()) {
                    s.execute("ANALYZE TABLE " + table);
                }
            }
            log.printf("  estadísticas actualizadas (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
            return totals;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static double number(String[] args, int i) {
        if (i >= args.length) {
            usage("Falta el número después de " + args[i - 1]);
        }
        try {
            return Double.parseDouble(args[i]);
        } catch (NumberFormatException e) {
            usage("No es un número: " + args[i]);
            return 0;
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("Uso: ./vinculo demo --scale N [--seed S] [--fresh]   (N=1: un año plausible de la red; 10: diez veces)");
        System.exit(2);
    }
}
