package mx.snt.vinculo.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.search.SearchHits;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchRequest;
import mx.snt.vinculo.search.SiteSearch;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.QueryParams;
import mx.snt.vinculo.web.faces.ReadOnlyView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results page: without a kind, the best few results of each kind that has any (each group links to all of
 * its kind); with a kind, a paged list of it. Facets are links that add a filter; every address is a GET one,
 * so its view keeps no state for a signed-in person either ({@link ReadOnlyView}).
 */
@Named
@RequestScoped
public class SearchView {

    static final int SIZE = 20;
    static final int PER_GROUP = 5;

    @EJB
    private SiteSearch search;

    private String q;
    private String kind;
    private String workspace;
    private String topic;
    private String year;
    private String state;
    private String sort;
    private String page;
    private SearchHits result;
    private final List<Group> groups = new ArrayList<>();

    /** The results of one kind, and how many there are in all. */
    public record Group(SearchKind kind, long total, List<SearchHits.Hit> hits) implements Serializable {
    }

    public void load() {
        ReadOnlyView.keepNoState();
        SearchKind k = SearchKind.parse(kind);
        SearchRequest request = new SearchRequest(q, k, NotFound.id(workspace), blankToNull(topic), year(), blankToNull(state),
                null, sortValue(), k == null ? 0 : (pageNumber() - 1) * SIZE, k == null ? PER_GROUP : SIZE);
        result = search.search(request);
        if (k != null || result.total() == 0) {
            if (k != null && result.total() > 0) {
                groups.add(new Group(k, result.total(), result.hits()));
            }
            return;
        }
        for (SearchHits.Facet f : result.facet(SearchHits.KIND)) {
            SearchKind fk = SearchKind.parse(f.value());
            if (fk != null && f.count() > 0) {
                groups.add(new Group(fk, f.count(), search.search(request.withKind(fk), false).hits()));
            }
        }
        groups.sort(java.util.Comparator.comparing(Group::kind));
    }

    private Integer year() {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SearchRequest.Sort sortValue() {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            SearchRequest.Sort s = SearchRequest.Sort.valueOf(sort.trim());
            return s == SearchRequest.Sort.ADOPTION ? SearchRequest.Sort.RELEVANCE : s;
        } catch (IllegalArgumentException e) {
            return SearchRequest.Sort.RELEVANCE;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public int pageNumber() {
        return QueryParams.page(page);
    }

    public int getPageNumber() { return pageNumber(); }

    public int getPageCount() {
        return QueryParams.pages(result.total(), SIZE);
    }

    /** True when one kind is chosen (a paged list) rather than groups. */
    public boolean isOneKind() {
        return SearchKind.parse(kind) != null;
    }

    public boolean isFiltered() {
        return SearchKind.parse(kind) != null || NotFound.id(workspace) != null || blankToNull(topic) != null || year() != null
                || blankToNull(state) != null;
    }

    /** The address of this search with one parameter changed (back to page 1 unless the page changes). */
    public String link(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("tipo", kind);
        p.put("espacio", workspace);
        p.put("tema", topic);
        p.put("anio", year);
        p.put("estado", state);
        p.put("orden", sort);
        p.put(name, value == null ? null : String.valueOf(value));
        if (!"pagina".equals(name)) {
            p.remove("pagina");
        }
        return mx.snt.vinculo.web.faces.QueryString.of("index.xhtml", p);
    }

    /** The address of a suggested spelling. */
    public String suggestionLink() {
        return link("q", result.didYouMean());
    }

    public SearchRequest.Sort[] getSorts() {
        return new SearchRequest.Sort[]{SearchRequest.Sort.RELEVANCE, SearchRequest.Sort.NEWEST, SearchRequest.Sort.TITLE};
    }

    public List<Group> getGroups() { return groups; }
    public SearchHits getResult() { return result; }
    public boolean isOnlyStopWords() { return result.notice() == SearchHits.Notice.ONLY_STOP_WORDS; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getWorkspace() { return workspace; }
    public void setWorkspace(String workspace) { this.workspace = workspace; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
