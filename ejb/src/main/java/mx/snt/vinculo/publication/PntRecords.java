package mx.snt.vinculo.publication;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.delivery.EventHandler;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * Outbox handler: a published output becomes (or updates) its SIPOT record, keyed by body,
 * format, period, kind and id — Alta the first time, Cambio when its content changed (same
 * content: nothing), Baja when it stops being public; but only once SIPOT holds the record
 * ({@link SipotLoad}): before its Alta is loaded a change stays in the pending Alta and a
 * withdrawal takes it out of it. The web-service state of the record goes back to PENDING
 * whenever there is something to send.
 */
public class PntRecords implements EventHandler {


    /** Kinds of output that go to the PNT (documents: the public documents that exist today). */
    public static final Set<String> KINDS = Set.of("ACUERDO", "ACTA", "AGREEMENT", "LIBRARY_ENTRY", "DOCUMENT");

    private final Descriptors descriptors;
    private final String baseUrl;
    private final Clock clock;

    /** The descriptors read at the start of the dispatcher's batch, for the events of that batch (same connection). */
    private record Batch(Connection tx, java.util.List<FormatDescriptor> descriptors) {
    }

    private final ThreadLocal<Batch> batch = new ThreadLocal<>();

    public PntRecords(Descriptors descriptors, String baseUrl, Clock clock) {
        this.descriptors = descriptors;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** Reads the format descriptors once for the batch: one query instead of one per event. */
    @Override
    public void beginBatch(Connection c) throws SQLException {
        batch.set(new Batch(c, descriptors.all(c)));
    }

    /** The descriptor in force for a kind on a date, as {@link Descriptors#inForce} answers, from the batch's copy when there is one. */
    private FormatDescriptor inForce(Connection c, String kind, LocalDate date) throws SQLException {
        Batch b = batch.get();
        if (b == null || b.tx() != c) {
            return descriptors.inForce(c, kind, date);
        }
        FormatDescriptor best = null;
        for (FormatDescriptor d : b.descriptors()) {
            if (d.outputKind().equals(kind) && !d.effectiveFrom().isAfter(date)
                    && (best == null || d.effectiveFrom().isAfter(best.effectiveFrom()))) {
                best = d;
            }
        }
        return best;
    }

    @Override
    public void handle(Connection c, Event e) throws Exception {
        String kind = e.payload().getString("kind", "");
        if (!KINDS.contains(kind)) {
            return;
        }
        long outputId = e.payload().containsKey("id") ? e.payload().getJsonNumber("id").longValue() : e.aggregateId();
        boolean published = e.eventType().endsWith(".published")
                && "PUBLIC".equals(e.payload().getString("visibility", "PUBLIC"));
        if (!published) {
            if (e.eventType().endsWith(".unpublished")) {
                unpublish(c, kind, outputId);
            }
            return;
        }
        LocalDate today = MexicoCity.today(clock);
        LocalDate date = SipotMapper.outputDate(e.payload(), today);
        FormatDescriptor d = inForce(c, kind, date);
        if (d == null) {
            return;  // no format for this kind: nothing to deliver
        }
        SipotTemplate template = descriptors.parsedTemplate(c, d);
        Map<String, String> values = SipotMapper.map(template, d, e.payload(), baseUrl, today);
        // "today" must not make an unchanged output look changed: the update date is left out of the hash.
        Map<String, String> hashed = new LinkedHashMap<>(values);
        for (SipotField f : template.fields()) {
            if ("today".equals(d.sources().get(f.idCampo()))) {
                hashed.remove(f.idCampo());
            }
        }
        String hash = SipotMapper.hash(hashed);
        long body = bodyOf(e);
        SipotPeriod period = SipotPeriod.of(date);
        String key = body + "|" + d.formatId() + "|" + period.key() + "|" + kind + "|" + outputId;
        String title = e.payload().getString("title", kind + " " + outputId);
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash, public_now, id_registro, load_type, file_pending,"
                + " alta_loaded FROM pnt_record WHERE record_key = ? FOR UPDATE")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    insert(c, key, body, d.formatId(), period.key(), kind, outputId, title, values, hash, now);
                    return;
                }
                if (hash.equals(rs.getString(1)) && rs.getBoolean(2)) {
                    return;  // same content, still public: nothing to do
                }
                SipotLoad next = new SipotLoad(rs.getString(4), rs.getBoolean(5), rs.getBoolean(6))
                        .published(rs.getString(3) != null);
                try (PreparedStatement up = c.prepareStatement("UPDATE pnt_record SET title = ?, campos = ?, content_hash = ?,"
                        + " load_type = ?, file_pending = ?, public_now = TRUE, ws_state = 'PENDING', ws_attempts = 0, ws_next_at = ?,"
                        + " ws_last_error = NULL, updated_at = ? WHERE record_key = ?")) {
                    up.setString(1, cut(title));
                    up.setString(2, json(values));
                    up.setString(3, hash);
                    up.setString(4, next.loadType());
                    up.setBoolean(5, next.pending());
                    up.setTimestamp(6, now);
                    up.setTimestamp(7, now);
                    up.setString(8, key);
                    up.executeUpdate();
                }
            }
        }
    }

    private void insert(Connection c, String key, long body, String formatId, String period, String kind, long outputId,
                        String title, Map<String, String> values, String hash, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pnt_record (record_key, body_id, format_id, period_key,"
                + " output_kind, output_id, title, campos, content_hash, load_type, public_now, ws_state, ws_attempts,"
                + " ws_next_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ALTA', TRUE, 'PENDING', 0, ?, ?)")) {
            ps.setString(1, key);
            ps.setLong(2, body);
            ps.setString(3, formatId);
            ps.setString(4, period);
            ps.setString(5, kind);
            ps.setLong(6, outputId);
            ps.setString(7, cut(title));
            ps.setString(8, json(values));
            ps.setString(9, hash);
            ps.setTimestamp(10, now);
            ps.setTimestamp(11, now);
            ps.executeUpdate();
        }
    }

    /** Each public record of the output: a Baja if SIPOT holds it, else out of the pending Alta (see {@link SipotLoad}). */
    private void unpublish(Connection c, String kind, long outputId) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        Map<Long, SipotLoad> withdrawn = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, load_type, file_pending, alta_loaded, id_registro FROM pnt_record"
                + " WHERE output_kind = ? AND output_id = ? AND public_now = TRUE ORDER BY id FOR UPDATE")) {
            ps.setString(1, kind);
            ps.setLong(2, outputId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    withdrawn.put(rs.getLong(1), new SipotLoad(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))
                            .withdrawn(rs.getString(5) != null));
                }
            }
        }
        for (Map.Entry<Long, SipotLoad> w : withdrawn.entrySet()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_record SET load_type = ?, file_pending = ?, public_now = FALSE,"
                    + " ws_state = 'PENDING', ws_attempts = 0, ws_next_at = ?, ws_last_error = NULL, updated_at = ? WHERE id = ?")) {
                ps.setString(1, w.getValue().loadType());
                ps.setBoolean(2, w.getValue().pending());
                ps.setTimestamp(3, now);
                ps.setTimestamp(4, now);
                ps.setLong(5, w.getKey());
                ps.executeUpdate();
            }
        }
    }

    /** The reporting body: pnt.bodyId when the output says so, else its workspace. */
    private static long bodyOf(Event e) {
        JsonValue pnt = e.payload().get("pnt");
        if (pnt != null && pnt.getValueType() == JsonValue.ValueType.OBJECT && pnt.asJsonObject().containsKey("bodyId")) {
            return pnt.asJsonObject().getJsonNumber("bodyId").longValue();
        }
        if (e.workspaceId() != null) {
            return e.workspaceId();
        }
        return e.payload().getJsonNumber("workspaceId").longValue();
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    static String json(Map<String, String> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        values.forEach(b::add);
        return b.build().toString();
    }

    static Map<String, String> values(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        o.forEach((k, v) -> out.put(k, SipotMapper.text(v)));
        return out;
    }
}
