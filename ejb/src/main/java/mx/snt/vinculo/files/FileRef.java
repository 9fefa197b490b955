package mx.snt.vinculo.files;

import java.io.Serializable;
import java.time.Instant;

/** A stored file without its bytes: what lists and links need. */
public record FileRef(long id, String name, String mediaType, long size, String sha256, String uploadedBy,
                      Instant uploadedAt) implements Serializable {
    static FileRef of(StoredFile f) {
        return new FileRef(f.getId(), f.getOriginalName(), f.getMediaType(), f.getSize(), f.getSha256(),
                f.getUploadedBy(), f.getUploadedAt());
    }
}
