package mx.snt.vinculo.documents;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;

/** A document as pages and the API show it. */
public record DocumentView(long id, long workspaceId, String workspaceAcronym, String title, String body,
                           Visibility visibility, String author, Instant createdAt, Instant updatedAt, long version)
        implements Serializable {
}
