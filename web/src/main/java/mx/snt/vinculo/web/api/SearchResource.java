package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.search.IndexFeeder;
import mx.snt.vinculo.search.SearchEngine;
import mx.snt.vinculo.search.SearchHits;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchRequest;
import mx.snt.vinculo.search.SiteSearch;

import java.util.List;

/**
 * The hub's one search: what the caller may see, with facets (kind, workspace, topic, year, state, type);
 * prefix suggestions; and, for admins, this instance's index and a rebuild on every instance.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @EJB
    private SiteSearch search;

    @GET
    public SearchHits search(@QueryParam("q") String q, @QueryParam("kind") SearchKind kind,
                             @QueryParam("workspace") Long workspace, @QueryParam("topic") Topic topic,
                             @QueryParam("year") Integer year, @QueryParam("state") String state,
                             @QueryParam("sort") @DefaultValue("RELEVANCE") SearchRequest.Sort sort,
                             @QueryParam("first") @DefaultValue("0") int first,
                             @QueryParam("size") @DefaultValue("20") int size) {
        return search.search(new SearchRequest(q, kind, workspace, topic == null ? null : topic.name(), year,
                state == null || state.isBlank() ? null : state.strip(), null, sort, first, size));
    }

    @GET
    @Path("suggest")
    public List<SearchEngine.Suggestion> suggest(@QueryParam("q") String q) {
        return search.suggest(q);
    }

    @GET
    @Path("index")
    public IndexFeeder.Progress index() {
        return search.status();
    }

    @POST
    @Path("index/rebuild")
    public Response rebuild() {
        search.rebuild();
        return Response.accepted().build();
    }
}
