package mx.snt.vinculo.library;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.util.Set;

/** What a person types for an entry (create or edit); the service validates and trims it. */
public record EntryInput(String title, String authors, Integer year, EntryType type, Set<Topic> topics,
                         String keywords, String summary, String language, String licence, String links,
                         Visibility visibility) implements Serializable {
}
