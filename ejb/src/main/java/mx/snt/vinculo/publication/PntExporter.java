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
 * the database (table
 * pnt_export_file: every instance lists and serves the same files) and, when an export folder
 * is configured, also written there (aside, then moved into place: no reader sees half a file).
 */
public class PntExporter {

    /** One generated file, for the console. */
    public record ExportFile(String name, long size, java.time.Instant modified, int records, String loadType) {
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

    /** Regenerates every file; how many were written. */
    public int exportAll() throws SQLException, IOException {
        return exportAll(mx.snt.vinculo.platform.ProgressListener.NONE);
    }

    /** Regenerates every file, telling {@code progress} after each one (it may stop the export by throwing). */
    public synchronized int exportAll(mx.snt.vinculo.platform.ProgressListener progress) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            List<String[]> groups = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT r.body_id, w.code, r.format_id, r.period_key, r.load_type"
                    + " FROM pnt_record r JOIN workspace w ON w.id = r.body_id"
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
            java.util.Set<String> written = new java.util.HashSet<>();
            int done = 0;
            for (String[] g : groups) {
                String name = write(c, Long.parseLong(g[0]), g[1], g[2], g[3], g[4]);
                if (name != null) {
                    written.add(name);
                }
                progress.progress(++done, groups.size());
            }
            removeStale(c, written);
            return written.size();
        }
    }

    /** Writes one file; its name, or null when its format has no descriptor any more. */
    private String write(Connection c, long body, String bodyCode, String formatId, String periodKey, String loadType)
            throws SQLException, IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT campos FROM pnt_record WHERE body_id = ? AND format_id = ?"
                + " AND period_key = ? AND load_type = ? ORDER BY id")) {
            ps.setLong(1, body);
            ps.setString(2, formatId);
            ps.setString(3, periodKey);
            ps.setString(4, loadType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(PntRecords.values(rs.getString(1)));
                }
            }
        }
        FormatDescriptor d = descriptors.ofFormatFor(c, formatId, SipotPeriod.parse(periodKey));
        if (d == null) {
            return null;
        }
        byte[] xls = SipotWorkbook.write(descriptors.template(c, d), rows);
        SipotPeriod p = SipotPeriod.parse(periodKey);
        String name = fileName(bodyCode, formatId, p, loadType);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM pnt_export_file WHERE file_name = ?")) {
                del.setString(1, name);
                del.executeUpdate();
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO pnt_export_file (file_name, body_id, format_id, period_key,"
                    + " records, content, generated_at, load_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                in.setString(1, name);
                in.setLong(2, body);
                in.setString(3, formatId);
                in.setString(4, periodKey);
                in.setInt(5, rows.size());
                in.setBytes(6, xls);
                in.setTimestamp(7, Timestamp.from(clock.instant()));
                in.setString(8, loadType);
                in.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        if (folder != null) {
            Path tmp = folder.resolve(name + ".tmp");
            Files.write(tmp, xls);
            Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return name;
    }

    /** Files of an earlier export that this one did not write (their records moved on, or their format went). */
    private void removeStale(Connection c, java.util.Set<String> written) throws SQLException, IOException {
        List<String> stale = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT file_name FROM pnt_export_file"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!written.contains(rs.getString(1))) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String name : stale) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM pnt_export_file WHERE file_name = ?")) {
                del.setString(1, name);
                del.executeUpdate();
            }
            if (folder != null) {
                Files.deleteIfExists(folder.resolve(name));
            }
        }
    }

    /** {@code <BODY>_<format>_<year>_T<q>_<Alta|Cambio|Baja>.xls}. */
    public static String fileName(String bodyCode, String formatId, SipotPeriod p, String loadType) {
        String type = switch (loadType) {
            case "CAMBIO" -> "Cambio";
            case "BAJA" -> "Baja";
            default -> "Alta";
        };
        return bodyCode.replaceAll("[^A-Za-z0-9]", "") + "_" + formatId + "_" + p.year() + "_T" + p.quarter() + "_" + type + ".xls";
    }

    /** The generated files, by name. */
    public List<ExportFile> files() throws IOException {
        List<ExportFile> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT file_name, LENGTH(content), generated_at, records, load_type FROM pnt_export_file ORDER BY file_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ExportFile(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IOException(e);
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
