package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.MemberSummary;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.directory.WorkspaceType;

/** The network directory: the network, its units (bodies, commissions, regions) and its people. */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @EJB
    private DirectoryService directory;

    @GET
    @Path("network")
    public WorkspaceSummary network() {
        return directory.network();
    }

    @GET
    @Path("units")
    public Page<WorkspaceSummary> units(@QueryParam("q") String q, @QueryParam("type") String type,
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("size") @DefaultValue("25") int size) {
        return directory.searchWorkspaces(q, parseType(type), first, size);
    }

    @GET
    @Path("units/{id:[0-9]+}")
    public WorkspaceSummary unit(@PathParam("id") long id) {
        return directory.workspace(id);
    }

    @GET
    @Path("members")
    public Page<MemberSummary> members(@QueryParam("q") String q,
                                       @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("25") int size) {
        return directory.searchMembers(q, null, first, size);
    }

    private static WorkspaceType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return WorkspaceType.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("directory.type.invalid", type);
        }
    }
}
