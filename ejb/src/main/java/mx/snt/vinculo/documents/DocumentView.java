package mx.snt.vinculo.documents;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;

/** A document as pages and the API show it; {@code authorName}: how pages name its author (given and family name). */
public record DocumentView(long id, long workspaceId, String workspaceAcronym, String title, String body,
                           Visibility visibility, String author, Instant createdAt, Instant updatedAt, long version,
                           String authorName)
        implements Serializable {

    /** As a list query reads it (lists do not show the author): the name is the username. */
    public DocumentView(long id, long workspaceId, String workspaceAcronym, String title, String body,
                        Visibility visibility, String author, Instant createdAt, Instant updatedAt, long version) {
        this(id, workspaceId, workspaceAcronym, title, body, visibility, author, createdAt, updatedAt, version, author);
    }
}
