package mx.snt.vinculo.publication.admin;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The console's small JDBC helpers: the integration tables are plain JDBC, not entities. */
final class Jdbc {

    private Jdbc() {
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run() throws Exception;
    }

    /** Reads every row of a query without parameters. */
    static void query(DataSource dataSource, String sql, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs work that may throw checked exceptions; domain (runtime) exceptions pass as they are. */
    static <T> T run(Work<T> w) {
        try {
            return w.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
