package mx.snt.vinculo.materials;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;

/** A line of a list of materials. */
public record MaterialRow(long id, long workspaceId, String workspaceCode, String workspaceName, MaterialKind kind,
                          String title, String description, Visibility visibility, Instant updatedAt)
        implements Serializable {
}
