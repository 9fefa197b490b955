package mx.snt.vinculo.materials;

import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One material as its page shows it: {@code table} for statistical ones (parsed from the stored CSV),
 * {@code file} when it has one, {@code images} for galleries; {@code editable} when the caller is a member of
 * its workspace.
 */
public record MaterialDetail(long id, long workspaceId, String workspaceCode, String workspaceName, MaterialKind kind,
                             String title, String description, Visibility visibility, String mediaUrl, String bodyText,
                             String dataCsv, ChartKind chart, StatTable table, FileRef file, List<Image> images,
                             String createdBy, Instant createdAt, Instant updatedAt, long version, boolean editable)
        implements Serializable {

    /** A gallery's image: the stored file's id, its alternative text and caption. */
    public record Image(long id, long fileId, String altText, String caption) implements Serializable {
    }
}
