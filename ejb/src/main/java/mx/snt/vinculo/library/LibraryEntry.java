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
import mx.snt.vinculo.common.AuthoredEntity;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A work of the library, owned by a body's workspace. It checks its own metadata (required
 * fields, the year, at least one topic, safe links, no scripts), says what a change of
 * visibility means for the PNT, and records each body's adoption once.
 */
@Entity
@Table(name = "library_entry")
public class LibraryEntry extends AuthoredEntity {

    public static final int MAX_TITLE = 300;
    public static final int MAX_AUTHORS = 500;
    public static final int MAX_KEYWORDS = 500;
    public static final int MAX_SUMMARY = 5_000;
    public static final int MAX_LINKS = 2_000;
    public static final int FIRST_YEAR = 1900;

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
    @Column(nullable = false)
    private long downloads;
    @Column(name = "adoption_count", nullable = false)
    private int adoptionCount;
    @Column(name = "proposal_id")
    private Long proposalId;

    protected LibraryEntry() {
    }

    /** A new entry of {@code workspace}, its metadata checked ({@link #checked}). */
    public LibraryEntry(Workspace workspace, EntryInput in, String createdBy, Instant now) {
        super(createdBy, now);
        this.workspace = workspace;
        write(checked(in, MexicoCity.dayOf(now)));
    }

    /** The new metadata, checked, from the version the editor read; returns the visibility it had before. */
    public Visibility edit(long expectedVersion, EntryInput in, Instant now) {
        EntryInput valid = checked(in, MexicoCity.dayOf(now));
        checkVersion(expectedVersion);
        Visibility before = visibility;
        write(valid);
        touch(now);
        return before;
    }

    /** What a change from {@code before} to the current visibility means for the PNT. */
    public Publication publicationSince(Visibility before) {
        if (visibility == Visibility.PUBLIC) {
            return Publication.PUBLISH;
        }
        return before == Visibility.PUBLIC ? Publication.WITHDRAW : Publication.NONE;
    }

    /** Public entries reach the PNT; one that stops being public is withdrawn from it. */
    public enum Publication { PUBLISH, WITHDRAW, NONE }

    /**
     * {@code body} records that it adopted this practice, once ({@code alreadyAdopted}: its
     * adoption exists), on a day not after {@code today}, with an optional note.
     */
    public LibraryAdoption adoptBy(Workspace body, boolean alreadyAdopted, LocalDate adoptedOn, String note,
                                   String username, LocalDate today, Instant now) {
        String n = Input.clean(note);
        if (adoptedOn == null) {
            throw new ValidationException("library.adoption.date.required");
        }
        if (adoptedOn.isAfter(today)) {
            throw new ValidationException("library.adoption.date.future");
        }
        LibraryAdoption.checkNote(n);
        if (alreadyAdopted) {
            throw new ValidationException("library.adoption.duplicate", body.getAcronym());
        }
        return new LibraryAdoption(getId(), body, adoptedOn, n, null, username, now);
    }

    /**
     * The metadata trimmed, with defaults (language "es", licence CC BY 4.0), or the first rule
     * it breaks. The year runs from {@value #FIRST_YEAR} to next year ({@code today}'s year + 1).
     */
    public static EntryInput checked(EntryInput in, LocalDate today) {
        if (in == null) {
            throw new ValidationException("library.title.required");
        }
        String title = Fields.required(in.title(), MAX_TITLE, "library.title");
        String authors = Fields.required(in.authors(), MAX_AUTHORS, "library.authors");
        int nextYear = today.getYear() + 1;
        if (in.year() == null || in.year() < FIRST_YEAR || in.year() > nextYear) {
            throw new ValidationException("library.year.invalid", FIRST_YEAR, String.valueOf(nextYear));
        }
        if (in.type() == null) {
            throw new ValidationException("library.type.required");
        }
        if (in.topics() == null || in.topics().isEmpty() || in.topics().contains(null)) {
            throw new ValidationException("library.topics.required");
        }
        String keywords = Fields.optional(in.keywords(), MAX_KEYWORDS, "library.keywords");
        String summary = Fields.required(in.summary(), MAX_SUMMARY, "library.summary");
        String language = Input.clean(in.language()).isEmpty() ? "es" : Input.clean(in.language()).toLowerCase(Locale.ROOT);
        String licence = Input.clean(in.licence()).isEmpty() ? "CC BY 4.0" : Input.clean(in.licence());
        if (language.length() > 10 || licence.length() > 120) {
            throw new ValidationException("library.language.invalid");
        }
        String links = Fields.optional(in.links(), MAX_LINKS, "library.links");
        for (String link : links.split("\\s+")) {
            if (!link.isEmpty() && !link.matches("(?i)https?://[^\\s<>\"]+")) {
                throw new ValidationException("library.links.invalid", link);
            }
        }
        for (String s : List.of(title, authors, keywords, summary, licence)) {
            if (Input.hasScript(s)) {
                throw new ValidationException("library.script");
            }
        }
        if (in.visibility() == null) {
            throw new ValidationException("library.visibility.required");
        }
        return new EntryInput(title, authors, in.year(), in.type(), EnumSet.copyOf(in.topics()), keywords, summary,
                language, licence, links, in.visibility());
    }

    private void write(EntryInput in) {
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
    }

    /** The accepted proposal this entry came from (set once, at creation). */
    public void linkProposal(long proposalId) {
        if (this.proposalId != null) {
            throw new ValidationException("proposal.library.already");
        }
        this.proposalId = proposalId;
    }


    /** The links, one per whitespace-separated token. */
    public List<String> linkList() {
        return links.isBlank() ? List.of() : List.of(links.split("\\s+"));
    }

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
    public long getDownloads() { return downloads; }
    public int getAdoptionCount() { return adoptionCount; }
    public Long getProposalId() { return proposalId; }
}
