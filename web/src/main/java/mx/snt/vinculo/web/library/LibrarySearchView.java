package mx.snt.vinculo.web.library;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.LibrarySearch;
import mx.snt.vinculo.library.SearchQuery;
import mx.snt.vinculo.library.SearchResult;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.QueryParams;
import mx.snt.vinculo.web.faces.ReadOnlyView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The library's search page: a plain GET form (bookmarkable results), facet links that add a
 * filter, pages of 20. One service call per request. Nothing on it posts back, so its view keeps no state
 * for a signed-in person either ({@link ReadOnlyView}).
 */
@Named
@RequestScoped
public class LibrarySearchView {

    static final int SIZE = 20;

    @EJB
    private LibrarySearch library;

    private String q;
    private String topic;
    private String type;
    private String body;
    private String year;
    private String sort;
    private String page;
    private SearchResult result;

    public void load() {
        result = library.search(new SearchQuery(q, QueryParams.enumOf(Topic.class, topic), QueryParams.enumOf(EntryType.class, type), NotFound.id(body),
                year(), sortValue()), (pageNumber() - 1) * SIZE, SIZE);
        ReadOnlyView.keepNoState();
    }

    private Integer year() {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SearchQuery.Sort sortValue() {
        SearchQuery.Sort s = QueryParams.enumOf(SearchQuery.Sort.class, sort);
        return s == null ? SearchQuery.Sort.RELEVANCE : s;
    }

    public int pageNumber() {
        return QueryParams.page(page);
    }

    public int getPageNumber() { return pageNumber(); }

    public int getPageCount() {
        return QueryParams.pages(result.page().total(), SIZE);
    }

    /** The address of this search with one parameter changed (and back to page 1 unless the page changes). */
    public String link(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("tema", topic);
        p.put("tipo", type);
        p.put("organo", body);
        p.put("anio", year);
        p.put("orden", sort);
        p.put(name, value == null ? null : String.valueOf(value));
        if (!"pagina".equals(name)) {
            p.remove("pagina");
        } else {
            p.put("pagina", String.valueOf(value));
        }
        return mx.snt.vinculo.web.faces.QueryString.of("index.xhtml", p);
    }

    public boolean isFiltered() {
        return QueryParams.enumOf(Topic.class, topic) != null || QueryParams.enumOf(EntryType.class, type) != null || NotFound.id(body) != null || year() != null;
    }

    public SearchQuery.Sort[] getSorts() { return SearchQuery.Sort.values(); }
    public SearchResult getResult() { return result; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
