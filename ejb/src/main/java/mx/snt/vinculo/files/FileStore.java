package mx.snt.vinculo.files;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Stores files for the features that own them, in the caller's transaction: a refused file
 * (wrong content, too big, empty) raises a {@link ValidationException} and nothing is stored.
 * Features check who may read a file before calling {@link #read}.
 */
@Stateless
public class FileStore {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "vinculo.files.max-bytes", defaultValue = "20971520")
    private long maxBytes;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public FileRef store(String originalName, byte[] content, String uploadedBy) {
        check(originalName, content, maxBytes);
        FileKind kind = FileKind.detect(content, originalName).orElseThrow();
        StoredFile f = new StoredFile(storedName(originalName, kind), kind, content.length, sha256(content), content,
                uploadedBy, clock.instant());
        em.persist(f);
        em.flush();
        return FileRef.of(f);
    }

    /** The rules, without storing: empty, too big, or not an accepted kind by content. */
    public static FileKind check(String originalName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new ValidationException("file.empty");
        }
        if (content.length > maxBytes) {
            throw new ValidationException("file.tooBig", maxBytes / (1024 * 1024));
        }
        return FileKind.detect(content, originalName)
                .orElseThrow(() -> new ValidationException("file.kind", cleanName(originalName)));
    }

    public FileRef ref(long id) {
        StoredFile f = em.find(StoredFile.class, id);
        if (f == null) {
            throw new NotFoundException();
        }
        return FileRef.of(f);
    }

    /** The bytes, for a feature that has already checked the caller may see the file. */
    public FileContent read(long id) {
        StoredFile f = em.find(StoredFile.class, id);
        if (f == null) {
            throw new NotFoundException();
        }
        return new FileContent(f.getOriginalName(), f.getMediaType(), f.getContent());
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Keeps the name a person gave the file, minus any path and control characters. */
    static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "archivo";
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    /** The clean name with the extension of the detected kind (see {@link FileKind#nameFor}). */
    public static String storedName(String originalName, FileKind kind) {
        String n = kind.nameFor(cleanName(originalName));
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
