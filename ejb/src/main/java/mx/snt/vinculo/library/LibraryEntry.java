package mx.snt.vinculo.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A work of the library, owned by a body's workspace. */
@Entity
@Table(name = "library_entry")
public class LibraryEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false, length = 500)
    private String authors;
    @Column(name = "pub_year", nullable = false)
    private int pubYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 24)
    private EntryType type;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "library_entry_topic", joinColumns = @JoinColumn(name = "entry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 32)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @Column(nullable = false, length = 500)
    private String keywords;
    @Lob
    @Column(nullable = false)
    private String summary;
    @Column(name = "lang", nullable = false, length = 10)
    private String language;
    @Column(nullable = false, length = 120)
    private String licence;
    @Lob
    @Column(nullable = false)
    private String links;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;
    @Lob
    @Column(name = "search_text", nullable = false)
    private String searchText = "";
    @Column(nullable = false)
    private long downloads;
    @Column(name = "adoption_count", nullable = false)
    private int adoptionCount;
    @Column(name = "proposal_id")
    private Long proposalId;
    @Column(name = "created_by", nullable = false, length = 150)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected LibraryEntry() {
    }

    LibraryEntry(Workspace workspace, EntryInput in, String createdBy, Instant now) {
        this.workspace = workspace;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(in, now);
    }

    void apply(EntryInput in, Instant now) {
        this.title = in.title();
        this.authors = in.authors();
        this.pubYear = in.year();
        this.type = in.type();
        this.topics.clear();
        this.topics.addAll(in.topics());
        this.keywords = in.keywords();
        this.summary = in.summary();
        this.language = in.language();
        this.licence = in.licence();
        this.links = in.links();
        this.visibility = in.visibility();
        this.updatedAt = now;
    }

    void linkProposal(long proposalId) { this.proposalId = proposalId; }
    void setSearchText(String text) { this.searchText = text; }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getTitle() { return title; }
    public String getAuthors() { return authors; }
    public int getYear() { return pubYear; }
    public EntryType getType() { return type; }
    public Set<Topic> getTopics() { return topics; }
    public String getKeywords() { return keywords; }
    public String getSummary() { return summary; }
    public String getLanguage() { return language; }
    public String getLicence() { return licence; }
    public String getLinks() { return links; }
    public Visibility getVisibility() { return visibility; }
    public String getSearchText() { return searchText; }
    public long getDownloads() { return downloads; }
    public int getAdoptionCount() { return adoptionCount; }
    public Long getProposalId() { return proposalId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
