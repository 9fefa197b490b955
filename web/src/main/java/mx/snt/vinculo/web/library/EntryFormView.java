package mx.snt.vinculo.web.library;

import mx.snt.vinculo.web.faces.SamePage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.library.EntryInput;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.EntryDetail;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * Creating an entry, or editing one (?id=): the version read at load travels with the save,
 * so a second editor gets a conflict instead of overwriting.
 */
@Named
@ViewScoped
public class EntryFormView implements Serializable {

    @EJB
    private LibraryCatalogue library;
    @Inject
    private Clock clock;

    private String id;
    private Long entryId;
    private long version;
    private List<Workspace> bodies;
    private Long workspace;
    private String title;
    private String authors;
    private Integer year;
    private EntryType type = EntryType.GOOD_PRACTICE;
    private Topic[] topics = new Topic[0];
    private String keywords;
    private String summary;
    private String language = "es";
    private String licence = "CC BY 4.0";
    private String links;
    private Visibility visibility = Visibility.NETWORK;

    /** A new entry is of this year unless the person says otherwise. */
    @PostConstruct
    void init() {
        year = MexicoCity.today(clock).getYear();
    }

    public void load() {
        bodies = library.myBodies();
        if (id == null || id.isBlank()) {
            if (!bodies.isEmpty()) {
                workspace = bodies.get(0).getId();
            }
            return;
        }
        entryId = NotFound.id(id);
        EntryDetail e;
        try {
            e = entryId == null ? null : library.get(entryId);
        } catch (NotFoundException ex) {
            e = null;
        }
        if (e == null || !e.editable()) {
            NotFound.send();
            return;
        }
        version = e.version();
        workspace = e.workspaceId();
        title = e.title();
        authors = e.authors();
        year = e.year();
        type = e.type();
        topics = e.topics().toArray(new Topic[0]);
        keywords = e.keywords();
        summary = e.summary();
        language = e.language();
        licence = e.licence();
        links = String.join("\n", e.links());
        visibility = e.visibility();
    }

    public String save() {
        EntryInput in = new EntryInput(title, authors, year, type, topics == null || topics.length == 0 ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(java.util.Arrays.asList(topics)),
                keywords, summary, language, licence, links, visibility);
        try {
            EntryDetail e = entryId == null ? library.create(workspace == null ? -1 : workspace, in) : library.update(entryId, version, in);
            Messages.info(entryId == null ? "library.created" : "library.updated");
            return SamePage.of("/acervo/ver", e.id());
        } catch (DomainException ex) {
            Messages.error(ex);
            return null;
        }
    }

    public boolean isEditing() { return entryId != null; }
    public Topic[] getAllTopics() { return Topic.values(); }
    public EntryType[] getTypes() { return EntryType.values(); }
    public Visibility[] getVisibilities() { return Visibility.values(); }
    public List<Workspace> getBodies() { return bodies; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getEntryId() { return entryId; }
    public Long getWorkspace() { return workspace; }
    public void setWorkspace(Long workspace) { this.workspace = workspace; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAuthors() { return authors; }
    public void setAuthors(String authors) { this.authors = authors; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public EntryType getType() { return type; }
    public void setType(EntryType type) { this.type = type; }
    public Topic[] getTopics() { return topics; }
    public void setTopics(Topic[] topics) { this.topics = topics; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
}
