/**
 * The public's data on the web: the open-data downloads ({@code OpenDataServlet}, CSV with a BOM and JSON,
 * streamed in batches), the Atom feeds and the public calendar ({@code FeedServlet}, {@code AtomWriter}), the
 * fields page {@code /datos} ({@code DataPage}) and the public REST API ({@code PublicApi}) with its OpenAPI
 * document ({@code OpenApiDocument}).
 * <p>
 * <b>Why the OpenAPI document is not Payara's {@code /openapi}.</b> MicroProfile OpenAPI in Payara publishes one
 * document per application, at {@code /openapi} on the root context, scanning every JAX-RS resource of the
 * application; the launcher turns it off in the domain ({@code set-openapi-configuration --enabled=false})
 * because the members' and admins' endpoints would be described to anyone. Turning it back on for the public
 * part would rely on scan filters and an {@code OASFilter} to hide the rest — one forgotten exclusion and an
 * internal endpoint is published. Instead, {@code OpenApiDocument} builds the document from the very
 * {@code Dataset} definitions the API serves (the same fields, types, descriptions and examples as the
 * downloads and {@code /datos}), so it contains the public paths and nothing else by construction, and it is
 * served by the public API itself at {@code /api/v1/public/openapi.json} and {@code openapi.yaml}.
 */
package mx.snt.vinculo.web.opendata;
