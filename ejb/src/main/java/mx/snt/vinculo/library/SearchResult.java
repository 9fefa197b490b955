package mx.snt.vinculo.library;

import mx.snt.vinculo.common.Page;

import java.io.Serializable;
import java.util.List;

/**
 * A page of results and the facet counts of the whole result (not just the page); {@code onlyStopWords} says the
 * text had nothing to search for, {@code didYouMean} is a spelling that finds something when nothing matched.
 */
public record SearchResult(Page<EntryRow> page, List<Facet> topics, List<Facet> types, List<Facet> bodies,
                           List<Facet> years, boolean onlyStopWords, String didYouMean) implements Serializable {

    /** A facet value (enum name, body id or year), its label and how many results have it. */
    public record Facet(String value, String label, long count) implements Serializable {
    }
}
