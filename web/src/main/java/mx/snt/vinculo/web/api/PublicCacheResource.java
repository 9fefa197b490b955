package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import mx.snt.vinculo.publicsite.PublicCacheFlush;

/**
 * {@code POST /api/v1/admin/public-cache/flush}: after a correction made directly in the database, the public
 * pages every instance keeps are read afresh (204). Admin only (403 otherwise, as the other admin calls).
 */
@Path("admin/public-cache")
public class PublicCacheResource {

    @EJB
    private PublicCacheFlush flush;

    @POST
    @Path("flush")
    public void flush() {
        flush.flush();
    }
}
