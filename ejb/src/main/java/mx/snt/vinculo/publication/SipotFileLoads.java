package mx.snt.vinculo.publication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * An admin loaded an export file into SIPOT by hand: the file is marked (when, by whom) and
 * kept as it was, and each record it carries takes what SIPOT holds now from it
 * ({@link SipotLoad#loaded}). Works on the caller's connection and transaction (the console's
 * container transaction, with its audit event), locking the file, then its records.
 */
public final class SipotFileLoads {

    /** What a mark did: the file is unknown, was loaded already (when, by whom), or is marked now. */
    public sealed interface Outcome permits Unknown, AlreadyLoaded, Marked {
    }

    public record Unknown() implements Outcome {
    }

    public record AlreadyLoaded(String fileName, Instant loadedAt, String loadedBy) implements Outcome {
    }

    public record Marked(String fileName, String loadType, int records) implements Outcome {
    }

    private SipotFileLoads() {
    }

    /** Marks file {@code fileId} loaded into SIPOT at {@code at} by member {@code memberId} (may be null), named {@code name}. */
    public static Outcome markLoaded(Connection c, long fileId, Long memberId, String name, Instant at) throws SQLException {
        String fileName, loadType;
        try (PreparedStatement ps = c.prepareStatement("SELECT file_name, load_type, loaded_at, loaded_by_name FROM pnt_export_file"
                + " WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Unknown();
                }
                if (rs.getTimestamp(3) != null) {
                    return new AlreadyLoaded(rs.getString(1), rs.getTimestamp(3).toInstant(), rs.getString(4));
                }
                fileName = rs.getString(1);
                loadType = rs.getString(2);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE pnt_export_file SET loaded_at = ?, loaded_by = ?, loaded_by_name = ?"
                + " WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, memberId);
            ps.setString(3, name.length() > 300 ? name.substring(0, 300) : name);
            ps.setLong(4, fileId);
            ps.executeUpdate();
        }
        java.util.Map<Long, String> carried = new java.util.HashMap<>();  // record id -> the content the file carries
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, content_hash FROM pnt_export_line WHERE file_id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    carried.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, load_type, file_pending, alta_loaded, public_now, content_hash,"
                + " id_registro FROM pnt_record WHERE id IN (SELECT record_id FROM pnt_export_line WHERE file_id = ?)"
                + " ORDER BY id FOR UPDATE");
             PreparedStatement up = c.prepareStatement("UPDATE pnt_record SET load_type = ?, file_pending = ?, alta_loaded = ?"
                     + " WHERE id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SipotLoad next = new SipotLoad(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4))
                            .loaded(loadType, carried.get(rs.getLong(1)), rs.getBoolean(5), rs.getString(6), rs.getString(7) != null);
                    up.setString(1, next.loadType());
                    up.setBoolean(2, next.pending());
                    up.setBoolean(3, next.altaLoaded());
                    up.setLong(4, rs.getLong(1));
                    up.addBatch();
                }
            }
            up.executeBatch();
        }
        return new Marked(fileName, loadType, carried.size());
    }
}
