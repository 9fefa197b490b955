package mx.snt.vinculo.integration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import mx.snt.vinculo.delivery.OutboxDispatcher;
import mx.snt.vinculo.publication.DeliveryState;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.PntDelivery;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.publication.SipotClient;
import mx.snt.vinculo.publication.SipotException;
import mx.snt.vinculo.publication.SipotFileLoads;
import mx.snt.vinculo.publication.SipotPeriod;
import mx.snt.vinculo.publication.SipotTemplate;
import mx.snt.vinculo.publication.SipotWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * From the outbox to SIPOT: records (Alta, Cambio, Baja) for the four kinds of output with
 * synthetic payloads, the export file read back with POI, and the web service against
 * WireMock with its faults (success:false, expired token, 500, timeout).
 */
class PntFlowTest {

    static final String TOKEN = "/sipot-web/spring/generaToken/";
    static final String AGREGA = "/sipot-web/spring/mantenimiento/agrega";
    static final String ACTUALIZA = "/sipot-web/spring/mantenimiento/actualiza";
    static final String ELIMINA = "/sipot-web/spring/mantenimiento/elimina";

    WireMockServer pnt;
    TestDb db;
    long body;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-10T18:00:00Z"));
    @TempDir
    Path exportDir;

    @BeforeEach
    void setUp() throws Exception {
        pnt = new WireMockServer(options().dynamicPort());
        pnt.start();
        db = new TestDb();
        body = db.workspace("BODY", "JAL", "Instituto de Transparencia de Jalisco");
    }

    @AfterEach
    void tearDown() {
        pnt.stop();
    }

    OutboxDispatcher dispatcher() {
        return new OutboxDispatcher(db.ds, List.of(new PntRecords(new Descriptors(clock), "https://vinculo.example", clock)),
                clock, 3, Duration.ofMinutes(1));
    }

    PntDelivery delivery() {
        return new PntDelivery(db.ds, () -> new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800)),
                clock, 3, Duration.ofMinutes(1));
    }

    static String payload(String kind, long id, String title, String visibility, String pntFields) {
        return "{\"kind\":\"" + kind + "\",\"id\":" + id + ",\"title\":\"" + title + "\",\"path\":\"/x/" + id + "\","
                + "\"workspaceId\":0,\"visibility\":\"" + visibility + "\",\"occurredAt\":\"2026-11-10T17:00:00Z\""
                + (pntFields == null ? "" : ",\"pnt\":{" + pntFields + "}") + "}";
    }

    void stubOk() {
        pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(okJson(
                "{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":1,\"idRegistro\":9001}]}}")));
        pnt.stubFor(post(urlEqualTo(ACTUALIZA)).willReturn(okJson("{\"success\":true,\"mensaje\":{\"registros\":[]}}")));
        pnt.stubFor(post(urlEqualTo(ELIMINA)).willReturn(okJson("{\"success\":true,\"mensaje\":{\"registros\":[]}}")));
    }

    // What the four services put in their events (see SessionEvents, AgreementEvents, LibraryEvents).
    static final String ACUERDO_PNT = "\"number\":\"CVPDCS/SO/03/2026/04\",\"date\":\"2026-10-15\","
            + "\"session\":\"Tercera sesión ordinaria 2026\",\"text\":\"Se aprueba el programa anual de trabajo.\"";
    static final String ACTA_PNT = "\"sessionNumber\":\"Tercera sesión ordinaria 2026\",\"date\":\"2026-10-16\","
            + "\"sessionType\":\"Ordinaria\",\"actaPath\":\"/sesiones/acta/2.pdf\",\"fileId\":12,\"recordingUrl\":\"\"";
    static final String AGREEMENT_PNT = "\"type\":\"COORDINACION\",\"typeLabel\":\"De coordinación\",\"name\":\"Convenio con la UdeG\","
            + "\"signedOn\":\"2026-11-02\",\"parties\":\"ITEI; Universidad de Guadalajara\",\"partyList\":["
            + "{\"name\":\"ITEI\",\"category\":\"Órgano garante\",\"signatory\":\"Elena Ruiz\",\"signatoryTitle\":\"Comisionada\",\"signedOn\":\"2026-10-30\"},"
            + "{\"name\":\"Universidad de Guadalajara\",\"category\":\"Institución académica\",\"signatory\":\"\",\"signatoryTitle\":\"\",\"signedOn\":\"2026-11-02\"}],"
            + "\"objective\":\"Capacitación en datos personales\",\"validityStart\":\"2026-11-02\",\"validityEnd\":\"2027-11-01\","
            + "\"documentPath\":\"/convenios/archivo?convenio=3&id=8\",\"date\":\"2026-11-02\"";
    static final String LIBRARY_PNT = "\"title\":\"Guía de datos abiertos\",\"authors\":\"Mario López\",\"body\":\"ITEI\","
            + "\"year\":2026,\"type\":\"GUIDE\",\"typeLabel\":\"Guía\",\"topics\":[\"OPEN_GOVERNMENT\",\"TRANSPARENCY\"],"
            + "\"topicLabels\":[\"Transparencia\",\"Gobierno abierto\"],\"summary\":\"Guía práctica\","
            + "\"url\":\"https://vinculo.example/acervo/ver.xhtml?id=4\"";

    @Test
    void everyKindBecomesARecordOfItsBuiltInFormatAndTheExportReadsBack() throws Exception {
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, "CVPDCS/SO/03/2026/04", "PUBLIC", ACUERDO_PNT), clock.instant());
        db.event("acta.published", "Acta", 2, 0, body, payload("ACTA", 2, "Acta de la tercera sesión", "PUBLIC", ACTA_PNT), clock.instant());
        db.event("agreement.published", "Agreement", 3, 0, body, payload("AGREEMENT", 3, "Convenio con la UdeG", "PUBLIC", AGREEMENT_PNT), clock.instant());
        db.event("library.published", "LibraryEntry", 4, 0, body, payload("LIBRARY_ENTRY", 4, "Guía de datos abiertos", "PUBLIC", LIBRARY_PNT), clock.instant());
        db.event("document.published", "Document", 5, 0, body, payload("DOCUMENT", 5, "Aviso público", "PUBLIC", null), clock.instant());
        db.event("library.published", "LibraryEntry", 6, 0, body, payload("LIBRARY_ENTRY", 6, "Privado", "PRIVATE", LIBRARY_PNT), clock.instant());

        assertThat(dispatcher().dispatch(50)).isEqualTo(6);
        assertThat(db.count("SELECT COUNT(*) FROM outbox_event WHERE status = 'DELIVERED'")).isEqualTo(6);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE load_type = 'ALTA' AND public_now = TRUE"))
                .as("documents have no default format; private entries are not published").isEqualTo(4);
        assertThat(db.string("SELECT record_key FROM pnt_record WHERE output_kind = 'ACUERDO'"))
                .isEqualTo(body + "|900101|2026-T4|ACUERDO|1");

        PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
        assertThat(exporter.exportAll()).isEqualTo(4);
        SipotPeriod t4 = new SipotPeriod(2026, 4);
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::name).containsExactly(
                PntExporter.fileName("JAL", "900101", t4, "ALTA"), PntExporter.fileName("JAL", "900102", t4, "ALTA"),
                PntExporter.fileName("JAL", "900103", t4, "ALTA"), PntExporter.fileName("JAL", "900104", t4, "ALTA"));
        assertThat(PntExporter.fileName("JAL", "900101", t4, "ALTA")).isEqualTo("JAL_900101_2026_T4_Alta.xls");

        Map<String, String> acuerdo = only(exportDir.resolve("JAL_900101_2026_T4_Alta.xls"));
        assertThat(acuerdo).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("9001011", "2026"), Map.entry("9001012", "01/10/2026"), Map.entry("9001013", "31/12/2026"),
                Map.entry("9001014", "CVPDCS/SO/03/2026/04"), Map.entry("9001015", "15/10/2026"),
                Map.entry("9001016", "Tercera sesión ordinaria 2026"), Map.entry("9001017", "Se aprueba el programa anual de trabajo."),
                Map.entry("9001018", "https://vinculo.example/x/1"), Map.entry("90010120", "Secretaría Técnica de la comisión"),
                Map.entry("90010121", "10/11/2026"), Map.entry("90010122", "10/11/2026")));

        Map<String, String> acta = only(exportDir.resolve("JAL_900102_2026_T4_Alta.xls"));
        assertThat(acta).containsEntry("9001024", "Ordinaria").containsEntry("9001026", "16/10/2026")
                .containsEntry("9001027", "https://vinculo.example/sesiones/acta/2.pdf")
                .doesNotContainKey("9001028");  // no recording: the cell stays empty

        // The agreement's parties are rows of its sub-table, hanging from the record's ID.
        Map<String, String> agreement = only(exportDir.resolve("JAL_900103_2026_T4_Alta.xls"));
        assertThat(agreement).containsEntry("9001034", "De coordinación").containsEntry("9001036", "02/11/2026")
                .containsEntry("90010310", "01/11/2027")
                .containsEntry("90010311", "https://vinculo.example/convenios/archivo?convenio=3&id=8")
                .containsEntry("9001037#1#90010371", "ITEI").containsEntry("9001037#1#90010372", "Órgano garante")
                .containsEntry("9001037#1#90010373", "Elena Ruiz").containsEntry("9001037#1#90010375", "30/10/2026")
                .containsEntry("9001037#2#90010371", "Universidad de Guadalajara")
                .containsEntry("9001037#2#90010372", "Institución académica")
                .doesNotContainKey("9001037#2#90010373");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(
                Files.newInputStream(exportDir.resolve("JAL_900103_2026_T4_Alta.xls")))) {
            assertThat(wb.getSheet("Tabla 9001037").getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getSheet("Tabla 9001037").getRow(4).getCell(1).getStringCellValue()).isEqualTo("Universidad de Guadalajara");
        }

        Map<String, String> entry = only(exportDir.resolve("JAL_900104_2026_T4_Alta.xls"));
        assertThat(entry).containsEntry("9001044", "Guía de datos abiertos").containsEntry("9001047", "2026")
                .containsEntry("9001048", "Guía").containsEntry("9001049", "Transparencia, Gobierno abierto")
                .containsEntry("90010411", "https://vinculo.example/acervo/ver.xhtml?id=4");
        // Every catalog value is among its catalog's options in the generated file itself.
        SipotTemplate template = SipotTemplate.read(Files.readAllBytes(exportDir.resolve("JAL_900104_2026_T4_Alta.xls")));
        assertThat(entry.get("9001048")).isIn(template.field("9001048").catalog());
    }

    /** The pending file of this name, marked loaded into SIPOT by an admin. */
    SipotFileLoads.Outcome markLoaded(PntExporter exporter, String name) throws Exception {
        long id = exporter.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().id();
        try (java.sql.Connection c = db.ds.getConnection()) {
            return SipotFileLoads.markLoaded(c, id, null, "Ana Admin", clock.instant());
        }
    }

    static final String CORRECTED = ACUERDO_PNT.replace("programa anual", "programa anual corregido");

    @Test
    void beforeItsAltaIsLoadedAWithdrawalLeavesThePendingAltaAndAChangeStaysInIt() throws Exception {
        for (int i = 1; i <= 3; i++) {
            db.event("acuerdo.published", "Acuerdo", i, 0, body, payload("ACUERDO", i, "A-" + i, "PUBLIC", ACUERDO_PNT), clock.instant());
        }
        dispatcher().dispatch(10);
        PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
        exporter.exportAll();
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Alta.xls"))).hasSize(3);

        // Nothing loaded yet: 2 changes, 3 is withdrawn.
        db.event("acuerdo.published", "Acuerdo", 2, 1, body, payload("ACUERDO", 2, "A-2", "PUBLIC", CORRECTED), clock.instant());
        db.event("acuerdo.unpublished", "Acuerdo", 3, 1, body, payload("ACUERDO", 3, "A-3", "PRIVATE", null), clock.instant());
        dispatcher().dispatch(10);
        assertThat(exporter.exportAll()).isEqualTo(1);
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::name, PntExporter.ExportFile::records)
                .as("no Baja for a record SIPOT never received, no Cambio either")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Alta.xls", 2));
        List<Map<String, String>> alta = SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Alta.xls"));
        assertThat(alta).extracting(r -> r.get("9001017"))
                .containsExactly("Se aprueba el programa anual de trabajo.", "Se aprueba el programa anual corregido de trabajo.");
        assertThat(Files.list(exportDir).map(p -> p.getFileName().toString()).toList()).containsExactly("JAL_900101_2026_T4_Alta.xls");
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE load_type = 'BAJA' OR load_type = 'CAMBIO'")).isZero();

        // Published again before any load: back in the pending Alta.
        db.event("acuerdo.published", "Acuerdo", 3, 2, body, payload("ACUERDO", 3, "A-3", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        exporter.exportAll();
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Alta.xls"))).hasSize(3);
    }

    @Test
    void onceTheAltaFileIsLoadedChangesGoToCambioWithdrawalsToBajaAndNewRecordsToTheNextAlta() throws Exception {
        for (int i = 1; i <= 3; i++) {
            db.event("acuerdo.published", "Acuerdo", i, 0, body, payload("ACUERDO", i, "A-" + i, "PUBLIC", ACUERDO_PNT), clock.instant());
        }
        dispatcher().dispatch(10);
        PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
        exporter.exportAll();
        long altaId = exporter.files().get(0).id();
        assertThat(exporter.exportAll()).isEqualTo(1);
        assertThat(exporter.files().get(0).id()).as("an unchanged pending file keeps its id").isEqualTo(altaId);

        clock.advance(Duration.ofHours(1));
        assertThat(markLoaded(exporter, "JAL_900101_2026_T4_Alta.xls")).isEqualTo(
                new SipotFileLoads.Marked("JAL_900101_2026_T4_Alta.xls", "ALTA", 3));
        assertThat(markLoaded(exporter, "JAL_900101_2026_T4_Alta.xls")).as("a second mark changes nothing")
                .isEqualTo(new SipotFileLoads.AlreadyLoaded("JAL_900101_2026_T4_Alta.xls", clock.instant(), "Ana Admin"));
        try (java.sql.Connection c = db.ds.getConnection()) {
            assertThat(SipotFileLoads.markLoaded(c, 999_999, null, "Ana Admin", clock.instant())).isEqualTo(new SipotFileLoads.Unknown());
        }
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE alta_loaded = TRUE AND file_pending = FALSE")).isEqualTo(3);

        db.event("acuerdo.published", "Acuerdo", 2, 1, body, payload("ACUERDO", 2, "A-2", "PUBLIC", CORRECTED), clock.instant());
        db.event("acuerdo.unpublished", "Acuerdo", 3, 1, body, payload("ACUERDO", 3, "A-3", "PRIVATE", null), clock.instant());
        db.event("acuerdo.published", "Acuerdo", 4, 0, body, payload("ACUERDO", 4, "A-4", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        assertThat(exporter.exportAll()).as("pending: the next Alta, a Cambio, a Baja").isEqualTo(3);
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::name, PntExporter.ExportFile::records,
                f -> f.loadedAt() != null).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Alta.xls", 3, true),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Alta_2.xls", 1, false),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Baja.xls", 1, false),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Cambio.xls", 1, false));
        assertThat(exporter.files().get(0).loadedBy()).isEqualTo("Ana Admin");
        assertThat(exporter.files().get(0).id()).as("the loaded file is kept as it was").isEqualTo(altaId);
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Alta.xls"))).hasSize(3);
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Alta_2.xls")).get(0)).containsEntry("9001014", "CVPDCS/SO/03/2026/04");
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Cambio.xls")).get(0))
                .containsEntry("9001017", "Se aprueba el programa anual corregido de trabajo.");
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Baja.xls"))).hasSize(1);
        assertThat(Files.list(exportDir).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                "JAL_900101_2026_T4_Alta.xls", "JAL_900101_2026_T4_Alta_2.xls", "JAL_900101_2026_T4_Baja.xls",
                "JAL_900101_2026_T4_Cambio.xls");

        // Published again before its Baja was loaded: SIPOT still has it, so no Baja; a Cambio instead.
        db.event("acuerdo.published", "Acuerdo", 3, 2, body, payload("ACUERDO", 3, "A-3", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        exporter.exportAll();
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::name, PntExporter.ExportFile::records).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Alta.xls", 3),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Alta_2.xls", 1),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Cambio.xls", 2));
        assertThat(exportDir.resolve("JAL_900101_2026_T4_Baja.xls")).doesNotExist();
    }

    @Test
    void aFileLoadedAfterItsRecordsMovedOnLeavesTheirChangeAndWithdrawalWaiting() throws Exception {
        for (int i = 1; i <= 2; i++) {
            db.event("acuerdo.published", "Acuerdo", i, 0, body, payload("ACUERDO", i, "A-" + i, "PUBLIC", ACUERDO_PNT), clock.instant());
        }
        dispatcher().dispatch(10);
        PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
        exporter.exportAll();
        // The admin downloaded the Alta file; before the next export, 1 changes and 2 is withdrawn; then the file is loaded.
        db.event("acuerdo.published", "Acuerdo", 1, 1, body, payload("ACUERDO", 1, "A-1", "PUBLIC", CORRECTED), clock.instant());
        db.event("acuerdo.unpublished", "Acuerdo", 2, 1, body, payload("ACUERDO", 2, "A-2", "PRIVATE", null), clock.instant());
        dispatcher().dispatch(10);
        assertThat(markLoaded(exporter, "JAL_900101_2026_T4_Alta.xls")).isInstanceOf(SipotFileLoads.Marked.class);
        exporter.exportAll();
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::name, PntExporter.ExportFile::records).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Alta.xls", 2),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Baja.xls", 1),
                org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Cambio.xls", 1));
        assertThat(SipotWorkbook.read(exporter.read("JAL_900101_2026_T4_Cambio.xls")).get(0))
                .containsEntry("9001017", "Se aprueba el programa anual corregido de trabajo.");
    }

    @Test
    void withTheWebServiceARecordWithdrawnBeforeItsAgregaIsNeitherSentNorABajaButOneItAddedIs() throws Exception {
        stubOk();
        delivery().setEnabled(body, true, "ut@itei.org.mx");
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, "A-1", "PUBLIC", ACUERDO_PNT), clock.instant());
        db.event("acuerdo.published", "Acuerdo", 2, 0, body, payload("ACUERDO", 2, "A-2", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        // 1 reaches the PNT through the web service; 2 is withdrawn before any delivery.
        try (java.sql.Connection c = db.ds.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE pnt_record SET ws_next_at = TIMESTAMP '2030-01-01 00:00:00' WHERE output_id = 2");
        }
        assertThat(delivery().deliver(10)).isEqualTo(1);
        db.event("acuerdo.unpublished", "Acuerdo", 1, 1, body, payload("ACUERDO", 1, "A-1", "PRIVATE", null), clock.instant());
        db.event("acuerdo.unpublished", "Acuerdo", 2, 1, body, payload("ACUERDO", 2, "A-2", "PRIVATE", null), clock.instant());
        dispatcher().dispatch(10);
        delivery().deliver(10);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
        pnt.verify(1, postRequestedFor(urlEqualTo(ELIMINA)).withRequestBody(matchingJsonPath("$.registros[0].idRegistro", equalTo("9001"))));
        PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
        exporter.exportAll();
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::name, PntExporter.ExportFile::records)
                .as("the PNT held 1 (web service): its Baja; 2 it never received: nothing")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JAL_900101_2026_T4_Baja.xls", 1));
        assertThat(db.string("SELECT ws_state FROM pnt_record WHERE output_id = 2")).as("settled without a call").isEqualTo("DELIVERED");
    }

    @Test
    void aPendingFileRewrittenAfterTheAdminSawItCannotBeMarkedUnderItsOldId() throws Exception {
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, "A-1", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        PntExporter exporter = new PntExporter(db.ds, new Descriptors(clock), exportDir, clock);
        exporter.exportAll();
        long seen = exporter.files().get(0).id();
        db.event("acuerdo.published", "Acuerdo", 2, 0, body, payload("ACUERDO", 2, "A-2", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        exporter.exportAll();
        assertThat(exporter.files()).extracting(PntExporter.ExportFile::id).doesNotContain(seen);
        try (java.sql.Connection c = db.ds.getConnection()) {
            assertThat(SipotFileLoads.markLoaded(c, seen, null, "Ana Admin", clock.instant())).isEqualTo(new SipotFileLoads.Unknown());
        }
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE alta_loaded = TRUE")).isZero();
    }

    private static Map<String, String> only(Path file) throws Exception {
        List<Map<String, String>> rows = SipotWorkbook.read(Files.readAllBytes(file));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void addedOnceUpdatedWhenChangedSkippedWhenNotDeletedWhenUnpublished() throws Exception {
        stubOk();
        delivery().setEnabled(body, true, "ut@itei.org.mx");
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, "Acuerdo", "PUBLIC",
                "\"number\":\"A-1\",\"date\":\"2026-10-15\""), clock.instant());
        dispatcher().dispatch(10);
        assertThat(delivery().deliver(10)).isEqualTo(1);
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isEqualTo("9001");
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA))
                .withRequestBody(matchingJsonPath("$.idFormato", equalTo("900101")))
                .withRequestBody(matchingJsonPath("$.token", equalTo("T1")))
                .withRequestBody(matchingJsonPath("$.correoUnidadAdministrativa", equalTo("ut@itei.org.mx")))
                .withRequestBody(matchingJsonPath("$.registros[0].campos[?(@.idCampo == 9001015)].valor", equalTo("15/10/2026"))));

        // The same content again (a later version that changed nothing the PNT sees): no call.
        db.event("acuerdo.published", "Acuerdo", 1, 1, body, payload("ACUERDO", 1, "Acuerdo", "PUBLIC",
                "\"number\":\"A-1\",\"date\":\"2026-10-15\""), clock.instant());
        dispatcher().dispatch(10);
        assertThat(delivery().deliver(10)).isZero();

        // Changed: Cambio, actualiza with the idRegistro.
        db.event("acuerdo.published", "Acuerdo", 1, 2, body, payload("ACUERDO", 1, "Acuerdo corregido", "PUBLIC",
                "\"number\":\"A-1\",\"date\":\"2026-10-15\",\"text\":\"Texto corregido\""), clock.instant());
        dispatcher().dispatch(10);
        assertThat(db.string("SELECT load_type FROM pnt_record")).isEqualTo("CAMBIO");
        delivery().deliver(10);
        pnt.verify(1, postRequestedFor(urlEqualTo(ACTUALIZA)).withRequestBody(matchingJsonPath("$.registros[0].idRegistro", equalTo("9001"))));

        // No longer public: Baja, elimina with the idRegistro.
        db.event("acuerdo.unpublished", "Acuerdo", 1, 3, body, payload("ACUERDO", 1, "Acuerdo corregido", "PRIVATE", null), clock.instant());
        dispatcher().dispatch(10);
        assertThat(db.string("SELECT load_type FROM pnt_record")).isEqualTo("BAJA");
        delivery().deliver(10);
        pnt.verify(1, postRequestedFor(urlEqualTo(ELIMINA)).withRequestBody(matchingJsonPath("$.registros[0].idRegistro", equalTo("9001"))));
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isNull();
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("DELIVERED");
    }

    @Test
    void anAgreementsPartiesTravelAsTheRowsOfItsSubTableField() throws Exception {
        stubOk();
        delivery().setEnabled(body, true, "ut@itei.org.mx");
        db.event("agreement.published", "Agreement", 3, 0, body, payload("AGREEMENT", 3, "Convenio con la UdeG", "PUBLIC", AGREEMENT_PNT), clock.instant());
        dispatcher().dispatch(10);
        assertThat(delivery().deliver(10)).isEqualTo(1);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA))
                .withRequestBody(matchingJsonPath("$.idFormato", equalTo("900103")))
                .withRequestBody(matchingJsonPath("$.registros[0].campos[?(@.idCampo == 9001034)].valor", equalTo("De coordinación")))
                .withRequestBody(matchingJsonPath("$.registros[0].campos[?(@.idCampo == 9001037)].valor[1][0].valor",
                        equalTo("Universidad de Guadalajara")))
                .withRequestBody(matchingJsonPath("$.registros[0].campos[?(@.idCampo == 9001037)].valor[0][3].idCampo",
                        equalTo("90010374"))));
    }

    @Test
    void eachBodySignsInWithItsOwnSipotAccount() throws Exception {
        long nl = db.workspace("BODY", "NL", "Comisión de Transparencia y Acceso a la Información de Nuevo León");
        pnt.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.usuario", equalTo("itei")))
                .willReturn(okJson("{\"success\":true,\"token\":\"T-JAL\"}")));
        pnt.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(matchingJsonPath("$.usuario", equalTo("cotai")))
                .willReturn(okJson("{\"success\":true,\"token\":\"T-NL\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(okJson(
                "{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":1,\"idRegistro\":31}]}}")));
        PntDelivery perBody = new PntDelivery(db.ds, (java.util.function.Function<String, SipotClient>) code -> new SipotClient(
                pnt.baseUrl(), code.equals("JAL") ? "itei" : "cotai", "secreto", Duration.ofMillis(800)), clock, 3, Duration.ofMinutes(1),
                PntDelivery.DEFAULT_LEASE);
        perBody.setEnabled(body, true, "ut@itei.org.mx");
        perBody.setEnabled(nl, true, "ut@cotai.org.mx");
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, "A-1", "PUBLIC", ACUERDO_PNT), clock.instant());
        db.event("acuerdo.published", "Acuerdo", 2, 0, nl, payload("ACUERDO", 2, "A-2", "PUBLIC", ACUERDO_PNT), clock.instant());
        db.event("acuerdo.published", "Acuerdo", 3, 0, body, payload("ACUERDO", 3, "A-3", "PUBLIC", ACUERDO_PNT), clock.instant());
        dispatcher().dispatch(10);
        assertThat(perBody.deliver(10)).isEqualTo(3);
        pnt.verify(2, postRequestedFor(urlEqualTo(TOKEN)));  // one token per body and run
        pnt.verify(2, postRequestedFor(urlEqualTo(AGREGA)).withRequestBody(matchingJsonPath("$.token", equalTo("T-JAL")))
                .withRequestBody(matchingJsonPath("$.correoUnidadAdministrativa", equalTo("ut@itei.org.mx"))));
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)).withRequestBody(matchingJsonPath("$.token", equalTo("T-NL")))
                .withRequestBody(matchingJsonPath("$.correoUnidadAdministrativa", equalTo("ut@cotai.org.mx"))));
    }

    @Test
    void aPeriodsFileUsesTheTemplateVersionInForceAtItsEnd() throws Exception {
        try (java.sql.Connection c = db.ds.getConnection()) {
            Descriptors descriptors = new Descriptors(clock);
            long v2026 = descriptors.save(c, "DOCUMENT", "777", java.time.LocalDate.parse("2026-01-01"), null, Map.of("1", "attr:title"), "t");
            long v2027 = descriptors.save(c, "DOCUMENT", "777", java.time.LocalDate.parse("2027-01-01"), null, Map.of("1", "attr:title"), "t");
            assertThat(descriptors.ofFormatFor(c, "777", new SipotPeriod(2026, 4)).id()).isEqualTo(v2026);
            assertThat(descriptors.ofFormatFor(c, "777", new SipotPeriod(2027, 1)).id()).isEqualTo(v2027);
            assertThat(descriptors.ofFormatFor(c, "777", new SipotPeriod(2025, 2)).id()).as("before any: the oldest").isEqualTo(v2026);
            assertThat(descriptors.ofFormatFor(c, "778", new SipotPeriod(2026, 4))).isNull();
        }
    }

    @Test
    void theDefaultDescriptorsUseOnlyWhatTheirOutputsCarryAndMapEveryFieldButTheNote() throws Exception {
        try (java.sql.Connection c = db.ds.getConnection()) {
            Descriptors descriptors = new Descriptors(clock);
            List<mx.snt.vinculo.publication.FormatDescriptor> all = descriptors.all(c);
            assertThat(all).extracting(mx.snt.vinculo.publication.FormatDescriptor::outputKind)
                    .containsExactlyInAnyOrder("ACUERDO", "ACTA", "AGREEMENT", "LIBRARY_ENTRY");
            for (mx.snt.vinculo.publication.FormatDescriptor d : all) {
                for (String source : d.sources().values()) {
                    if (!source.startsWith("const:")) {
                        assertThat(mx.snt.vinculo.publication.OutputSources.of(d.outputKind())).as(d.outputKind()).contains(source);
                    }
                }
                SipotTemplate t = SipotTemplate.read(descriptors.template(c, d));
                assertThat(mx.snt.vinculo.publication.FormatDescriptor.clean(t, d.sources())).as("valid for its template")
                        .isEqualTo(d.sources());
                for (mx.snt.vinculo.publication.SipotField f : t.fields()) {
                    if (f.typeId() != mx.snt.vinculo.publication.SipotField.NOTE) {
                        assertThat(d.sources()).as(d.outputKind() + " maps " + f.label()).containsKey(f.idCampo());
                    }
                }
            }
        }
    }

    @Test
    void aBodyWithTheSwitchOffSendsNothing() throws Exception {
        stubOk();
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, "Acuerdo", "PUBLIC", "\"date\":\"2026-10-15\""), clock.instant());
        dispatcher().dispatch(10);
        assertThat(delivery().deliver(10)).isZero();
        pnt.verify(0, postRequestedFor(urlEqualTo(AGREGA)));
    }

    @Test
    void anExpiredTokenIsRenewed() throws Exception {
        pnt.stubFor(post(urlEqualTo(TOKEN)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"success\":true,\"token\":\"OLD\"}")).willSetStateTo("renewed"));
        pnt.stubFor(post(urlEqualTo(TOKEN)).inScenario("t").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"success\":true,\"token\":\"NEW\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).withRequestBody(matchingJsonPath("$.token", equalTo("OLD")))
                .willReturn(okJson("{\"success\":false,\"mensaje\":\"Token expirado\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).withRequestBody(matchingJsonPath("$.token", equalTo("NEW")))
                .willReturn(okJson("{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":7,\"idRegistro\":55}]}}")));
        SipotClient client = new SipotClient(pnt.baseUrl(), "u", "p", Duration.ofSeconds(2));
        assertThat(client.add("35573", "x@y.mx", 7, Map.of("227023", "a"))).isEqualTo("55");
        pnt.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
        // One record per call: the only registro of the answer is ours, whatever number it echoes.
        assertThat(client.add("35573", "x@y.mx", 8, Map.of("227023", "b"))).isEqualTo("55");
        pnt.stubFor(post(urlEqualTo(AGREGA)).withRequestBody(matchingJsonPath("$.token", equalTo("NEW")))
                .willReturn(okJson("{\"success\":true,\"mensaje\":{\"registros\":[]}}")));
        assertThatThrownBy(() -> client.add("35573", "x@y.mx", 9, Map.of())).isInstanceOf(SipotException.class)
                .hasMessageContaining("idRegistro");
    }

    @Test
    void failuresAreRetriedWithBackoffThenDeadAndAnAdminRetryDelivers() throws Exception {
        pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).inScenario("f").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("false"));
        pnt.stubFor(post(urlEqualTo(AGREGA)).inScenario("f").whenScenarioStateIs("false")
                .willReturn(okJson("{\"success\":false,\"mensaje\":\"Formato no válido\"}")).willSetStateTo("slow"));
        pnt.stubFor(post(urlEqualTo(AGREGA)).inScenario("f").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        pnt.stubFor(post(urlEqualTo(AGREGA)).inScenario("f").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":1,\"idRegistro\":77}]}}")));
        delivery().setEnabled(body, true, null);
        db.event("acta.published", "Acta", 2, 0, body, payload("ACTA", 2, "Acta", "PUBLIC", "\"date\":\"2026-10-16\""), clock.instant());
        dispatcher().dispatch(10);

        delivery().deliver(10);  // 500
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("FAILED");
        assertThat(db.string("SELECT ws_last_error FROM pnt_record")).contains("HTTP 500");
        assertThat(delivery().deliver(10)).as("not due before the backoff").isZero();
        clock.advance(Duration.ofMinutes(1));
        delivery().deliver(10);  // success:false
        assertThat(db.string("SELECT ws_last_error FROM pnt_record")).contains("Formato no válido");
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery().deliver(10)).as("backoff doubled: 2 minutes").isZero();
        clock.advance(Duration.ofMinutes(1));
        // (A timed-out agrega is not retried at all: see aTimedOutAgregaIsLeftForAnAdminNotRetried.)
        delivery().deliver(10);  // 503: third and last attempt
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("DEAD");
        assertThat(db.string("SELECT ws_last_error FROM pnt_record")).contains("HTTP 503");
        clock.advance(Duration.ofHours(1));
        assertThat(delivery().deliver(10)).as("dead stays dead").isZero();

        assertThat(delivery().retryDead(null)).isEqualTo(1);
        delivery().deliver(10);
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("DELIVERED");
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isEqualTo("77");
    }

    /**
     * The PNT failing about a third of the calls at random (HTTP 500, success:false, and answers that
     * come after the client gave up although the PNT kept the record): with the timer's retries and
     * what an admin does from the console (retry the dead; for an uncertain one, look it up at the
     * PNT and confirm it, or resend it when it is not there), every record ends delivered, and the
     * double's journal holds each exactly once.
     */
    @Test
    void withAThirdOfTheCallsFailingAtRandomEveryRecordEndsDeliveredOnce() throws Exception {
        java.util.Random random = new java.util.Random(20261201);
        Map<String, String> journal = new java.util.concurrent.ConcurrentHashMap<>();   // acuerdo number -> idRegistro
        Map<String, Integer> accepted = new java.util.concurrent.ConcurrentHashMap<>(); // acuerdo number -> times kept
        java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger(5000);
        java.util.concurrent.atomic.AtomicInteger faults = new java.util.concurrent.atomic.AtomicInteger();
        java.util.regex.Pattern numberIn = java.util.regex.Pattern.compile("A-\\d+");
        var flaky = new com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2() {
            @Override
            public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(
                    com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
                java.util.regex.Matcher m = numberIn.matcher(event.getRequest().getBodyAsString());
                String number = m.find() ? m.group() : "?";
                int draw;
                synchronized (random) {
                    draw = random.nextInt(10);
                }
                if (draw == 0) {
                    faults.incrementAndGet();
                    return aResponse().withStatus(500).build();
                }
                if (draw == 1) {
                    faults.incrementAndGet();
                    return okJson("{\"success\":false,\"mensaje\":\"Servicio no disponible\"}").build();
                }
                String id = String.valueOf(nextId.incrementAndGet());
                journal.put(number, id);
                accepted.merge(number, 1, Integer::sum);
                var answer = okJson("{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":1,\"idRegistro\":" + id + "}]}}");
                if (draw == 2) {
                    faults.incrementAndGet();
                    return answer.withFixedDelay(1500).build();   // kept, but answered after the client's 800 ms
                }
                return answer.build();
            }

            @Override
            public String getName() {
                return "flaky";
            }

            @Override
            public boolean applyGlobally() {
                return false;
            }
        };
        pnt.stop();
        pnt = new WireMockServer(options().dynamicPort().extensions(flaky));
        pnt.start();
        pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(aResponse().withTransformers("flaky")));

        int n = 60;
        delivery(client(), db.ds).setEnabled(body, true, "ut@itei.org.mx");
        for (int i = 1; i <= n; i++) {
            db.event("acuerdo.published", "Acuerdo", i, 0, body, payload("ACUERDO", i, "Acuerdo " + i, "PUBLIC",
                    "\"number\":\"A-" + i + "\",\"date\":\"2026-10-15\""), clock.instant());
        }
        dispatcher().dispatch(n);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record")).isEqualTo(n);

        for (int round = 0; round < 60 && db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state <> 'DELIVERED'") > 0; round++) {
            PntDelivery timer = delivery(client(), db.ds);
            timer.deliver(n);
            clock.advance(Duration.ofMinutes(5));
            // The console: dead records retried; uncertain ones looked up at the PNT first.
            timer.retryDead(null);
            for (long id : db.longs("SELECT id FROM pnt_record WHERE ws_state = 'UNCERTAIN'")) {
                String number = "A-" + db.string("SELECT output_id FROM pnt_record WHERE id = ?", id);
                if (journal.containsKey(number)) {
                    assertThat(timer.confirmAtPnt(id, journal.get(number))).isEqualTo(DeliveryState.DELIVERED);
                } else {
                    assertThat(timer.resend(id)).isTrue();
                }
            }
        }

        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED'")).isEqualTo(n);
        assertThat(faults.get()).as("faults really happened").isGreaterThan(n / 10);
        assertThat(accepted).hasSize(n);
        assertThat(accepted.values()).as("each record kept once by the PNT").containsOnly(1);
        for (long id : db.longs("SELECT id FROM pnt_record")) {
            String number = "A-" + db.string("SELECT output_id FROM pnt_record WHERE id = ?", id);
            assertThat(db.string("SELECT id_registro FROM pnt_record WHERE id = ?", id)).isEqualTo(journal.get(number));
        }
    }

    @Test
    void aBadEventIsRetriedThenDead() throws Exception {
        // A catalog constant that is not among the catalog's options cannot be delivered.
        db.insert("UPDATE sipot_descriptor SET sources = ? WHERE output_kind = 'ACTA'", "{\"9001024\":\"const:No existe\"}");
        long id = db.event("acta.published", "Acta", 2, 0, body, payload("ACTA", 2, "Acta", "PUBLIC", null), clock.instant());
        OutboxDispatcher d = dispatcher();
        for (int i = 0; i < 3; i++) {
            d.dispatch(10);
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(db.string("SELECT status FROM outbox_event WHERE id = ?", id)).isEqualTo("DEAD");
        assertThat(db.string("SELECT last_error FROM outbox_event WHERE id = ?", id)).contains("sipot.value.notInCatalog");
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record")).isZero();
        assertThatThrownBy(() -> new SipotClient("http://localhost:1", "u", "p", Duration.ofMillis(300))
                .add("1", "", 1, Map.of())).isInstanceOf(SipotException.class);
    }

    static final Duration LEASE = Duration.ofMinutes(2);

    /** A delivery whose client (one per run) is given, with a two-minute lease. */
    PntDelivery delivery(SipotClient ws, javax.sql.DataSource ds) {
        return new PntDelivery(ds, () -> ws, clock, 3, Duration.ofMinutes(1), LEASE);
    }

    SipotClient client() {
        return new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800));
    }

    /** The database as this instance sees it: every connection fails once {@code down} is set. */
    static javax.sql.DataSource losable(javax.sql.DataSource ds, java.util.concurrent.atomic.AtomicBoolean down) {
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(PntFlowTest.class.getClassLoader(),
                new Class<?>[]{javax.sql.DataSource.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getConnection") && down.get()) {
                        throw new java.sql.SQLException("conexión perdida");
                    }
                    try {
                        return m.invoke(ds, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    long publishedAndDispatched(String title) throws Exception {
        delivery().setEnabled(body, true, "ut@itei.org.mx");
        db.event("acuerdo.published", "Acuerdo", 1, 0, body, payload("ACUERDO", 1, title, "PUBLIC",
                "\"number\":\"A-1\",\"date\":\"2026-10-15\""), clock.instant());
        dispatcher().dispatch(10);
        return db.count("SELECT id FROM pnt_record");
    }

    @Test
    void anAgregaWhoseAnswerWasLostIsNotSentAgainButLeftForAnAdmin() throws Exception {
        stubOk();
        long id = publishedAndDispatched("Acuerdo");
        // The PNT accepts the agrega, then this instance loses its database before storing the idRegistro.
        var down = new java.util.concurrent.atomic.AtomicBoolean();
        SipotClient losesTheAnswer = new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800)) {
            @Override
            public String add(String formatId, String email, int numero, Map<String, String> campos) throws SipotException {
                String idRegistro = super.add(formatId, email, numero, campos);
                down.set(true);
                return idRegistro;
            }
        };
        assertThatThrownBy(() -> delivery(losesTheAnswer, losable(db.ds, down)).deliver(10)).isInstanceOf(java.sql.SQLException.class);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("SENDING");
        assertThat(db.string("SELECT ws_op FROM pnt_record")).isEqualTo("agrega");
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isNull();

        // Another instance, within the lease: the row is still its sender's.
        assertThat(delivery(client(), db.ds).deliver(10)).isZero();
        // Even a new version of the output (PENDING again) does not free it for a second agrega.
        db.event("acuerdo.published", "Acuerdo", 1, 1, body, payload("ACUERDO", 1, "Acuerdo corregido", "PUBLIC",
                "\"number\":\"A-1\",\"date\":\"2026-10-15\",\"text\":\"Texto corregido\""), clock.instant());
        dispatcher().dispatch(10);
        assertThat(delivery(client(), db.ds).deliver(10)).isZero();
        // After the lease: its outcome is unknown, so it waits for an admin ("por verificar").
        clock.advance(LEASE.plusSeconds(1));
        assertThat(delivery(client(), db.ds).deliver(10)).isZero();
        clock.advance(Duration.ofHours(1));
        delivery(client(), db.ds).deliver(10);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
        pnt.verify(0, postRequestedFor(urlEqualTo(ACTUALIZA)));
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("UNCERTAIN");
        assertThat(db.string("SELECT ws_last_error FROM pnt_record")).contains("verifique en la PNT");

        // The admin finds it at the PNT: it holds the first version, so the correction follows as actualiza.
        PntDelivery admin = delivery(client(), db.ds);
        assertThatThrownBy(() -> admin.confirmAtPnt(id, "90O1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PntDelivery.isIdRegistro("9001")).isTrue();
        assertThat(PntDelivery.isIdRegistro(" 9001")).isFalse();
        assertThat(PntDelivery.isIdRegistro("")).isFalse();
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("UNCERTAIN");
        assertThat(admin.confirmAtPnt(id, "9001")).isEqualTo(DeliveryState.PENDING);
        assertThat(admin.confirmAtPnt(id, "9001")).as("only an uncertain record").isNull();
        assertThat(admin.resend(id)).isFalse();
        admin.deliver(10);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
        pnt.verify(1, postRequestedFor(urlEqualTo(ACTUALIZA)).withRequestBody(matchingJsonPath("$.registros[0].idRegistro", equalTo("9001"))));
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("DELIVERED");
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isEqualTo("9001");
        assertThat(db.string("SELECT ws_op FROM pnt_record")).isNull();
    }

    @Test
    void aTimedOutAgregaIsLeftForAnAdminNotRetried() throws Exception {
        pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
        // The PNT accepts the record but answers after the client (800 ms) has given up.
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(okJson(
                "{\"success\":true,\"mensaje\":{\"registros\":[{\"numeroRegistro\":1,\"idRegistro\":55}]}}").withFixedDelay(2000)));
        long id = publishedAndDispatched("Acuerdo");
        assertThat(delivery(client(), db.ds).deliver(10)).isEqualTo(1);
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("UNCERTAIN");
        assertThat(db.string("SELECT ws_last_error FROM pnt_record")).contains("tiempo de espera").contains("verifique");
        assertThat(db.string("SELECT ws_op FROM pnt_record")).isEqualTo("agrega");

        // Never sent again by itself: not after any backoff, not after the lease.
        clock.advance(LEASE.plusHours(1));
        assertThat(delivery(client(), db.ds).deliver(10)).isZero();
        assertThat(delivery(client(), db.ds).state(id)).isEqualTo(DeliveryState.UNCERTAIN);
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));

        // The admin finds it at the PNT: delivered under that idRegistro, nothing more is sent.
        PntDelivery admin = delivery(client(), db.ds);
        assertThat(admin.confirmAtPnt(id, "55")).isEqualTo(DeliveryState.DELIVERED);
        assertThat(admin.deliver(10)).isZero();
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
    }

    @Test
    void aTimedOutActualizaIsStillRetried() throws Exception {
        stubOk();
        long id = publishedAndDispatched("Acuerdo");
        delivery(client(), db.ds).deliver(10);
        assertThat(delivery(client(), db.ds).state(id)).isEqualTo(DeliveryState.DELIVERED);
        db.insert("UPDATE pnt_record SET ws_state = 'PENDING', content_hash = ?", "0".repeat(64));
        pnt.stubFor(post(urlEqualTo("/sipot-web/spring/mantenimiento/actualiza"))
                .willReturn(okJson("{\"success\":true}").withFixedDelay(2000)));
        delivery(client(), db.ds).deliver(10);
        assertThat(delivery(client(), db.ds).state(id)).isEqualTo(DeliveryState.FAILED);
    }

    @Test
    void anAdminConfirmsAnUnchangedRecordOrResendsIt() throws Exception {
        stubOk();
        long id = publishedAndDispatched("Acuerdo");
        // A sender that died after its agrega went out: left SENDING with an old timestamp.
        SipotClient dies = new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800)) {
            @Override
            public String add(String formatId, String email, int numero, Map<String, String> campos) throws SipotException {
                super.add(formatId, email, numero, campos);
                throw new IllegalStateException("la instancia se detuvo");
            }
        };
        assertThatThrownBy(() -> delivery(dies, db.ds).deliver(10)).isInstanceOf(IllegalStateException.class);
        clock.advance(LEASE.plusMinutes(1));
        assertThat(delivery(client(), db.ds).recoverInterrupted()).isEqualTo(1);
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("UNCERTAIN");

        // "Ya está en la PNT": delivered with that id and the current hash; nothing more is sent.
        PntDelivery admin = delivery(client(), db.ds);
        assertThat(admin.confirmAtPnt(id, "123456")).isEqualTo(DeliveryState.DELIVERED);
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isEqualTo("123456");
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE delivered_hash = content_hash")).isEqualTo(1);
        assertThat(admin.deliver(10)).isZero();
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));

        // "Reenviar": back to PENDING and added again (the admin checked it is not at the PNT).
        db.insert("UPDATE pnt_record SET ws_state = 'SENDING', ws_op = 'agrega', ws_token = 'x', ws_sending_at = ?,"
                + " id_registro = NULL, delivered_hash = NULL", java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(1))));
        admin.recoverInterrupted();
        assertThat(admin.state(id)).isEqualTo(DeliveryState.UNCERTAIN);
        assertThat(admin.resend(id)).isTrue();
        assertThat(admin.state(id)).isEqualTo(DeliveryState.PENDING);
        assertThat(admin.deliver(10)).isEqualTo(1);
        pnt.verify(2, postRequestedFor(urlEqualTo(AGREGA)));
        assertThat(admin.state(id)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isEqualTo("9001");
        assertThat(admin.state(id + 1000)).isNull();
    }

    @Test
    void anInterruptedActualizaIsRetriedByItself() throws Exception {
        stubOk();
        publishedAndDispatched("Acuerdo");
        delivery(client(), db.ds).deliver(10);
        db.event("acuerdo.published", "Acuerdo", 1, 1, body, payload("ACUERDO", 1, "Acuerdo corregido", "PUBLIC",
                "\"number\":\"A-1\",\"date\":\"2026-10-15\",\"text\":\"Texto corregido\""), clock.instant());
        dispatcher().dispatch(10);
        SipotClient dies = new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800)) {
            @Override
            public void update(String formatId, String email, int numero, String idRegistro, Map<String, String> campos)
                    throws SipotException {
                super.update(formatId, email, numero, idRegistro, campos);
                throw new IllegalStateException("la instancia se detuvo");
            }
        };
        assertThatThrownBy(() -> delivery(dies, db.ds).deliver(10)).isInstanceOf(IllegalStateException.class);
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("SENDING");
        assertThat(delivery(client(), db.ds).deliver(10)).as("not before the lease").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(delivery(client(), db.ds).deliver(10)).isEqualTo(1);
        pnt.verify(2, postRequestedFor(urlEqualTo(ACTUALIZA)).withRequestBody(matchingJsonPath("$.registros[0].idRegistro", equalTo("9001"))));
        pnt.verify(1, postRequestedFor(urlEqualTo(AGREGA)));
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("DELIVERED");
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE delivered_hash = content_hash AND ws_op IS NULL")).isEqualTo(1);
    }

    @Test
    void aLateAnswerAfterTheLeaseStillRecordsTheIdRegistro() throws Exception {
        stubOk();
        long id = publishedAndDispatched("Acuerdo");
        // The agrega takes longer than the lease; meanwhile another instance marks it uncertain.
        PntDelivery[] other = new PntDelivery[1];
        SipotClient slow = new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800)) {
            @Override
            public String add(String formatId, String email, int numero, Map<String, String> campos) throws SipotException {
                String idRegistro = super.add(formatId, email, numero, campos);
                clock.advance(LEASE.plusSeconds(1));
                try {
                    other[0].recoverInterrupted();
                    assertThat(other[0].state(id)).isEqualTo(DeliveryState.UNCERTAIN);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return idRegistro;
            }
        };
        other[0] = delivery(client(), db.ds);
        assertThat(delivery(slow, db.ds).deliver(10)).isEqualTo(1);
        assertThat(db.string("SELECT ws_state FROM pnt_record")).isEqualTo("DELIVERED");
        assertThat(db.string("SELECT id_registro FROM pnt_record")).isEqualTo("9001");
    }

    /** A PNT double that keeps every record of a call and answers each with its own idRegistro (1000 + its number). */
    static final class Journal implements com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2 {
        final Map<Long, Integer> kept = new java.util.concurrent.ConcurrentHashMap<>();   // numeroRegistro -> times kept
        final List<List<Long>> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.Set<Long> leftOut = java.util.concurrent.ConcurrentHashMap.newKeySet();  // kept but not named in the answer
        final java.util.regex.Pattern numero = java.util.regex.Pattern.compile("\"numeroRegistro\"\\s*:\\s*(\\d+)");

        @Override
        public com.github.tomakehurst.wiremock.http.ResponseDefinition transform(com.github.tomakehurst.wiremock.stubbing.ServeEvent event) {
            java.util.regex.Matcher m = numero.matcher(event.getRequest().getBodyAsString());
            List<Long> call = new java.util.ArrayList<>();
            StringBuilder registros = new StringBuilder();
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                call.add(n);
                kept.merge(n, 1, Integer::sum);
                if (!leftOut.contains(n)) {
                    registros.append(registros.isEmpty() ? "" : ",").append("{\"numeroRegistro\":").append(n)
                            .append(",\"idRegistro\":").append(1000 + n).append('}');
                }
            }
            calls.add(call);
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
    }

    Journal journaled() {
        Journal journal = new Journal();
        pnt.stop();
        pnt = new WireMockServer(options().dynamicPort().extensions(journal));
        pnt.start();
        pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
        for (String op : List.of(AGREGA, ACTUALIZA, ELIMINA)) {
            pnt.stubFor(post(urlEqualTo(op)).willReturn(aResponse().withTransformers("journal")));
        }
        return journal;
    }

    void acuerdos(int from, int to, String text) throws Exception {
        for (int i = from; i <= to; i++) {
            db.event("acuerdo.published", "Acuerdo", i, text.isEmpty() ? 0 : 1, body, payload("ACUERDO", i, "Acuerdo " + i, "PUBLIC",
                    "\"number\":\"A-" + i + "\",\"date\":\"2026-10-15\"" + (text.isEmpty() ? "" : ",\"text\":\"" + text + "\"")),
                    clock.instant());
        }
        dispatcher().dispatch(100);
    }

    @Test
    void severalRecordsGoInOneCallEachKeepingItsOwnIdRegistro() throws Exception {
        Journal journal = journaled();
        acuerdos(1, 7, "");
        PntDelivery calls = delivery(client(), db.ds).recordsPerCall(3);
        calls.setEnabled(body, true, "ut@itei.org.mx");

        assertThat(calls.deliver(100)).isEqualTo(7);
        assertThat(journal.calls).extracting(List::size).containsExactly(3, 3, 1);
        pnt.verify(3, postRequestedFor(urlEqualTo(AGREGA)));
        pnt.verify(1, postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED' AND ws_op IS NULL AND ws_token IS NULL"))
                .isEqualTo(7);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE id_registro = CAST(1000 + id AS VARCHAR(20))"))
                .as("each record with the idRegistro the PNT gave it").isEqualTo(7);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE delivered_hash = content_hash AND ws_attempts = 1")).isEqualTo(7);

        // Four change: one actualiza for three of them and one for the fourth, each with its idRegistro.
        acuerdos(2, 5, "Texto corregido");
        assertThat(calls.deliver(100)).isEqualTo(4);
        pnt.verify(2, postRequestedFor(urlEqualTo(ACTUALIZA)));
        pnt.verify(1, postRequestedFor(urlEqualTo(ACTUALIZA))
                .withRequestBody(matchingJsonPath("$.registros[2].idRegistro", equalTo(String.valueOf(1000 + journal.calls.get(3).get(2))))));
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED' AND delivered_hash = content_hash")).isEqualTo(7);

        // Two stop being public: one elimina for both.
        for (int i = 6; i <= 7; i++) {
            db.event("acuerdo.unpublished", "Acuerdo", i, 2, body, payload("ACUERDO", i, "Acuerdo " + i, "PUBLIC", null), clock.instant());
        }
        dispatcher().dispatch(10);
        assertThat(calls.deliver(100)).isEqualTo(2);
        pnt.verify(1, postRequestedFor(urlEqualTo(ELIMINA)));
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE public_now = FALSE AND ws_state = 'DELIVERED' AND id_registro IS NULL"))
                .isEqualTo(2);
        assertThat(journal.kept.values()).as("no record added twice").containsOnly(1, 2);
        assertThat(journal.calls.stream().flatMap(List::stream).distinct().count()).isEqualTo(7);
    }

    @Test
    void aRecordTheAnswerDoesNotNameFailsAloneAndIsRetriedLater() throws Exception {
        Journal journal = journaled();
        acuerdos(1, 3, "");
        long second = db.count("SELECT MIN(id) FROM pnt_record") + 1;
        journal.leftOut.add(second);
        PntDelivery calls = delivery(client(), db.ds).recordsPerCall(3);
        calls.setEnabled(body, true, "ut@itei.org.mx");

        assertThat(calls.deliver(100)).isEqualTo(3);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED'")).isEqualTo(2);
        assertThat(db.string("SELECT ws_state FROM pnt_record WHERE id = " + second)).isEqualTo("FAILED");
        assertThat(db.string("SELECT ws_last_error FROM pnt_record WHERE id = " + second)).contains("idRegistro");
        journal.leftOut.clear();
        clock.advance(Duration.ofMinutes(2));
        assertThat(calls.deliver(100)).isEqualTo(1);
        assertThat(journal.calls).extracting(List::size).containsExactly(3, 1);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED'")).isEqualTo(3);
    }

    @Test
    void aCallCutOffAfterThePntKeptItLeavesExactlyItsRecordsPorVerificar() throws Exception {
        Journal journal = journaled();
        acuerdos(1, 8, "");
        // The PNT keeps the second call's records, then this instance loses its database before storing the answer.
        var down = new java.util.concurrent.atomic.AtomicBoolean();
        var made = new java.util.concurrent.atomic.AtomicInteger();
        SipotClient losesTheAnswer = new SipotClient(pnt.baseUrl(), "usuario", "secreto", Duration.ofMillis(800)) {
            @Override
            public Map<Integer, String> addAll(String formatId, String email, List<Registro> registros) throws SipotException {
                Map<Integer, String> ids = super.addAll(formatId, email, registros);
                down.set(made.incrementAndGet() == 2);
                return ids;
            }
        };
        PntDelivery cut = delivery(losesTheAnswer, losable(db.ds, down)).recordsPerCall(3);
        cut.setEnabled(body, true, "ut@itei.org.mx");
        assertThatThrownBy(() -> cut.deliver(100)).isInstanceOf(java.sql.SQLException.class);
        down.set(false);
        List<Long> onTheWire = journal.calls.get(1);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED'")).isEqualTo(3);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'SENDING'")).isEqualTo(3);
        assertThat(db.count("SELECT COUNT(DISTINCT ws_token) FROM pnt_record WHERE ws_state = 'SENDING'")).as("one call").isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'PENDING' AND ws_op IS NULL")).as("never sent").isEqualTo(2);

        // After the lease, exactly that call's records wait for an admin; the rest is delivered.
        clock.advance(LEASE.plusSeconds(1));
        PntDelivery next = delivery(client(), db.ds).recordsPerCall(3);
        assertThat(next.deliver(100)).isEqualTo(2);
        List<Long> uncertain = new java.util.ArrayList<>();
        try (var c = db.ds.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT id FROM pnt_record WHERE ws_state = 'UNCERTAIN' ORDER BY id")) {
            while (rs.next()) {
                uncertain.add(rs.getLong(1));
            }
        }
        assertThat(uncertain).as("what was on the wire, nothing else").containsExactlyElementsOf(onTheWire);
        assertThat(journal.kept.values()).as("nothing sent twice").containsOnly(1);
        for (long id : uncertain) {
            assertThat(next.confirmAtPnt(id, String.valueOf(1000 + id))).isEqualTo(DeliveryState.DELIVERED);
        }
        assertThat(next.deliver(100)).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'DELIVERED'")).isEqualTo(8);
        assertThat(journal.kept).hasSize(8);
        assertThat(journal.kept.values()).containsOnly(1);
    }

    @Test
    void aCallThatTimesOutLeavesAllItsRecordsPorVerificar() throws Exception {
        acuerdos(1, 4, "");
        pnt.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"success\":true,\"token\":\"T1\"}")));
        pnt.stubFor(post(urlEqualTo(AGREGA)).willReturn(okJson("{\"success\":true,\"mensaje\":{\"registros\":[]}}").withFixedDelay(2000)));
        PntDelivery calls = delivery(client(), db.ds).recordsPerCall(3);
        calls.setEnabled(body, true, "ut@itei.org.mx");
        assertThat(calls.deliver(3)).isEqualTo(3);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'UNCERTAIN' AND ws_op = 'agrega'")).isEqualTo(3);
        assertThat(db.count("SELECT COUNT(*) FROM pnt_record WHERE ws_state = 'PENDING' AND ws_op IS NULL")).isEqualTo(1);
        assertThat(db.string("SELECT MIN(ws_last_error) FROM pnt_record WHERE ws_state = 'UNCERTAIN'")).contains("verifique en la PNT");
    }
}
