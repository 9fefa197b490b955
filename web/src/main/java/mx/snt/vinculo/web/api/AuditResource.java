package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.snt.vinculo.audit.AuditEntry;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.Page;

/**
 * The audit trail for admins, as the Bitácora page shows it: events of items the caller may not
 * see keep the action, time and actor, without detail or item ({@code restricted}).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditTrail audit;

    @GET
    public Page<AuditEntry> page(@QueryParam("entityType") String entityType, @QueryParam("entityId") Long entityId,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("25") int size) {
        return audit.page(entityType, entityId, first, size);
    }
}
