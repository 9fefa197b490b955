package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.search.SearchHits;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchRequest;
import mx.snt.vinculo.search.SiteSearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's search, on the hub's one search ({@link SiteSearch}, Lucene with Spanish analysis) restricted to
 * library entries: the caller's visibility is inside the query, facet counts (topic, type, body, year) cover the
 * whole result, and the rows come from the database in the order the index ranked them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LibrarySearch {

    /** At most this many bodies and years are offered as facets. */
    static final int MAX_FACET_VALUES = 40;

    @EJB
    private SiteSearch search;
    @EJB
    private LibraryAssembler assembler;

    /** One page of results the caller may see, and the facets of the whole result. */
    public SearchResult search(SearchQuery query, int first, int size) {
        SearchQuery q = query == null ? SearchQuery.all() : query;
        int f = Page.clampFirst(first);
        int s = Page.clampSize(size);
        SearchHits hits = search.search(new SearchRequest(q.text(), SearchKind.LIBRARY, q.bodyId(),
                q.topic() == null ? null : q.topic().name(), q.year(), null, q.type() == null ? null : q.type().name(),
                sort(q.sort()), f, s));
        Map<Long, Long> scores = new LinkedHashMap<>();
        hits.hits().forEach(h -> scores.put(h.id(), (long) Math.round(h.score() * 100)));
        Page<EntryRow> page = new Page<>(assembler.rows(List.copyOf(scores.keySet()), scores), hits.total(), f, s);
        return new SearchResult(page, facets(hits, SearchHits.TOPIC), facets(hits, SearchHits.TYPE),
                facets(hits, SearchHits.WORKSPACE), facets(hits, SearchHits.YEAR),
                hits.notice() == SearchHits.Notice.ONLY_STOP_WORDS, hits.didYouMean());
    }

    private static SearchRequest.Sort sort(SearchQuery.Sort sort) {
        return sort == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.valueOf(sort.name());
    }

    private static List<SearchResult.Facet> facets(SearchHits hits, String dim) {
        return hits.facet(dim).stream().limit(MAX_FACET_VALUES)
                .map(f -> new SearchResult.Facet(f.value(), f.label(), f.count())).toList();
    }
}
