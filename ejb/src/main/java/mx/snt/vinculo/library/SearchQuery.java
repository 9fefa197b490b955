package mx.snt.vinculo.library;

import java.io.Serializable;

/** A search of the library: free text and facet filters, all optional. */
public record SearchQuery(String text, Topic topic, EntryType type, Long bodyId, Integer year, Sort sort)
        implements Serializable {

    /** Orders of the result list; RELEVANCE needs a text (otherwise newest first). */
    public enum Sort { RELEVANCE, ADOPTION, NEWEST, TITLE }

    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, Sort.RELEVANCE);
    }
}
