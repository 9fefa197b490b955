package mx.snt.vinculo.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One item as the index holds it. {@code kind} and {@code id} name it ({@code kind} is a {@link SearchKind}
 * name); {@code readers} are the reader keys that may see it (from the visibility rule, plus a feature's own,
 * e.g. an agreement's party bodies); {@code date} orders "newest" and {@code year} (0: the date's) is the year facet; {@code keywords} are short words that weigh more than the summary (keywords, parties, numbers);
 * {@code text} is everything searchable besides title, summary and keywords (PDF text,
 * agenda, parties, topics' names…); {@code path} is the page that shows it.
 */
public record SearchDoc(SearchKind kind, long id, long workspaceId, String workspaceLabel, Set<String> readers,
                        String title, String summary, String keywords, String text, LocalDate date, int year, List<String> topics,
                        String state, String type, int adoptions, String path) {

    public SearchDoc {
        readers = Set.copyOf(readers);
        topics = topics == null ? List.of() : List.copyOf(topics);
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        keywords = keywords == null ? "" : keywords;
        text = text == null ? "" : text;
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("an item nobody may read has no place in the index");
        }
    }

    /** The key of this item in the index. */
    public String key() {
        return kind.name() + ":" + id;
    }
}
