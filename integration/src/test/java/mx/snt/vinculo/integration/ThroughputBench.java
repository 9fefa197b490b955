package mx.snt.vinculo.integration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.notices.Mailer;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.PntDelivery;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.publication.SipotClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's bulk rows ({@code ./vinculo bench}; not part of the suite: its name matches no test pattern, and
 * the launcher runs it with {@code -Dtest=ThroughputBench}): on a fresh MariaDB database, with the production
 * classes the hub's timers call, {@code bench.records} (default 10,000) published library entries become SIPOT
 * records, are exported to their {@code .xls} files and delivered through the web service to a local PNT double
 * (WireMock), and {@code bench.digests} (default 5,000) members each receive their own digest in a mail catcher
 * (GreenMail). Each phase is timed and checked (every record exported and delivered once, every digest received);
 * the figures go to {@code target/bench-throughput.txt}, one {@code RESULT name count seconds} line each.
 */
class ThroughputBench {

    static final String TOKEN = "/sipot-web/spring/generaToken/";
    static final String AGREGA = "/sipot-web/spring/mantenimiento/agrega";
    static final Instant NOON = Instant.parse("2026-11-27T18:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path exportDir;

    final List<String> results = new ArrayList<>();

    @Test
    void recordsExportDeliveryAndDigests() throws Exception {
        int records = Integer.getInteger("bench.records", 10_000);
        int digests = Integer.getInteger("bench.digests", 5_000);
        Clock clock = Clock.fixed(NOON, ZoneOffset.UTC);
        try (TestDb db = TestDb.mariaDb()) {
            long body = db.workspace("BODY", "JAL", "Instituto de Transparencia de Jalisco");
            bulkEvents(db, body, records);

            OutboxDispatcher dispatcher = new OutboxDispatcher(db.ds,
                    List.of(new PntRecords(new Descriptors(clock), "https://vinculo.example", clock)), clock, 3, Duration.ofMinutes(1));
            long t0 = System.nanoTime();
            int handled = 0;
            for (int n; (n = dispatcher.dispatch(500)) > 0; ) {
                handled += n;
            }
            result("outbox", handled, t0);
            assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE public_now = TRUE")).isEqualTo(records);

            PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
            t0 = System.nanoTime();
            int files = exporter.exportAll();
            int exported = exporter.files().stream().mapToInt(PntExporter.ExportFile::records).sum();
            result("export", exported, t0);
            assertThat(files).isPositive();
            assertThat(exported).as("records in the export files").isEqualTo(records);

            // The double answers each record of a call with its own idRegistro, and counts what it kept.
            java.util.Map<Long, Integer> kept = new java.util.concurrent.ConcurrentHashMap<>();  // numeroRegistro -> times
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            var journal = new com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2() {
                final java.util.regex.Pattern numero = java.util.regex.Pattern.compile("\"numeroRegistro\"\\s*:\\s*(\\d+)");

                @Override
                public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(
                        com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
                    calls.incrementAndGet();
                    java.util.regex.Matcher m = numero.matcher(event.getRequest().getBodyAsString());
                    StringBuilder registros = new StringBuilder();
                    while (m.find()) {
                        long n = Long.parseLong(m.group(1));
                        kept.merge(n, 1, Integer::sum);
                        registros.append(registros.isEmpty() ? "" : ",").append("{\"numeroRegistro\":").append(n)
                                .append(",\"idRegistro\":").append(900_000 + n).append('}');
                    }
                    return okJson("{\"success\":true,\"mensaje\":{\"registros\":[" + registros + "]}}").build();
                }

                @Override
                public String getName() {
                    return "journal";
                }

                @Override
                public boolean applyGlobally() {
                    return false;
                }
            };
            WireMockServer pnt = new WireMockServer(options().dynamicPort().containerThreads(20).disableRequestJournal()
                    .extensions(journal));
            pnt.start();
            try {
                pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
                pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(aResponse().withTransformers("journal")));
                // As the hub builds it (IntegrationJobs): vinculo.pnt.records-per-call records per call.
                PntDelivery delivery = new PntDelivery(db.ds,
                        () -> new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofSeconds(5)), clock, 3, Duration.ofMinutes(1))
                        .recordsPerCall(Integer.getInteger("bench.records-per-call", PntDelivery.RECORDS_PER_CALL));
                delivery.setEnabled(body, true, "ut@itei.mx");
                t0 = System.nanoTime();
                int delivered = 0;
                for (int n; (n = delivery.deliver(500)) > 0; ) {
                    delivered += n;
                }
                result("delivery", delivered, t0);
                System.out.println("delivery: " + calls.get() + " agrega calls for " + delivered + " records");
                assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED'")).isEqualTo(records);
                assertThat(kept).as("every record kept by the PNT").hasSize(records);
                assertThat(kept.values()).as("none kept twice").containsOnly(1);
                assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE CAST(id_registro AS UNSIGNED) = 900000 + id"))
                        .as("each with its own idRegistro").isEqualTo(records);
            } finally {
                pnt.stop();
            }

            GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            mail.start();
            try {
                people(db, body, digests);
                db.event("document.published", "Document", 1, 0, body, "{\"kind\":\"DOCUMENT\",\"title\":\"Lineamientos 2027\","
                        + "\"path\":\"/documentos/ver.xhtml?id=1\",\"visibility\":\"PUBLIC\"}", NOON.minusSeconds(3600));
                Mailer mailer = Mailer.of("127.0.0.1", mail.getSmtp().getPort(), "", "", false, "vinculo@snt.org.mx");
                t0 = System.nanoTime();
                DigestRunner.Result r = new DigestRunner(db.ds, mailer, "https://vinculo.example", clock).run(Frequency.DAILY, DAY);
                assertThat(mail.waitForIncomingEmail(30_000, digests)).isTrue();
                result("digests", r.sent(), t0);
                assertThat(r.sent()).isEqualTo(digests);
                assertThat(mail.getReceivedMessages()).hasSize(digests);
            } finally {
                mail.stop();
            }
        }
        Path out = Path.of("target", "bench-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, results);
        results.forEach(System.out::println);
    }

    private void result(String name, int count, long t0) {
        results.add(String.format(Locale.ROOT, "RESULT %s %d %.2f", name, count, (System.nanoTime() - t0) / 1e9));
    }

    /** What the library service writes when an entry is published, {@code n} times, in multi-row batches. */
    private static void bulkEvents(TestDb db, long body, int n) throws Exception {
        try (Connection c = db.ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (created_at,"
                + " event_type, aggregate_type, aggregate_id, aggregate_version, workspace_id, payload, idempotency_key, status,"
                + " attempts, next_attempt_at) VALUES (?, 'library.published', 'LibraryEntry', ?, 0, ?, ?, ?, 'PENDING', 0, ?)")) {
            c.setAutoCommit(false);
            Timestamp at = Timestamp.from(NOON.minusSeconds(60));
            for (int i = 1; i <= n; i++) {
                String pnt = "\"title\":\"Guía de datos abiertos núm. " + i + "\",\"authors\":\"Mario López\",\"body\":\"ITEI\","
                        + "\"year\":2026,\"type\":\"GUIDE\",\"typeLabel\":\"Guía\",\"topics\":[\"OPEN_GOVERNMENT\",\"TRANSPARENCY\"],"
                        + "\"topicLabels\":[\"Transparencia\",\"Gobierno abierto\"],\"summary\":\"Guía práctica para publicar datos abiertos\","
                        + "\"url\":\"https://vinculo.example/acervo/ver.xhtml?id=" + i + "\"";
                ps.setTimestamp(1, at);
                ps.setLong(2, i);
                ps.setLong(3, body);
                ps.setString(4, PntFlowTest.payload("LIBRARY_ENTRY", i, "Guía de datos abiertos núm. " + i, "PUBLIC", pnt));
                ps.setString(5, "library.published:LibraryEntry:" + i + ":0");
                ps.setTimestamp(6, at);
                ps.addBatch();
                if (i % 1000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    /** {@code n} members of the body, half reading Spanish and half English, each with a name of their own. */
    private static void people(TestDb db, long body, int n) throws Exception {
        try (Connection c = db.ds.getConnection();
             PreparedStatement m = c.prepareStatement("INSERT INTO member (id, username, email, first_name, last_name, locale,"
                     + " home_body_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ms = c.prepareStatement("INSERT INTO membership (member_id, workspace_id) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 1; i <= n; i++) {
                long id = 100_000 + i;
                m.setLong(1, id);
                m.setString(2, "persona." + i);
                m.setString(3, "persona." + i + "@itei.mx");
                m.setString(4, "Persona");
                m.setString(5, "Número " + i);
                m.setString(6, i % 2 == 0 ? "es-MX" : "en");
                m.setLong(7, body);
                m.addBatch();
                ms.setLong(1, id);
                ms.setLong(2, body);
                ms.addBatch();
                if (i % 1000 == 0) {
                    m.executeBatch();
                    ms.executeBatch();
                    c.commit();
                }
            }
            m.executeBatch();
            ms.executeBatch();
            c.commit();
        }
    }
}
