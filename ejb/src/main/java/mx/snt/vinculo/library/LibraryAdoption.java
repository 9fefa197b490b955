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
import mx.snt.vinculo.directory.Workspace;

import java.time.Instant;
import java.time.LocalDate;

/** A body records that it adopted a practice: one row per (entry, body). */
@Entity
@Table(name = "library_adoption")
public class LibraryAdoption {
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

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public Workspace getBody() { return body; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public String getNote() { return note; }
    public Long getEvidenceFileId() { return evidenceFileId; }
    public String getUsername() { return username; }
}
