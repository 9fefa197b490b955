package mx.snt.vinculo.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.common.VersionedEntity;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;

/** A text item of a workspace. It checks its own fields; who may write it is the service's check. */
@Entity
@Table(name = "document")
public class Document extends VersionedEntity {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    @Column(nullable = false, length = 150)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Document() {
    }

    /**
     * A new document by its author (the service checks the author's right to write in the
     * workspace): a title, an optional body, and who may see it.
     */
    public static Document create(Workspace workspace, String title, String body, Visibility visibility, String author, Instant now) {
        String t = Fields.required(title, MAX_TITLE, "document.title");
        String b = Fields.optional(body, MAX_BODY, "document.body");
        return new Document(workspace, t, b, required(visibility), author, now);
    }

    private Document(Workspace workspace, String title, String body, Visibility visibility, String author, Instant now) {
        super(now);
        this.workspace = workspace;
        this.title = title;
        this.body = body;
        this.visibility = visibility;
        this.author = author;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Visibility getVisibility() { return visibility; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }

    /**
     * Changes who may see it, from the version the caller saw (a stale one conflicts). False
     * when nothing changed.
     */
    public boolean changeVisibility(Visibility visibility, long expectedVersion, Instant now) {
        required(visibility);
        checkVersion(expectedVersion);
        if (this.visibility == visibility) {
            return false;
        }
        this.visibility = visibility;
        touch(now);
        return true;
    }

    private static Visibility required(Visibility visibility) {
        if (visibility == null) {
            throw new ValidationException("document.visibility.required");
        }
        return visibility;
    }
}
