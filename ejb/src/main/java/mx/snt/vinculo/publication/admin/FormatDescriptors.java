package mx.snt.vinculo.publication.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.publication.Descriptors;
import mx.snt.vinculo.publication.FormatDescriptor;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.publication.SipotField;
import mx.snt.vinculo.publication.SipotSubTable;
import mx.snt.vinculo.publication.SipotTemplate;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The format descriptors on the console: which SIPOT template each kind of output fills from
 * which date, and how each field is sourced. Reading an uploaded template, saving a version,
 * downloading a version's template. Admin only.
 */
@Stateless
public class FormatDescriptors {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private FileStore files;

    @Inject
    private Clock clock;

    public List<DescriptorRow> descriptors() {
        callers.require(Role.ADMIN);
        try (Connection c = dataSource.getConnection()) {
            return new Descriptors(clock).all(c).stream()
                    .map(d -> new DescriptorRow(d.id(), d.outputKind(), d.formatId(), d.effectiveFrom(),
                            d.templateFileId() == null, d.sources()))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template of a descriptor: the uploaded one, or the built-in format's. */
    public byte[] template(long id) {
        callers.require(Role.ADMIN);
        try (Connection c = dataSource.getConnection()) {
            Descriptors descriptors = new Descriptors(clock);
            FormatDescriptor d = descriptors.all(c).stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(NotFoundException::new);
            return descriptors.template(c, d);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an uploaded template: what the admin maps. Refused (422) when it is not a SIPOT template. */
    public TemplateFields readTemplate(byte[] xls) {
        callers.require(Role.ADMIN);
        SipotTemplate t = SipotTemplate.read(xls);
        // Sub-table fields are mapped like the others, keyed <table>/<sub-field>.
        List<TemplateFields.Field> fields = new ArrayList<>();
        for (SipotField f : t.fields()) {
            fields.add(new TemplateFields.Field(f.idCampo(), f.typeId(), f.label(), f.catalog()));
            SipotSubTable sub = f.typeId() == SipotField.TABLE ? t.subTable(f.idCampo()) : null;
            if (sub != null) {
                for (SipotField sf : sub.fields()) {
                    fields.add(new TemplateFields.Field(sub.idCampo() + "/" + sf.idCampo(), sf.typeId(),
                            f.label() + " › " + sf.label(), sf.catalog()));
                }
            }
        }
        return new TemplateFields(t.formatId(), t.name(), List.copyOf(fields),
                t.subTables().stream().map(SipotSubTable::idCampo).toList());
    }

    /**
     * Saves a descriptor version: the uploaded template (stored), the kind of output, the date
     * it takes effect and each field's source. Every source must name a field of the template
     * and be a known form; constants for catalog fields must be among the options.
     */
    public long save(String kind, LocalDate effectiveFrom, String fileName, byte[] xls, Map<String, String> sources) {
        Caller caller = callers.require(Role.ADMIN);
        if (kind == null || !PntRecords.KINDS.contains(kind)) {
            throw new ValidationException("integration.descriptor.kind");
        }
        if (effectiveFrom == null) {
            throw new ValidationException("integration.descriptor.date");
        }
        SipotTemplate t = SipotTemplate.read(xls);
        Map<String, String> clean = FormatDescriptor.clean(t, sources);
        if (clean.isEmpty()) {
            throw new ValidationException("integration.descriptor.empty");
        }
        FileRef stored = files.store(fileName == null ? t.formatId() + ".xls" : fileName, xls, caller.username());
        try (Connection c = dataSource.getConnection()) {
            long id = new Descriptors(clock).save(c, kind, t.formatId(), effectiveFrom, stored.id(), clean, caller.username());
            audit.record(caller, "SipotDescriptor", id, "integration.descriptor.save", null, kind + " " + t.formatId(),
                    "desde " + effectiveFrom);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
