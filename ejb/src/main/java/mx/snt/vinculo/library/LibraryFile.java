package mx.snt.vinculo.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file of an entry, with the text extracted at upload (PDFs) so search reaches it. */
@Entity
@Table(name = "library_entry_file")
public class LibraryFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "entry_id", nullable = false)
    private long entryId;
    @Column(name = "file_id", nullable = false)
    private long fileId;
    @Lob
    @Column(name = "text_content", nullable = false)
    private String text;

    protected LibraryFile() {
    }

    LibraryFile(long entryId, long fileId, String text) {
        this.entryId = entryId;
        this.fileId = fileId;
        this.text = text;
    }

    public Long getId() { return id; }
    public long getEntryId() { return entryId; }
    public long getFileId() { return fileId; }
    public String getText() { return text; }
}
