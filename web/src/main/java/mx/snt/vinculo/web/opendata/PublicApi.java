package mx.snt.vinculo.web.opendata;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.opendata.DataRecord;
import mx.snt.vinculo.opendata.Dataset;
import mx.snt.vinculo.opendata.OpenData;
import mx.snt.vinculo.web.api.InvalidInput;
import mx.snt.vinculo.web.security.OidcSettings;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The public, read-only API: {@code GET /api/v1/public/<dataset>?first=&size=&commission=} — the open datasets
 * one page at a time, anonymous (web.xml leaves {@code /api/v1/public/*} open; a bearer token changes nothing:
 * the data are the public's), and its OpenAPI document ({@link OpenApiDocument}). Unlike the members' API, which
 * clamps paging, parameters out of range are refused (400 problem+json naming the parameter), as the public
 * site's rules ask: a client learns its mistake instead of receiving something else.
 */
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicApi {

    static final int MAX_FIRST = 10_000_000;

    @EJB
    private OpenData data;

    @Inject
    private OidcSettings settings;

    @GET
    @Path("{dataset:[a-z]+}")
    public Response page(@PathParam("dataset") String slug, @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("size") @DefaultValue("25") int size, @QueryParam("commission") String commission) {
        Dataset dataset = Dataset.bySlug(slug);
        if (dataset == null) {
            throw new NotFoundException();
        }
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInput(InvalidInput.Source.PARAMETER, "first");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInput(InvalidInput.Source.PARAMETER, "size");
        }
        Long workspace;
        try {
            workspace = PublicRequests.commission(data, commission);
        } catch (PublicRequests.BadParameter e) {
            throw new InvalidInput(InvalidInput.Source.PARAMETER, "commission");
        }
        Page<DataRecord> page = data.page(dataset, workspace, first, size);
        String base = settings.getBaseUrl();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.items().forEach(r -> items.add(DataValues.object(dataset, r, base)));
        String self = base + "/api/v1/public/" + slug + "?first=" + first + "&size=" + size
                + (commission == null || commission.isBlank() ? "" : "&commission=" + commission.strip());
        JsonObjectBuilder links = JSON.createObjectBuilder().add("self", self);
        if (first + size < page.total()) {
            links.add("next", self.replace("?first=" + first + "&", "?first=" + (first + size) + "&"));
        }
        JsonObject body = JSON.createObjectBuilder().add("dataset", slug).add("total", page.total()).add("first", page.first())
                .add("size", page.size()).add("items", items).add("links", links).build();
        return Response.ok(body.toString()).cacheControl(publicCache()).build();
    }

    @GET
    @Path("openapi.json")
    public Response openApiJson() {
        return Response.ok(OpenApiDocument.build(settings.getBaseUrl()).toString()).cacheControl(publicCache()).build();
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response openApiYaml() {
        return Response.ok(Yaml.of(OpenApiDocument.build(settings.getBaseUrl()))).type("application/yaml;charset=UTF-8")
                .cacheControl(publicCache()).build();
    }

    private static CacheControl publicCache() {
        CacheControl c = new CacheControl();
        c.setMaxAge(300);
        c.setPrivate(false);
        // Said outright, as the pages say it: a shared cache (proxy, CDN) may keep it (JAX-RS has no setter for it).
        c.getCacheExtension().put("public", null);
        return c;
    }
}
