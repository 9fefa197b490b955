package mx.snt.vinculo.search;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the change log ({@code search_change}) with plain JDBC, so tests and the container read it alike. */
public final class ChangeFeed {

    /** One row of the log. */
    public record Change(long seq, String type, long id) {
    }

    private final DataSource dataSource;

    public ChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code max} rows after {@code seq}, in order. */
    public List<Change> after(long seq, int max) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT seq, item_type, item_id FROM search_change WHERE seq > ? ORDER BY seq LIMIT " + max)) {
            ps.setLong(1, seq);
            List<Change> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading search_change", e);
        }
    }

    /** The last seq written (0 for an empty log). */
    public long last() {
        return single("SELECT COALESCE(MAX(seq), 0) FROM search_change");
    }

    /** The name of this database's log: its epoch row's seq and time, which another database does not share. */
    public String epoch() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, changed_at FROM search_change WHERE item_type = '"
                     + SearchChanges.EPOCH + "' ORDER BY seq LIMIT 1")) {
            return rs.next() ? rs.getLong(1) + "@" + rs.getTimestamp(2).toInstant() : "";
        } catch (SQLException e) {
            throw new IllegalStateException("reading search_change", e);
        }
    }

    /** Writes a row outside any application transaction (tests; the container writes through {@link SearchChanges}). */
    public void write(String type, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO search_change (item_type, item_id, changed_at) VALUES (?, ?, CURRENT_TIMESTAMP(6))")) {
            ps.setString(1, type);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing search_change", e);
        }
    }

    private long single(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading search_change", e);
        }
    }
}
