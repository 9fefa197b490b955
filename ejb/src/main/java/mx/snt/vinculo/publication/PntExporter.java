package mx.snt.vinculo.publication;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the records into the official template: one .xls per body, format, year, period and
 * load type ({@code <BODY>_<format>_<year>_T<q>_<Alta|Cambio|Baja>.xls}: the records published
 * for the first time, those that changed since, and those that stopped being public), kept in
 * the database (table pnt_export_file: every instance lists and serves the same files) and, when
 * an export folder is configured, also written there (aside, then moved into place: no reader
 * sees half a file).
 *
 * <p>A file an admin marked as loaded into SIPOT ({@link SipotFileLoads}) is kept as it was
 * loaded and never written again; what comes after it goes to the next file of its kind,
 * numbered ({@code …_Alta_2.xls}). The files not loaded yet are pending: every run writes them
 * again from what waits now ({@link SipotLoad}), so a record withdrawn before its Alta was loaded
 * leaves the pending Alta file (an emptied file is removed) and appears in no later file. An
 * unchanged pending file is left as it is and keeps its id, so a mark names the file the admin
 * downloaded; a file rewritten meanwhile has a new id, and a mark of the old one is refused.
 */
public class PntExporter {

    /** One generated file, for the console: loadedAt and loadedBy are null until an admin loads it into SIPOT. */
    public record ExportFile(long id, String name, long size, java.time.Instant modified, int records, String loadType,
                             java.time.Instant loadedAt, String loadedBy) implements java.io.Serializable {
    }

    private final DataSource dataSource;
    private final Descriptors descriptors;
    private final Path folder;  // optional copy on disk (null: database only)
    private final Clock clock;  // a file's generation time

    public PntExporter(DataSource dataSource, Descriptors descriptors, Path folder, Clock clock) {
        this.dataSource = dataSource;
        this.descriptors = descriptors;
        this.folder = folder;
        this.clock = clock;
    }

    /** Brings every pending file up to date; how many pending files there are now. */
    public int exportAll() throws SQLException, IOException {
        return exportAll(mx.snt.vinculo.platform.ProgressListener.NONE);
    }

    /**
     * Brings every pending file up to date, telling {@code progress} after each one (it may stop
     * the export by throwing); how many pending files there are now.
     */
    public synchronized int exportAll(mx.snt.vinculo.platform.ProgressListener progress) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            List<String[]> groups = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT r.body_id, w.code, r.format_id, r.period_key, r.load_type"
                    + " FROM pnt_record r JOIN workspace w ON w.id = r.body_id WHERE r.file_pending = TRUE"
                    + " ORDER BY w.code, r.format_id, r.period_key, r.load_type");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
            progress.progress(0, groups.size());
            if (folder != null) {
                Files.createDirectories(folder);
            }
            java.util.Set<Long> current = new java.util.HashSet<>();
            int done = 0;
            for (String[] g : groups) {
                Long id = write(c, Long.parseLong(g[0]), g[1], g[2], g[3], g[4]);
                if (id != null) {
                    current.add(id);
                }
                progress.progress(++done, groups.size());
            }
            removeStale(c, current);
            return current.size();
        }
    }

    private record Pending(long id, String name, String fingerprint) {
    }

    /**
     * Brings the pending file of one body, format, period and load type up to date; its id, or
     * null when its format has no descriptor any more or an admin marked it loaded meanwhile (the
     * next run writes what still waits).
     */
    private Long write(Connection c, long body, String bodyCode, String formatId, String periodKey, String loadType)
            throws SQLException, IOException {
        List<Long> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, content_hash, campos FROM pnt_record WHERE body_id = ?"
                + " AND format_id = ? AND period_key = ? AND load_type = ? AND file_pending = TRUE ORDER BY id")) {
            ps.setLong(1, body);
            ps.setString(2, formatId);
            ps.setString(3, periodKey);
            ps.setString(4, loadType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    hashes.add(rs.getString(2));
                    rows.add(PntRecords.values(rs.getString(3)));
                }
            }
        }
        SipotPeriod p = SipotPeriod.parse(periodKey);
        FormatDescriptor d = descriptors.ofFormatFor(c, formatId, p);
        if (d == null || ids.isEmpty()) {
            return null;
        }
        Map<String, String> what = new java.util.TreeMap<>();
        what.put("descriptor", d.id() + "/" + d.templateFileId());
        for (int i = 0; i < ids.size(); i++) {
            what.put("record " + ids.get(i), hashes.get(i));
        }
        String fingerprint = SipotMapper.hash(what);
        Pending old = null;
        int loaded = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, fingerprint, loaded_at, seq FROM pnt_export_file"
                + " WHERE body_id = ? AND format_id = ? AND period_key = ? AND load_type = ?")) {
            ps.setLong(1, body);
            ps.setString(2, formatId);
            ps.setString(3, periodKey);
            ps.setString(4, loadType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getTimestamp(4) == null) {
                        old = new Pending(rs.getLong(1), rs.getString(2), rs.getString(3));
                    } else {
                        loaded = Math.max(loaded, rs.getInt(5));
                    }
                }
            }
        }
        if (old != null && old.fingerprint().equals(fingerprint)) {
            if (folder != null && !Files.exists(folder.resolve(old.name()))) {
                copy(old.name(), read(old.name()));
            }
            return old.id();  // nothing changed: the same file, the same id
        }
        byte[] xls = SipotWorkbook.write(descriptors.template(c, d), rows);
        int seq = loaded + 1;
        String name = fileName(bodyCode, formatId, p, loadType, seq);
        long id;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (old != null) {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM pnt_export_file WHERE id = ? AND loaded_at IS NULL")) {
                    del.setLong(1, old.id());
                    if (del.executeUpdate() == 0) {
                        c.rollback();
                        return null;  // loaded into SIPOT meanwhile: kept as it is
                    }
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO pnt_export_file (file_name, body_id, format_id, period_key,"
                    + " load_type, seq, records, content, fingerprint, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                in.setString(1, name);
                in.setLong(2, body);
                in.setString(3, formatId);
                in.setString(4, periodKey);
                in.setString(5, loadType);
                in.setInt(6, seq);
                in.setInt(7, rows.size());
                in.setBytes(8, xls);
                in.setString(9, fingerprint);
                in.setTimestamp(10, Timestamp.from(clock.instant()));
                in.executeUpdate();
                try (ResultSet k = in.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            lines(c, id, ids, hashes);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        if (old != null && !old.name().equals(name) && folder != null) {
            Files.deleteIfExists(folder.resolve(old.name()));
        }
        copy(name, xls);
        return id;
    }

    /** Rows of pnt_export_line written per statement. */
    private static final int LINES_PER_STATEMENT = 500;

    /**
     * What the file carries, record by record, in multi-row INSERTs: a JDBC batch is sent one row
     * per round trip unless the driver is told to rewrite it, and a file can hold thousands.
     */
    private static void lines(Connection c, long fileId, List<Long> ids, List<String> hashes) throws SQLException {
        for (int from = 0; from < ids.size(); from += LINES_PER_STATEMENT) {
            int to = Math.min(ids.size(), from + LINES_PER_STATEMENT);
            StringBuilder sql = new StringBuilder("INSERT INTO pnt_export_line (file_id, record_id, content_hash) VALUES ");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            try (PreparedStatement line = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = from; i < to; i++) {
                    line.setLong(p++, fileId);
                    line.setLong(p++, ids.get(i));
                    line.setString(p++, hashes.get(i));
                }
                line.executeUpdate();
            }
        }
    }

    private void copy(String name, byte[] xls) throws IOException {
        if (folder != null && xls != null) {
            Path tmp = folder.resolve(name + ".tmp");
            Files.write(tmp, xls);
            Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Pending files this run did not keep (their records moved on, or their format went); loaded files stay. */
    private void removeStale(Connection c, java.util.Set<Long> current) throws SQLException, IOException {
        Map<Long, String> stale = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name FROM pnt_export_file WHERE loaded_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!current.contains(rs.getLong(1))) {
                    stale.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        for (Map.Entry<Long, String> f : stale.entrySet()) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM pnt_export_file WHERE id = ? AND loaded_at IS NULL")) {
                del.setLong(1, f.getKey());
                if (del.executeUpdate() > 0 && folder != null) {
                    Files.deleteIfExists(folder.resolve(f.getValue()));
                }
            }
        }
    }

    /** {@code <BODY>_<format>_<year>_T<q>_<Alta|Cambio|Baja>.xls}: the first file of its kind. */
    public static String fileName(String bodyCode, String formatId, SipotPeriod p, String loadType) {
        return fileName(bodyCode, formatId, p, loadType, 1);
    }

    /** The {@code seq}-th file of its kind: {@code …_Alta.xls}, then {@code …_Alta_2.xls} after the first was loaded. */
    public static String fileName(String bodyCode, String formatId, SipotPeriod p, String loadType, int seq) {
        String type = switch (loadType) {
            case "CAMBIO" -> "Cambio";
            case "BAJA" -> "Baja";
            default -> "Alta";
        };
        return bodyCode.replaceAll("[^A-Za-z0-9]", "") + "_" + formatId + "_" + p.year() + "_T" + p.quarter() + "_" + type
                + (seq > 1 ? "_" + seq : "") + ".xls";
    }

    /** The files, pending and loaded, by body, format, period, load type and number. */
    public List<ExportFile> files() throws IOException {
        try (Connection c = dataSource.getConnection()) {
            return files(c, null);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** One file as {@link #files()} lists it, read on the caller's connection (and transaction); null when unknown. */
    public static ExportFile file(Connection c, long id) throws SQLException {
        List<ExportFile> one = files(c, id);
        return one.isEmpty() ? null : one.get(0);
    }

    private static List<ExportFile> files(Connection c, Long id) throws SQLException {
        List<ExportFile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.file_name, LENGTH(f.content), f.generated_at, f.records,"
                + " f.load_type, f.loaded_at, f.loaded_by_name FROM pnt_export_file f JOIN workspace w ON w.id = f.body_id"
                + (id == null ? "" : " WHERE f.id = ?") + " ORDER BY w.code, f.format_id, f.period_key, f.load_type, f.seq")) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp loaded = rs.getTimestamp(7);
                    out.add(new ExportFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                            rs.getString(6), loaded == null ? null : loaded.toInstant(), rs.getString(8)));
                }
            }
        }
        return out;
    }

    /** The bytes of one generated file, or null. */
    public byte[] read(String name) throws IOException {
        if (name == null || name.length() > 120) {
            return null;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT content FROM pnt_export_file WHERE file_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
