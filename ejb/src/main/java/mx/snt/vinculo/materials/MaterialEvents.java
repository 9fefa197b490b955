package mx.snt.vinculo.materials;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;

/**
 * What a change of a material leaves behind, in the caller's transaction: the audit event and, when it
 * concerns the public, the outbox event ({@code material.published} while PUBLIC, {@code
 * material.unpublished} when it stops being public) that the integration routes consume.
 */
@Stateless
public class MaterialEvents {

    /** The entity type of materials in the audit trail and the search's change log. */
    public static final String TYPE = "Material";

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** Audits the change and, when the public is concerned, records the outbox event (the caller's transaction). */
    public void changed(Caller caller, Material m, String action, String from, String to, Visibility before) {
        audit.record(caller, TYPE, m.getId(), action, from, to, m.getTitle(),
                AuditScope.of(m.getWorkspace().getId(), m.getVisibility()));
        if (m.getVisibility() == Visibility.PUBLIC) {
            outbox.record("material.published", TYPE, m.getId(), m.getVersion(), m.getWorkspace().getId(),
                    payload(m).add("materialKind", m.getKind().name()).add("description", m.getDescription()).build());
        } else if (before == Visibility.PUBLIC) {
            outbox.record("material.unpublished", TYPE, m.getId(), m.getVersion(), m.getWorkspace().getId(), payload(m).build());
        }
    }

    private JsonObjectBuilder payload(Material m) {
        return EventPayload.of("MATERIAL", m.getId(), m.getTitle(), PagePaths.material(m.getId()), m.getWorkspace().getId(),
                m.getVisibility(), clock.instant());
    }
}
