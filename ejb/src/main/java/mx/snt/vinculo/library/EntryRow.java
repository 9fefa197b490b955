package mx.snt.vinculo.library;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.util.List;

/** An entry in a list or a search result; score is the relevance (0 without a query). */
public record EntryRow(long id, String title, String authors, long workspaceId, String bodyAcronym, int year,
                           EntryType type, Visibility visibility, int adoptions, long downloads, String summary,
                           List<Topic> topics, long score) implements Serializable {
}
