package mx.snt.vinculo.search;

import java.io.Serializable;

/**
 * A search as a person or the API asks it: the typed text (anything; it is never parsed as Lucene syntax) and
 * optional filters by kind, workspace, topic, year, state and type; the order; the page.
 */
public record SearchRequest(String text, SearchKind kind, Long workspaceId, String topic, Integer year,
                            String state, String type, Sort sort, int first, int size) implements Serializable {

    /** Orders of the results; RELEVANCE without a text means newest first. ADOPTION is the library's. */
    public enum Sort { RELEVANCE, NEWEST, TITLE, ADOPTION }

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        sort = sort == null ? Sort.RELEVANCE : sort;
        first = Math.max(0, first);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, null, Sort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public SearchRequest withKind(SearchKind k) {
        return new SearchRequest(text, k, workspaceId, topic, year, state, type, sort, first, size);
    }

    public SearchRequest withText(String t) {
        return new SearchRequest(t, kind, workspaceId, topic, year, state, type, sort, first, size);
    }
}
