package mx.snt.vinculo.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One photograph of a gallery: the stored image, its alternative text (never empty) and a caption. */
@Entity
@Table(name = "material_image")
public class MaterialImage {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "material_id") private Material material;
    @Column(name = "file_id", nullable = false) private long fileId;
    @Column(name = "alt_text", nullable = false, length = 500) private String altText;
    @Column(nullable = false, length = 500) private String caption;
    @Column(nullable = false) private int position;

    protected MaterialImage() {
    }

    MaterialImage(Material material, long fileId, String altText, String caption, int position) {
        this.material = material;
        this.fileId = fileId;
        this.altText = altText;
        this.caption = caption;
        this.position = position;
    }

    public Long getId() { return id; }
    public Material getMaterial() { return material; }
    public long getFileId() { return fileId; }
    public String getAltText() { return altText; }
    public String getCaption() { return caption; }
    public int getPosition() { return position; }
}
