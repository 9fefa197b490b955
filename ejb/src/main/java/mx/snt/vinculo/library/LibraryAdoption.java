package mx.snt.vinculo.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;

import java.time.Instant;
import java.time.LocalDate;

/** A body records that it adopted a practice: one row per (entry, body); {@link LibraryEntry#adoptBy} makes it. */
@Entity
@Table(name = "library_adoption")
public class LibraryAdoption {

    public static final int MAX_NOTE = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "entry_id", nullable = false)
    private long entryId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Workspace body;
    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;
    @Column(nullable = false, length = 1000)
    private String note;
    @Column(name = "evidence_file_id")
    private Long evidenceFileId;
    @Column(nullable = false, length = 150)
    private String username;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LibraryAdoption() {
    }

    LibraryAdoption(long entryId, Workspace body, LocalDate adoptedOn, String note, Long evidenceFileId,
                    String username, Instant now) {
        this.entryId = entryId;
        this.body = body;
        this.adoptedOn = adoptedOn;
        this.note = note;
        this.evidenceFileId = evidenceFileId;
        this.username = username;
        this.createdAt = now;
    }

    /** The file that shows the adoption (before it is saved). */
    void attachEvidence(Long fileId) {
        this.evidenceFileId = fileId;
    }

    /** A note is bounded and carries no script. */
    static void checkNote(String note) {
        if (note.length() > MAX_NOTE) {
            throw new ValidationException("library.adoption.note.tooLong", MAX_NOTE);
        }
        if (Input.hasScript(note)) {
            throw new ValidationException("library.script");
        }
    }

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public Workspace getBody() { return body; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public String getNote() { return note; }
    public Long getEvidenceFileId() { return evidenceFileId; }
    public String getUsername() { return username; }
}
