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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes the public records into the official template: one .xls per body, format, year and
 * period ({@code <BODY>_<format>_<year>_T<q>.xls}) in the export folder. The file is written
 * aside and moved into place, so a reader never sees half a file.
 */
public class PntExporter {

    /** One generated file, for the console. */
    public record ExportFile(String name, long size, java.time.Instant modified) {
    }

    private final DataSource dataSource;
    private final Descriptors descriptors;
    private final Path folder;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean running;

    public PntExporter(DataSource dataSource, Descriptors descriptors, Path folder) {
        this.dataSource = dataSource;
        this.descriptors = descriptors;
        this.folder = folder;
    }

    /** Regenerates every file; how many were written. */
    public synchronized int exportAll() throws SQLException, IOException {
        running = true;
        done.set(0);
        try (Connection c = dataSource.getConnection()) {
            List<String[]> groups = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT r.body_id, w.code, r.format_id, r.period_key"
                    + " FROM pnt_record r JOIN workspace w ON w.id = r.body_id ORDER BY w.code, r.format_id, r.period_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            total.set(groups.size());
            Files.createDirectories(folder);
            for (String[] g : groups) {
                write(c, Long.parseLong(g[0]), g[1], g[2], g[3]);
                done.incrementAndGet();
            }
            return groups.size();
        } finally {
            running = false;
        }
    }

    private void write(Connection c, long body, String bodyCode, String formatId, String periodKey) throws SQLException, IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT campos FROM pnt_record WHERE body_id = ? AND format_id = ?"
                + " AND period_key = ? AND public_now = TRUE ORDER BY id")) {
            ps.setLong(1, body);
            ps.setString(2, formatId);
            ps.setString(3, periodKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(PntRecords.values(rs.getString(1)));
                }
            }
        }
        FormatDescriptor d = descriptors.latestOfFormat(c, formatId);
        if (d == null) {
            return;
        }
        byte[] xls = SipotWorkbook.write(descriptors.template(c, d), rows);
        SipotPeriod p = SipotPeriod.parse(periodKey);
        String name = fileName(bodyCode, formatId, p);
        Path tmp = folder.resolve(name + ".tmp");
        Files.write(tmp, xls);
        Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static String fileName(String bodyCode, String formatId, SipotPeriod p) {
        return bodyCode.replaceAll("[^A-Za-z0-9]", "") + "_" + formatId + "_" + p.year() + "_T" + p.quarter() + ".xls";
    }

    public List<ExportFile> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".xls")).sorted()
                    .map(f -> {
                        try {
                            return new ExportFile(f.getFileName().toString(), Files.size(f), Files.getLastModifiedTime(f).toInstant());
                        } catch (IOException e) {
                            return null;
                        }
                    }).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** The bytes of one generated file, or null (names are checked: no paths). */
    public byte[] read(String name) throws IOException {
        if (name == null || !name.matches("[A-Za-z0-9]+_[0-9A-Za-z]+_\\d{4}_T[1-4]\\.xls")) {
            return null;
        }
        Path f = folder.resolve(name);
        return Files.exists(f) ? Files.readAllBytes(f) : null;
    }

    public boolean running() {
        return running;
    }

    public int progressDone() {
        return done.get();
    }

    public int progressTotal() {
        return total.get();
    }
}
