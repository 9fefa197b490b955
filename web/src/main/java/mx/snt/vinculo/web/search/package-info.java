/**
 * The pages of the hub's one search: the results page ({@code /buscar/index.xhtml}, a GET form so the address
 * keeps the query; results grouped by kind, facets as filter links with counts, highlighted words) and the search
 * box of the header. The search itself is {@code mx.snt.vinculo.search.SiteSearch}.
 */
package mx.snt.vinculo.web.search;
