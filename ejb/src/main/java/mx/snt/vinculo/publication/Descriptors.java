package mx.snt.vinculo.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Format descriptors as data (table sipot_descriptor): the one in force for a kind of output
 * on a date, and its template (an uploaded stored_file, or the built-in one), parsed once.
 */
public class Descriptors {

    private final Map<Long, byte[]> templates = new ConcurrentHashMap<>();
    /** Parsed templates by file (or built-in format): reading a workbook costs milliseconds, an outbox event must not pay it. */
    private final Map<String, SipotTemplate> parsed = new ConcurrentHashMap<>();
    private final Clock clock;  // when a version is saved

    public Descriptors(Clock clock) {
        this.clock = clock;
    }

    public FormatDescriptor inForce(Connection c, String kind, LocalDate on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, output_kind, format_id, effective_from, template_file_id, sources"
                + " FROM sipot_descriptor WHERE output_kind = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1")) {
            ps.setString(1, kind);
            ps.setObject(2, on);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? descriptor(rs) : null;
            }
        }
    }

    public List<FormatDescriptor> all(Connection c) throws SQLException {
        List<FormatDescriptor> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, output_kind, format_id, effective_from, template_file_id, sources"
                + " FROM sipot_descriptor ORDER BY output_kind, effective_from DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(descriptor(rs));
            }
        }
        return out;
    }

    /**
     * The template version of a format that applies to a period: the newest descriptor of the
     * format in force at the period's end, else (a period before any of them) the oldest.
     */
    public FormatDescriptor ofFormatFor(Connection c, String formatId, SipotPeriod period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, output_kind, format_id, effective_from, template_file_id, sources"
                + " FROM sipot_descriptor WHERE format_id = ? ORDER BY CASE WHEN effective_from <= ? THEN 0 ELSE 1 END,"
                + " CASE WHEN effective_from <= ? THEN effective_from END DESC, effective_from, id DESC LIMIT 1")) {
            ps.setString(1, formatId);
            ps.setObject(2, period.end());
            ps.setObject(3, period.end());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? descriptor(rs) : null;
            }
        }
    }

    public byte[] template(Connection c, FormatDescriptor d) throws SQLException {
        long key = d.templateFileId() == null ? -1 : d.templateFileId();
        byte[] cached = templates.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] bytes;
        if (d.templateFileId() == null && BuiltInFormats.has(d.formatId())) {
            return BuiltInFormats.template(d.formatId());
        }
        if (d.templateFileId() == null) {
            try (InputStream in = Descriptors.class.getResourceAsStream(FormatDescriptor.BUILT_IN_TEMPLATE)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM stored_file WHERE id = ?")) {
                ps.setLong(1, d.templateFileId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("plantilla " + d.templateFileId() + " no existe");
                    }
                    bytes = rs.getBytes(1);
                }
            }
        }
        templates.put(key, bytes);
        return bytes;
    }

    /**
     * The template of a descriptor as {@link SipotTemplate#read(byte[])} reads it, parsed once per
     * stored file (an uploaded template is never changed in place: a new upload is a new file).
     */
    public SipotTemplate parsedTemplate(Connection c, FormatDescriptor d) throws SQLException {
        String key = d.templateFileId() == null ? "built-in:" + d.formatId() : "file:" + d.templateFileId();
        SipotTemplate cached = parsed.get(key);
        if (cached != null) {
            return cached;
        }
        SipotTemplate t = SipotTemplate.read(template(c, d));
        parsed.put(key, t);
        return t;
    }

    /** Saves a descriptor (a new version when the date differs); its id. */
    public long save(Connection c, String kind, String formatId, LocalDate effectiveFrom, Long templateFileId,
                     Map<String, String> sources, String username) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sipot_descriptor WHERE output_kind = ? AND effective_from = ?")) {
            del.setString(1, kind);
            del.setObject(2, effectiveFrom);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sipot_descriptor (output_kind, format_id, effective_from,"
                + " template_file_id, sources, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
            ps.setString(1, kind);
            ps.setString(2, formatId);
            ps.setObject(3, effectiveFrom);
            ps.setObject(4, templateFileId);
            ps.setString(5, FormatDescriptor.sourcesJson(sources));
            ps.setString(6, username);
            ps.setTimestamp(7, Timestamp.from(clock.instant()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static FormatDescriptor descriptor(ResultSet rs) throws SQLException {
        long file = rs.getLong(5);
        Long fileId = rs.wasNull() ? null : file;
        return new FormatDescriptor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                fileId, FormatDescriptor.parseSources(rs.getString(6)));
    }
}
