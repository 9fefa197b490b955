package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.documents.DocumentService;
import mx.snt.vinculo.documents.DocumentView;
import mx.snt.vinculo.visibility.Visibility;

/** Documents: read one (404 when the caller may not see it), create one, change its visibility. */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    /** What a client sends to create a document. */
    public record NewDocument(Long workspaceId, String title, String body, Visibility visibility) {
    }

    /** What a client sends to change visibility; version guards against lost updates. */
    public record VisibilityChange(Visibility visibility, Long version) {
    }

    @EJB
    private DocumentService documents;

    @GET
    @Path("{id:[0-9]+}")
    public DocumentView one(@PathParam("id") long id) {
        return documents.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewDocument body, @Context UriInfo uri) {
        if (body == null || body.workspaceId() == null) {
            throw new ValidationException("document.workspace.required");
        }
        DocumentView d = documents.create(body.workspaceId(), body.title(), body.body(), body.visibility());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    @PATCH
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView change(@PathParam("id") long id, VisibilityChange body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return documents.changeVisibility(id, body.version(), body.visibility());
    }
}
