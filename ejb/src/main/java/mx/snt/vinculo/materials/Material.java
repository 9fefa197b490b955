package mx.snt.vinculo.materials;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import mx.snt.vinculo.common.AuthoredEntity;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A material of a workspace (usually a commission): what it is ({@link MaterialKind}), its title and
 * description, who may see it, and its content by kind — a file, an https media address, a stenographic text,
 * a CSV table with its chart, or a gallery of images each with its alternative text. It guards its rules:
 * fields bounded, media addresses https only, a CSV that reads as a table, no image without alternative text,
 * and nothing leaves the workspace (NETWORK or PUBLIC) before its kind's content is there.
 */
@Entity
@Table(name = "material")
public class Material extends AuthoredEntity {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_URL = 1_000;
    static final int MAX_TEXT = 60_000;
    static final int MAX_ALT = 500;
    static final int MAX_IMAGES = 60;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "workspace_id") private Workspace workspace;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private MaterialKind kind;
    @Column(nullable = false, length = 300) private String title;
    @Lob @Column(nullable = false) private String description;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private Visibility visibility;
    @Column(name = "media_url", length = 1000) private String mediaUrl;
    @Lob @Column(name = "body_text") private String bodyText;
    @Lob @Column(name = "data_csv") private String dataCsv;
    @Enumerated(EnumType.STRING) @Column(length = 8) private ChartKind chart;
    @Column(name = "file_id") private Long fileId;
    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL, orphanRemoval = true) @OrderBy("position")
    private List<MaterialImage> images = new ArrayList<>();

    protected Material() {
    }

    private Material(Workspace workspace, MaterialKind kind, String createdBy, Instant now) {
        super(createdBy, now);
        this.workspace = workspace;
        this.kind = kind;
        this.visibility = Visibility.PRIVATE;
    }

    /**
     * A new material, private to its workspace until {@link #changeVisibility} publishes it (so an unfinished
     * gallery or table is never public). {@code fileId}: an already stored file, or null.
     */
    public static Material create(Workspace workspace, MaterialInput in, Long fileId, String createdBy, Instant now) {
        if (in == null || in.kind() == null) {
            throw new ValidationException("material.kind.required");
        }
        Material m = new Material(workspace, in.kind(), createdBy, now);
        m.write(in);
        if (fileId != null) {
            m.fileId = fileId;
        }
        return m;
    }

    /** Changes the fields from the version the editor read; the kind stays. A public material stays complete. */
    public void edit(MaterialInput in, Long newFileId, long expectedVersion, Instant now) {
        checkVersion(expectedVersion);
        write(in);
        if (newFileId != null) {
            fileId = newFileId;
        }
        if (visibility != Visibility.PRIVATE) {
            checkPublishable();
        }
        touch(now);
    }

    /** Adds an image to a gallery; the alternative text is required (a screen reader has nothing else). */
    public MaterialImage addImage(long storedFileId, String altText, String caption, Instant now) {
        if (kind != MaterialKind.PHOTOGRAPHIC) {
            throw new ValidationException("material.image.notGallery");
        }
        String alt = Fields.required(altText, MAX_ALT, "material.image.alt");
        String cap = Fields.optional(caption, MAX_ALT, "material.image.caption");
        if (images.size() >= MAX_IMAGES) {
            throw new ValidationException("material.image.tooMany", MAX_IMAGES);
        }
        int position = images.stream().mapToInt(MaterialImage::getPosition).max().orElse(0) + 1;
        MaterialImage image = new MaterialImage(this, storedFileId, alt, cap, position);
        images.add(image);
        touch(now);
        return image;
    }

    /** Removes an image; the last image of a gallery others can see stays (the gallery would be empty). */
    public void removeImage(long imageId, long expectedVersion, Instant now) {
        checkVersion(expectedVersion);
        MaterialImage image = images.stream().filter(i -> i.getId() != null && i.getId() == imageId).findFirst()
                .orElseThrow(() -> new ValidationException("material.image.unknown"));
        if (visibility != Visibility.PRIVATE && images.size() == 1) {
            throw new ValidationException("material.incomplete.PHOTOGRAPHIC");
        }
        images.remove(image);
        touch(now);
    }

    /** Who may see it, from the version read. False when nothing changed. Leaving the workspace needs content. */
    public boolean changeVisibility(Visibility to, long expectedVersion, Instant now) {
        if (to == null) {
            throw new ValidationException("material.visibility.required");
        }
        checkVersion(expectedVersion);
        if (to == visibility) {
            return false;
        }
        if (to != Visibility.PRIVATE) {
            checkPublishable();
        }
        visibility = to;
        touch(now);
        return true;
    }

    /** Refuses ({@code material.incomplete.<KIND>}) a material whose kind's content is missing. */
    public void checkPublishable() {
        boolean complete = switch (kind) {
            case DOCUMENTARY -> fileId != null;
            case AUDIOVISUAL -> mediaUrl != null;
            case STENOGRAPHIC -> fileId != null || (bodyText != null && !bodyText.isBlank());
            case STATISTICAL -> dataCsv != null;
            case PHOTOGRAPHIC -> !images.isEmpty();
        };
        if (!complete) {
            throw new ValidationException("material.incomplete." + kind.name());
        }
    }

    /** The statistical table, or null for other kinds. */
    public StatTable table() {
        return dataCsv == null ? null : StatTable.parse(dataCsv);
    }

    private void write(MaterialInput in) {
        title = Fields.required(in.title(), MAX_TITLE, "material.title");
        description = Fields.optional(in.description(), MAX_DESCRIPTION, "material.description");
        mediaUrl = null;
        bodyText = null;
        dataCsv = null;
        chart = null;
        switch (kind) {
            case AUDIOVISUAL -> mediaUrl = mediaUrl(in.mediaUrl());
            case STENOGRAPHIC -> bodyText = emptyToNull(Fields.optional(in.bodyText(), MAX_TEXT, "material.text"));
            case STATISTICAL -> {
                String csv = Fields.withoutControls(in.dataCsv()).strip();
                StatTable.parse(csv);
                dataCsv = csv;
                chart = in.chart() == null ? ChartKind.BAR : in.chart();
            }
            default -> { }
        }
    }

    /** An https address (http pages cannot be embedded in an https site, and other schemes are not media). */
    static String mediaUrl(String value) {
        String v = Fields.optional(value, MAX_URL, "material.mediaUrl");
        if (v.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (!"https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                throw new ValidationException("material.mediaUrl.https");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new ValidationException("material.mediaUrl.https");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public MaterialKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Visibility getVisibility() { return visibility; }
    public String getMediaUrl() { return mediaUrl; }
    public String getBodyText() { return bodyText; }
    public String getDataCsv() { return dataCsv; }
    public ChartKind getChart() { return chart; }
    public Long getFileId() { return fileId; }
    public List<MaterialImage> getImages() { return List.copyOf(images); }
}
