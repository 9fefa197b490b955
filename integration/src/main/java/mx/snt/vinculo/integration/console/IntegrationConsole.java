package mx.snt.vinculo.integration.console;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.integration.IntegrationJobs;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.FormatDescriptor;
import mx.snt.vinculo.publication.PntDelivery;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.publication.SipotField;
import mx.snt.vinculo.publication.SipotSubTable;
import mx.snt.vinculo.publication.SipotTemplate;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The integration console: admin only. */
@Stateless
public class IntegrationConsole {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private IntegrationJobs jobs;

    @EJB
    private FileStore files;

    private Caller admin() {
        return callers.require(Role.ADMIN);
    }

    // ---- reading ----

    /**
     * SIPOT records, newest change first; state filter optional (PENDING, SENDING, DELIVERED,
     * FAILED, DEAD, UNCERTAIN).
     */
    public Page<ConsoleViews.RecordRow> records(String state, int first, int size) {
        admin();
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        String where = state == null || state.isBlank() ? "" : " WHERE r.ws_state = ?";
        List<ConsoleViews.RecordRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pnt_record r" + where)) {
                if (!where.isEmpty()) {
                    ps.setString(1, state);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, w.code, r.format_id, r.period_key, r.output_kind, r.output_id,"
                    + " r.title, r.load_type, r.public_now, r.ws_state, r.ws_attempts, r.ws_last_error, r.id_registro, r.updated_at"
                    + " FROM pnt_record r JOIN workspace w ON w.id = r.body_id" + where
                    + " ORDER BY r.updated_at DESC, r.id DESC LIMIT ? OFFSET ?")) {
                int i = 1;
                if (!where.isEmpty()) {
                    ps.setString(i++, state);
                }
                ps.setInt(i++, size);
                ps.setInt(i, first);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ConsoleViews.RecordRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant()));
                    }
                }
            }
            return new Page<>(rows, total, first, size);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records per body, format and delivery state (one grouped query). */
    public List<ConsoleViews.Count> counts() {
        admin();
        List<ConsoleViews.Count> out = new ArrayList<>();
        query("SELECT w.code, r.format_id, r.ws_state, COUNT(*) FROM pnt_record r JOIN workspace w ON w.id = r.body_id"
                + " GROUP BY w.code, r.format_id, r.ws_state ORDER BY w.code, r.format_id, r.ws_state",
                rs -> out.add(new ConsoleViews.Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))));
        return out;
    }

    /** Outbox events by state (PENDING, DELIVERED, FAILED, DEAD). */
    public Map<String, Long> outboxCounts() {
        admin();
        Map<String, Long> out = new java.util.TreeMap<>();
        query("SELECT status, COUNT(*) FROM outbox_event GROUP BY status", rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    public List<ConsoleViews.DeadEvent> deadEvents() {
        admin();
        List<ConsoleViews.DeadEvent> out = new ArrayList<>();
        query("SELECT id, event_type, aggregate_type, aggregate_id, attempts, last_error, created_at FROM outbox_event"
                + " WHERE status IN ('DEAD', 'FAILED') ORDER BY id DESC LIMIT 100",
                rs -> out.add(new ConsoleViews.DeadEvent(rs.getLong(1), rs.getString(2), rs.getString(3) + " " + rs.getLong(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant())));
        return out;
    }

    public List<ConsoleViews.BodySwitch> bodies() {
        admin();
        List<ConsoleViews.BodySwitch> out = new ArrayList<>();
        query("SELECT w.id, w.code, w.acronym, s.ws_enabled, s.unit_email FROM workspace w LEFT JOIN pnt_body_setting s ON s.body_id = w.id"
                + " WHERE w.type = 'BODY' AND w.active = TRUE ORDER BY w.code",
                rs -> out.add(new ConsoleViews.BodySwitch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5))));
        return out;
    }

    public List<PntExporter.ExportFile> files() {
        admin();
        try {
            return jobs.exporter().files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One export file's bytes, or null. */
    public byte[] file(String name) {
        admin();
        try {
            return jobs.exporter().read(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNT export's run state, as recorded by whichever instance runs it. */
    public ConsoleViews.Progress progress() {
        return job(ClusterJobs.PNT_EXPORT);
    }

    /** One cluster job's run state (ClusterJobs.PNT_EXPORT, DIGESTS). */
    public ConsoleViews.Progress job(String name) {
        admin();
        try {
            return ConsoleViews.Progress.of(name, jobs.jobState(name));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every cluster job's run state. */
    public List<ConsoleViews.Progress> jobs() {
        admin();
        try {
            return jobs.jobStates().stream().map(s -> ConsoleViews.Progress.of(s.job(), s)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean webServiceConfigured() {
        admin();
        return jobs.webServiceConfigured();
    }

    public List<ConsoleViews.DescriptorRow> descriptors() {
        admin();
        try (Connection c = dataSource.getConnection()) {
            return new Descriptors().all(c).stream()
                    .map(d -> new ConsoleViews.DescriptorRow(d.id(), d.outputKind(), d.formatId(), d.effectiveFrom(),
                            d.templateFileId() == null, d.sources()))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template of a descriptor: the uploaded one, or the built-in format's. */
    public byte[] descriptorTemplate(long id) {
        admin();
        try (Connection c = dataSource.getConnection()) {
            Descriptors descriptors = new Descriptors();
            FormatDescriptor d = descriptors.all(c).stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(mx.snt.vinculo.common.NotFoundException::new);
            return descriptors.template(c, d);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- acting ----

    /** Handles every due outbox event now; how many. */
    public int dispatchNow() {
        Caller caller = admin();
        int n = run(() -> {
            int total = 0, batch;
            do {
                batch = jobs.dispatchOutbox();
                total += batch;
            } while (batch > 0 && total < 10_000);
            return total;
        });
        audit.record(caller, "Integration", 0, "integration.outbox.run", null, null, "events=" + n);
        return n;
    }

    public int exportNow() {
        Caller caller = admin();
        int n = run(jobs::exportPntNow);
        audit.record(caller, "Integration", 0, "integration.pnt.export", null, null, "files=" + n);
        return n;
    }

    public int deliverNow() {
        Caller caller = admin();
        int n = run(jobs::deliverPnt);
        audit.record(caller, "Integration", 0, "integration.pnt.deliver", null, null, "records=" + n);
        return n;
    }

    /** Retries a dead record (id) or every dead record and dead event (null). */
    public int retry(Long recordId) {
        Caller caller = admin();
        int n = run(() -> jobs.retryDeadRecords(recordId) + (recordId == null ? jobs.retryDeadEvents(null) : 0));
        audit.record(caller, "PntRecord", recordId == null ? 0 : recordId, "integration.retry", "DEAD", "PENDING", "count=" + n);
        return n;
    }

    /**
     * An UNCERTAIN record (an interrupted agrega) is at the PNT under this idRegistro: recorded as
     * what the PNT holds. The new state: DELIVERED, or PENDING when the record changed since.
     */
    public String confirmAtPnt(long recordId, String idRegistro) {
        Caller caller = admin();
        String id = idRegistro == null ? "" : idRegistro.strip();
        if (!PntDelivery.isIdRegistro(id)) {
            throw new ValidationException("integration.idRegistro.invalid");
        }
        String[] state = new String[1];
        run(() -> {
            PntDelivery d = uncertainRecords();
            requireUncertain(d, recordId);
            state[0] = d.confirmAtPnt(recordId, id);
            return 0;
        });
        if (state[0] == null) {
            throw new ValidationException("integration.record.notUncertain");  // settled meanwhile
        }
        audit.record(caller, "PntRecord", recordId, "integration.pnt.atPnt", "UNCERTAIN", state[0], "idRegistro=" + id);
        return state[0];
    }

    /** An UNCERTAIN record is not at the PNT: PENDING, to be added again. */
    public void resend(long recordId) {
        Caller caller = admin();
        boolean[] done = new boolean[1];
        run(() -> {
            PntDelivery d = uncertainRecords();
            requireUncertain(d, recordId);
            done[0] = d.resend(recordId);
            return 0;
        });
        if (!done[0]) {
            throw new ValidationException("integration.record.notUncertain");
        }
        audit.record(caller, "PntRecord", recordId, "integration.pnt.resend", "UNCERTAIN", "PENDING", null);
    }

    /** The admin actions on uncertain records need no web-service client. */
    private PntDelivery uncertainRecords() {
        return new PntDelivery(dataSource, () -> null, Clock.systemUTC(), 1, Duration.ZERO);
    }

    private static void requireUncertain(PntDelivery d, long recordId) throws SQLException {
        String state = d.state(recordId);
        if (state == null) {
            throw new NotFoundException();
        }
        if (!"UNCERTAIN".equals(state)) {
            throw new ValidationException("integration.record.notUncertain");
        }
    }

    public int retryEvent(long eventId) {
        Caller caller = admin();
        int n = run(() -> jobs.retryDeadEvents(eventId));
        audit.record(caller, "OutboxEvent", eventId, "integration.retry", "DEAD", "PENDING", null);
        return n;
    }

    public void setWebService(long bodyId, boolean enabled, String email) {
        Caller caller = admin();
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new ValidationException("integration.email.invalid");
        }
        run(() -> {
            jobs.setWebService(bodyId, enabled, email == null || email.isBlank() ? null : email.strip());
            return 0;
        });
        audit.record(caller, "Workspace", bodyId, "integration.pnt.switch", null, enabled ? "ON" : "OFF", email);
    }

    public DigestRunner.Result runDigest(Frequency frequency, LocalDate day) {
        Caller caller = admin();
        if (frequency == null || frequency == Frequency.NONE || day == null) {
            throw new ValidationException("integration.digest.period");
        }
        DigestRunner.Result[] r = new DigestRunner.Result[1];
        run(() -> {
            r[0] = jobs.runDigest(frequency, day);
            return 0;
        });
        audit.record(caller, "Integration", 0, "integration.digest.run", null, r[0].period(),
                "sent=" + r[0].sent() + " already=" + r[0].alreadySent() + " failed=" + r[0].failed());
        return r[0];
    }

    /** Reads an uploaded template: what the admin maps. Refused (422) when it is not a SIPOT template. */
    public ConsoleViews.TemplateFields readTemplate(byte[] xls) {
        admin();
        SipotTemplate t = SipotTemplate.read(xls);
        // Sub-table fields are mapped like the others, keyed <table>/<sub-field>.
        List<ConsoleViews.TemplateFields.Field> fields = new ArrayList<>();
        for (SipotField f : t.fields()) {
            fields.add(new ConsoleViews.TemplateFields.Field(f.idCampo(), f.typeId(), f.label(), f.catalog()));
            SipotSubTable sub = f.typeId() == SipotField.TABLE ? t.subTable(f.idCampo()) : null;
            if (sub != null) {
                for (SipotField sf : sub.fields()) {
                    fields.add(new ConsoleViews.TemplateFields.Field(sub.idCampo() + "/" + sf.idCampo(), sf.typeId(),
                            f.label() + " › " + sf.label(), sf.catalog()));
                }
            }
        }
        return new ConsoleViews.TemplateFields(t.formatId(), t.name(), List.copyOf(fields),
                t.subTables().stream().map(SipotSubTable::idCampo).toList());
    }

    /**
     * Saves a descriptor version: the uploaded template (stored), the kind of output, the date
     * it takes effect and each field's source. Every source must name a field of the template
     * and be a known form; constants for catalog fields must be among the options.
     */
    public long saveDescriptor(String kind, LocalDate effectiveFrom, String fileName, byte[] xls, Map<String, String> sources) {
        Caller caller = admin();
        if (kind == null || !PntRecords.KINDS.contains(kind)) {
            throw new ValidationException("integration.descriptor.kind");
        }
        if (effectiveFrom == null) {
            throw new ValidationException("integration.descriptor.date");
        }
        SipotTemplate t = SipotTemplate.read(xls);
        Map<String, String> clean = FormatDescriptor.clean(t, sources);
        if (clean.isEmpty()) {
            throw new ValidationException("integration.descriptor.empty");
        }
        FileRef stored = files.store(fileName == null ? t.formatId() + ".xls" : fileName, xls, caller.username());
        try (Connection c = dataSource.getConnection()) {
            long id = new Descriptors().save(c, kind, t.formatId(), effectiveFrom, stored.id(), clean, caller.username());
            audit.record(caller, "SipotDescriptor", id, "integration.descriptor.save", null, kind + " " + t.formatId(),
                    "desde " + effectiveFrom);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private static int run(Work w) {
        try {
            return w.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
