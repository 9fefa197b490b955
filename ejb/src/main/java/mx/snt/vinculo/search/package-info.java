/**
 * One search across the hub, on Apache Lucene with Spanish analysis ({@link mx.snt.vinculo.search.SpanishAnalysis}:
 * lower case, accents folded, Spanish stop words, light stemming, the field's synonyms from {@code sinonimos.txt}).
 * The index is derived data on each instance's disk ({@link mx.snt.vinculo.search.SearchEngine}), built from the
 * database when missing and kept current from the {@code search_change} log that every audited save writes in its
 * own transaction ({@link mx.snt.vinculo.search.SearchChanges}); each instance polls it every second
 * ({@link mx.snt.vinculo.search.IndexFeeder}) and keeps the last change it applied in the index's commit data.
 * Features plug their items in by implementing {@link mx.snt.vinculo.search.SearchSource}; this package knows no
 * feature. The caller's visibility is a filter inside the Lucene query (reader keys from
 * {@link mx.snt.vinculo.visibility.VisibilityRule}), so results, counts, facets and suggestions cover only what the
 * caller may see.
 */
package mx.snt.vinculo.search;
