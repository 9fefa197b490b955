package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.workspaces.WorkspaceService;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/** Who the token says I am, as the directory records me. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private Callers callers;

    @EJB
    private WorkspaceService workspaces;

    @GET
    public JsonObject me() {
        Caller c = callers.current();
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        c.roles().stream().map(Role::realmName).sorted().forEach(roles::add);
        JsonArrayBuilder ws = JSON.createArrayBuilder();
        for (WorkspaceSummary w : workspaces.mine()) {
            ws.add(JSON.createObjectBuilder().add("id", w.id()).add("type", w.type().name()).add("code", w.code())
                    .add("acronym", w.acronym()).add("name", w.name()));
        }
        return JSON.createObjectBuilder()
                .add("username", c.username())
                .add("roles", roles)
                .add("workspaces", ws)
                .build();
    }
}
