package mx.snt.vinculo.publication.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.SipotFileLoads;
import mx.snt.vinculo.publication.SipotMapper;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The SIPOT export files on the console: the list, one file's bytes, an export now, and the mark
 * that an admin loaded a file into SIPOT. Admin only.
 */
@Stateless
public class ExportFiles {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB(lookup = IntegrationRuns.LOOKUP)
    private IntegrationRuns runs;

    @Inject
    private Clock clock;

    public List<PntExporter.ExportFile> files() {
        callers.require(Role.ADMIN);
        return Jdbc.run(() -> runs.exporter().files());
    }

    /** One export file's bytes, or null. */
    public byte[] file(String name) {
        callers.require(Role.ADMIN);
        return Jdbc.run(() -> runs.exporter().read(name));
    }

    /** Regenerates the files now; refused (409) while any instance runs an export. */
    public int exportNow() {
        Caller caller = callers.require(Role.ADMIN);
        int n = Jdbc.run(runs::exportPntNow);
        audit.record(caller, "Integration", 0, "integration.pnt.export", null, null, "files=" + n);
        return n;
    }

    /**
     * The admin loaded this file into SIPOT: it is marked (now, by the caller) and kept as it is, and
     * its records follow (an Alta loaded: later changes are Cambio, withdrawals Baja). In the
     * transaction of the audit event. A file marked already is refused (422, saying when and by
     * whom); one that no longer exists (unknown, or rewritten by an export since the page showed
     * it) is 404. The file as listed now.
     */
    public PntExporter.ExportFile markLoaded(long fileId) {
        Caller caller = callers.require(Role.ADMIN);
        record Done(SipotFileLoads.Outcome outcome, PntExporter.ExportFile file) {
        }
        Done done = Jdbc.run(() -> {
            try (Connection c = dataSource.getConnection()) {
                Who who = who(c, caller);
                SipotFileLoads.Outcome o = SipotFileLoads.markLoaded(c, fileId, who.memberId(), who.name(), clock.instant());
                return new Done(o, PntExporter.file(c, fileId));
            }
        });
        SipotFileLoads.Outcome outcome = done.outcome();
        if (outcome instanceof SipotFileLoads.Unknown) {
            throw new NotFoundException("integration.export.gone");
        }
        if (outcome instanceof SipotFileLoads.AlreadyLoaded a) {
            throw new ValidationException("integration.export.alreadyLoaded", a.fileName(),
                    SipotMapper.SIPOT_DATE.format(MexicoCity.dayOf(a.loadedAt())), a.loadedBy());
        }
        SipotFileLoads.Marked m = (SipotFileLoads.Marked) outcome;
        audit.record(caller, "PntExportFile", fileId, "integration.pnt.loaded", "PENDING", "LOADED",
                "file=" + m.fileName() + " records=" + m.records());
        return done.file();
    }

    /** Who marks: the caller's directory entry (by id, else by username) and name, else the username alone. */
    private record Who(Long memberId, String name) {
    }

    private static Who who(Connection c, Caller caller) throws SQLException {
        boolean byId = caller.memberId() != null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, first_name, last_name FROM member WHERE "
                + (byId ? "id = ?" : "username = ?"))) {
            if (byId) {
                ps.setLong(1, caller.memberId());
            } else {
                ps.setString(1, caller.username());
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String name = ((rs.getString(2) == null ? "" : rs.getString(2)) + " "
                            + (rs.getString(3) == null ? "" : rs.getString(3))).strip();
                    return new Who(rs.getLong(1), name.isEmpty() ? caller.username() : name);
                }
            }
        }
        return new Who(null, caller.username());
    }
}
