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
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.MemberSummary;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.documents.DocumentService;
import mx.snt.vinculo.documents.DocumentView;
import mx.snt.vinculo.workspaces.WorkspaceOverview;
import mx.snt.vinculo.workspaces.WorkspaceService;

import java.util.List;

/** My workspaces; one workspace with its members and documents. */
@Path("workspaces")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspacesResource {

    @EJB
    private WorkspaceService workspaces;
    @EJB
    private DirectoryService directory;
    @EJB
    private DocumentService documents;

    @GET
    public List<WorkspaceSummary> mine() {
        return workspaces.mine();
    }

    @GET
    @Path("{id:[0-9]+}")
    public WorkspaceOverview one(@PathParam("id") long id) {
        return workspaces.overview(id);
    }

    @GET
    @Path("{id:[0-9]+}/members")
    public Page<MemberSummary> members(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("size") @DefaultValue("25") int size) {
        workspaces.overview(id);
        return directory.searchMembers(null, id, first, size);
    }

    @GET
    @Path("{id:[0-9]+}/documents")
    public Page<DocumentView> documents(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("size") @DefaultValue("25") int size) {
        workspaces.overview(id);
        return documents.forWorkspace(id, first, size);
    }
}
