package mx.snt.vinculo.search;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.List;

/**
 * The one search of the pages and the API: the caller's reader keys go into the query, so what comes back
 * (results, counts, facets, suggestions) is only what the caller may see. Admins see the index's state and ask
 * every instance to rebuild it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SiteSearch {

    @EJB
    private Callers callers;
    @EJB
    private SearchIndex index;
    @EJB
    private SearchChanges changes;

    /** A page of results with the facets of the whole result. */
    public SearchHits search(SearchRequest request) {
        return index.engine().search(request, VisibilityRule.readerKeys(callers.current()), true);
    }

    /** A page of results without facets (the library computes its own from the same query). */
    public SearchHits search(SearchRequest request, boolean withFacets) {
        return index.engine().search(request, VisibilityRule.readerKeys(callers.current()), withFacets);
    }

    /** Titles of visible items matching what is being typed (from the third letter of its last word). */
    public List<SearchEngine.Suggestion> suggest(String typed) {
        return index.engine().suggest(typed, VisibilityRule.readerKeys(callers.current()));
    }

    /** This instance's index: documents, position in the change log, the last rebuild. Admins only. */
    public IndexFeeder.Progress status() {
        callers.require(Role.ADMIN);
        return index.progress();
    }

    /** Every instance rebuilds its index from the database. Admins only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void rebuild() {
        callers.require(Role.ADMIN);
        changes.rebuildEverywhere();
    }
}
