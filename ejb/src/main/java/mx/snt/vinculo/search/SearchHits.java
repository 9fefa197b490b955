package mx.snt.vinculo.search;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the page of hits, the total, the facet counts of the whole result (all within what the
 * caller may see), and what to tell the person: {@code notice} says why nothing was searched (only stop words or
 * symbols), {@code didYouMean} is a spelling the caller would find something with.
 */
public record SearchHits(long total, int first, int size, List<Hit> hits, Map<String, List<Facet>> facets,
                         Notice notice, String didYouMean) implements Serializable {

    /** Why a text was not searched. */
    public enum Notice { NONE, ONLY_STOP_WORDS }

    /** Facet dimensions. */
    public static final String KIND = "kind";
    public static final String WORKSPACE = "workspace";
    public static final String TOPIC = "topic";
    public static final String YEAR = "year";
    public static final String STATE = "state";
    public static final String TYPE = "type";

    public static SearchHits empty(int first, int size, Notice notice) {
        return new SearchHits(0, first, size, List.of(), Map.of(), notice, null);
    }

    public List<Facet> facet(String dim) {
        return facets.getOrDefault(dim, List.of());
    }

    /** One result; title and snippet come as spans, the matched words marked, so pages escape them as text. */
    public record Hit(SearchKind kind, long id, String title, List<Span> titleSpans, List<Span> snippet,
                      long workspaceId, String workspaceLabel, LocalDate date, String state, String type,
                      String path, float score) implements Serializable {
    }

    /** A piece of text and whether it is a matched word. */
    public record Span(String text, boolean hit) implements Serializable {
    }

    /** A facet value, its label and how many results have it. */
    public record Facet(String value, String label, long count) implements Serializable {
    }
}
