package mx.snt.vinculo.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A document attached to an agenda item (the bytes live in the file store). */
@Entity
@Table(name = "meeting_item_file")
public class ItemFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    protected ItemFile() {
    }

    ItemFile(AgendaItem item, long fileId) {
        this.item = item;
        this.fileId = fileId;
    }

    public Long getId() { return id; }
    public AgendaItem getItem() { return item; }
    public long getFileId() { return fileId; }
}
