package mx.snt.vinculo.publication.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.publication.DeliveryState;
import mx.snt.vinculo.publication.SipotLoad;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The console's reading of SIPOT records: each record's delivery, counts, and the bodies' web-service switches. Admin only. */
@Stateless
public class DeliveryRecords {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    /** SIPOT records, newest change first; the state filter is optional. */
    public Page<PntRecordRow> records(DeliveryState state, int first, int size) {
        callers.require(Role.ADMIN);
        int from = Page.clampFirst(first);
        int max = Page.clampSize(size);
        String where = state == null ? "" : " WHERE r.ws_state = ?";
        List<PntRecordRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pnt_record r" + where)) {
                if (state != null) {
                    ps.setString(1, state.name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, w.code, r.format_id, r.period_key, r.output_kind, r.output_id,"
                    + " r.title, r.load_type, r.public_now, r.ws_state, r.ws_attempts, r.ws_last_error, r.id_registro, r.updated_at,"
                    + " r.file_pending, r.alta_loaded FROM pnt_record r JOIN workspace w ON w.id = r.body_id" + where
                    + " ORDER BY r.updated_at DESC, r.id DESC LIMIT ? OFFSET ?")) {
                int i = 1;
                if (state != null) {
                    ps.setString(i++, state.name());
                }
                ps.setInt(i++, max);
                ps.setInt(i, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new PntRecordRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                                new SipotLoad(rs.getString(8), rs.getBoolean(15), rs.getBoolean(16)).fileState(), rs.getBoolean(9),
                                DeliveryState.of(rs.getString(10)), rs.getInt(11), rs.getString(12), rs.getString(13),
                                rs.getTimestamp(14).toInstant()));
                    }
                }
            }
            return new Page<>(rows, total, from, max);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records per body, format and delivery state (one grouped query). */
    public List<DeliveryCount> counts() {
        callers.require(Role.ADMIN);
        List<DeliveryCount> out = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT w.code, r.format_id, r.ws_state, COUNT(*) FROM pnt_record r JOIN workspace w ON w.id = r.body_id"
                        + " GROUP BY w.code, r.format_id, r.ws_state ORDER BY w.code, r.format_id, r.ws_state",
                rs -> out.add(new DeliveryCount(rs.getString(1), rs.getString(2), DeliveryState.of(rs.getString(3)), rs.getLong(4))));
        return out;
    }

    /** Every active body with its web-service switch. */
    public List<BodySwitchRow> bodies() {
        callers.require(Role.ADMIN);
        List<BodySwitchRow> out = new ArrayList<>();
        Jdbc.query(dataSource, "SELECT w.id, w.code, w.acronym, s.ws_enabled, s.unit_email FROM workspace w"
                        + " LEFT JOIN pnt_body_setting s ON s.body_id = w.id WHERE w.type = 'BODY' AND w.active = TRUE ORDER BY w.code",
                rs -> out.add(new BodySwitchRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5))));
        return out;
    }
}
