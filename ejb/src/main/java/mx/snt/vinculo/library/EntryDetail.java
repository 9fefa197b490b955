package mx.snt.vinculo.library;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One entry as its page and the API show it. */
public record EntryDetail(long id, long workspaceId, String bodyAcronym, String bodyName, String title, String authors,
                        int year, EntryType type, List<Topic> topics, String keywords, String summary, String language,
                        String licence, List<String> links, Visibility visibility, long downloads, Long proposalId,
                        String createdBy, Instant createdAt, Instant updatedAt, long version, boolean editable,
                        List<FileItem> files, List<Adoption> adoptions, boolean canAdopt) implements Serializable {

    /** A downloadable file of the entry. */
    public record FileItem(long fileId, String name, String mediaType, long size) implements Serializable {
    }

    /** A body's adoption of the practice. */
    public record Adoption(long bodyId, String bodyAcronym, LocalDate adoptedOn, String note, String username,
                           Long evidenceFileId) implements Serializable {
    }
}
