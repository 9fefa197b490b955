package mx.snt.vinculo.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a feature gives the search: its aggregates' documents. A feature implements this as a bean (a
 * {@code @Stateless} one, found by CDI), so a later kind plugs in without this package knowing it. The index
 * holds each aggregate's documents as one group and replaces the group when the aggregate changes.
 */
public interface SearchSource {

    /** The aggregate's entity type as the audit trail and the change log name it (e.g. "LibraryEntry"). */
    String type();

    /** Other entity types whose changes are changes of one of this source's aggregates (e.g. "AgendaItem"). */
    default Set<String> parts() {
        return Set.of();
    }

    /** The aggregates that parts of type {@code partType} belong to. */
    default Collection<Long> owners(String partType, Collection<Long> partIds) {
        return List.of();
    }

    /** How many aggregates a rebuild will read. */
    long count();

    /** Up to {@code max} aggregate ids after {@code afterId}, ascending (a rebuild reads them in batches). */
    List<Long> ids(long afterId, int max);

    /**
     * The documents of these aggregates, by aggregate id, read in one go (no query per item). An aggregate that
     * no longer exists is absent or maps to no documents, and leaves the index.
     */
    Map<Long, List<SearchDoc>> documents(Collection<Long> ids);
}
