package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.library.EntryInput;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.EntryDetail;
import mx.snt.vinculo.library.LibraryAdoptions;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.library.LibrarySearch;
import mx.snt.vinculo.library.SearchQuery;
import mx.snt.vinculo.library.SearchResult;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.visibility.Visibility;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

/** The library: search with facets, entries, their files and adoptions. */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    /** An entry as a client sends it; version only when editing. */
    public record Entry(Long workspaceId, String title, String authors, Integer year, EntryType type, Set<Topic> topics,
                        String keywords, String summary, String language, String licence, String links,
                        Visibility visibility, Long version) {
        EntryInput input() {
            return new EntryInput(title, authors, year, type, topics, keywords, summary, language, licence, links, visibility);
        }
    }

    /** A file: its name and its bytes in base64. */
    public record NewFile(String name, String content) {
    }

    /** An adoption: the date, a note, optional evidence (name and base64 bytes). */
    public record NewAdoption(LocalDate adoptedOn, String note, String evidenceName, String evidence) {
    }

    @EJB
    private LibraryCatalogue library;
    @EJB
    private LibrarySearch search;
    @EJB
    private LibraryAdoptions adoptions;

    @GET
    public SearchResult search(@QueryParam("q") String q, @QueryParam("topic") Topic topic, @QueryParam("type") EntryType type,
                               @QueryParam("body") Long body, @QueryParam("year") Integer year,
                               @QueryParam("sort") @DefaultValue("RELEVANCE") SearchQuery.Sort sort,
                               @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("25") int size) {
        return search.search(new SearchQuery(q, topic, type, body, year, sort), first, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Entry body, @Context UriInfo uri) {
        if (body == null || body.workspaceId() == null) {
            throw new ValidationException("library.workspace.required");
        }
        EntryDetail e = library.create(body.workspaceId(), body.input());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(e.id())).build()).entity(e).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public EntryDetail one(@PathParam("id") long id) {
        return library.get(id);
    }

    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDetail update(@PathParam("id") long id, Entry body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return library.update(id, body.version(), body.input());
    }

    @POST
    @Path("{id:[0-9]+}/files")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDetail attach(@PathParam("id") long id, NewFile file) {
        if (file == null || file.content() == null) {
            throw new ValidationException("file.empty");
        }
        return library.attach(id, file.name(), Base64.getDecoder().decode(file.content()));
    }

    @POST
    @Path("{id:[0-9]+}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryDetail adopt(@PathParam("id") long id, NewAdoption a) {
        if (a == null) {
            throw new ValidationException("library.adoption.date.required");
        }
        byte[] evidence = a.evidence() == null || a.evidence().isEmpty() ? null : Base64.getDecoder().decode(a.evidence());
        return adoptions.adopt(id, a.adoptedOn(), a.note(), a.evidenceName(), evidence);
    }
}
