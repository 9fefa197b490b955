package mx.snt.vinculo.publication.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import java.util.List;

/** The SIPOT export files on the console: the list, one file's bytes, and an export now. Admin only. */
@Stateless
public class ExportFiles {

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB(lookup = IntegrationRuns.LOOKUP)
    private IntegrationRuns runs;

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
}
