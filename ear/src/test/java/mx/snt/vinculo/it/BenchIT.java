package mx.snt.vinculo.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's machinery, briefly, on the suite's hub: {@code ./vinculo bench} with two seconds per row on three
 * rows (a list page, a session page, an API list) deploys its in-memory twin beside the hub, counts each row's SQL
 * statements, measures, reports the ratio to the twin, memory, and undeploys the twin. The timings are not judged here
 * (the machine is shared); the table, the twin and the statement bound (a property of the code) are.
 */
class BenchIT {

    static final int MAX_SQL = 30;

    @Test
    void theBenchmarkPrintsItsTableWithTheTwinAndEveryRowStaysWithinTheStatementBound() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        int port = URI.create(Hub.APP).getPort();
        String slot = port == 8080 ? "0" : Integer.toString((port - 20080) / 1000);
        ProcessBuilder pb = new ProcessBuilder(root.resolve("vinculo").toString(), "bench").directory(root.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("VINCULO_SLOT", slot);
        env.put("BENCH_SECONDS", "2");
        env.put("BENCH_WARMUP", "1");
        env.put("BENCH_ONLY", "^(Sesiones: lista y calendario|Convenios: lista|Una sesión|API convenios)$");
        env.put("BENCH_BULK", "0");
        env.put("BENCH_STRICT_SQL", "1");
        env.put("BENCH_MAX_SQL", Integer.toString(MAX_SQL));
        Path log = Files.createTempFile("bench", ".txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("the benchmark ends:%n%s", out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        assertThat(out).contains("×gemelo").contains("× gemelo (").contains("Montículo tras carga y GC completo");
        // Each measured row: name, clients, then figures; the SQL column is a number within the bound.
        Pattern row = Pattern.compile("^(Sesiones: lista y calendario|Convenios: lista|Una sesión|API convenios)\\s+(10|50)\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+"
                + "\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
        Matcher m = row.matcher(out);
        int rows = 0;
        int counted = 0;
        while (m.find()) {
            rows++;
            // The row's first visit; 0 is still a real count: an answer kept from an earlier visit reads nothing.
            int statements = Integer.parseInt(m.group(3));
            assertThat(statements).as("statements of %s", m.group(1)).isBetween(0, MAX_SQL);
            counted += statements;
            if (m.group(2).equals("50") && !m.group(1).startsWith("API")) {
                // A ratio, or "-" when the twin itself completed nothing in two seconds on a saturated machine.
                assertThat(m.group(4)).as("ratio to the twin of %s", m.group(1)).matches("[0-9]+\\.[0-9]{2}|-");
            }
        }
        assertThat(rows).as(out).isEqualTo(8);
        // The counter counts: the first visit of a page whose answers are not kept yet reads them.
        assertThat(counted).as("statements counted over every row").isPositive();
        // The twin is gone afterwards: only the product stays deployed.
        assertThat(Hub.HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create(Hub.APP + "/bench-twin/index.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }
}
