package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileKind;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Entries of the library: writing them, reading them, searching, adopting, downloading. */
@Stateless
public class LibraryService {

    static final int MAX_TITLE = 300;
    static final int MAX_AUTHORS = 500;
    static final int MAX_KEYWORDS = 500;
    static final int MAX_SUMMARY = 5_000;
    static final int MAX_LINKS = 2_000;
    static final int MAX_NOTE = 1_000;
    static final int MAX_SEARCH_TEXT = 15_000;
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;
    @EJB
    private Callers callers;
    @EJB
    private AuditTrail audit;
    @EJB
    private Outbox outbox;
    @EJB
    private FileStore files;

    @Inject
    @ConfigProperty(name = "vinculo.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** Members of a workspace write its entries. */
    public EntryView create(long workspaceId, EntryInput in) {
        Caller caller = callers.current();
        Workspace w = em.find(Workspace.class, workspaceId);
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        if (!caller.memberOf(workspaceId)) {
            throw new ForbiddenException();
        }
        EntryInput valid = validate(in);
        LibraryEntry e = new LibraryEntry(w, valid, caller.username(), Instant.now());
        em.persist(e);
        em.flush();
        reindex(e);
        audit.record(caller, "LibraryEntry", e.getId(), "library.create", null, e.getVisibility().name(), e.getTitle());
        if (e.getVisibility() == Visibility.PUBLIC) {
            publish(e);
        }
        return view(e, caller);
    }

    /**
     * The entry an accepted proposal becomes, in the proposing body's workspace. Called only by
     * the proposals service, inside its transaction, after it has checked who may do this.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long createFromProposal(Caller actor, Workspace body, long proposalId, EntryInput in, List<Long> fileIds) {
        EntryInput valid = validate(in);
        LibraryEntry e = new LibraryEntry(body, valid, actor.username(), Instant.now());
        e.linkProposal(proposalId);
        em.persist(e);
        em.flush();
        for (Long fileId : fileIds) {
            FileContent f = files.read(fileId);
            em.persist(new LibraryFile(e.getId(), fileId,
                    FileKind.PDF.mediaType().equals(f.mediaType()) ? PdfText.extract(f.bytes()) : ""));
        }
        em.flush();
        reindex(e);
        audit.record(actor, "LibraryEntry", e.getId(), "library.fromProposal", null, e.getVisibility().name(),
                "proposal " + proposalId);
        if (e.getVisibility() == Visibility.PUBLIC) {
            publish(e);
        }
        return e.getId();
    }

    /** The entry, if the caller may see it. */
    public EntryView get(long id) {
        Caller caller = callers.current();
        return view(visible(caller, id), caller);
    }

    /** Members of the entry's workspace edit it, from the version they read. */
    public EntryView update(long id, long expectedVersion, EntryInput in) {
        Caller caller = callers.current();
        LibraryEntry e = visible(caller, id);
        if (!caller.memberOf(e.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        EntryInput valid = validate(in);
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        Visibility before = e.getVisibility();
        e.apply(valid, Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            throw new ConflictException();
        }
        reindex(e);
        audit.record(caller, "LibraryEntry", e.getId(), "library.update", before.name(), e.getVisibility().name(), e.getTitle());
        if (e.getVisibility() == Visibility.PUBLIC) {
            publish(e);
        } else if (before == Visibility.PUBLIC) {
            outbox.record("library.unpublished", "LibraryEntry", e.getId(), e.getVersion(), e.getWorkspace().getId(),
                    base(e).build());
        }
        return view(e, caller);
    }

    /** Attaches a file (checked by content and size); a PDF's text joins the entry's search terms. */
    public EntryView attach(long id, String name, byte[] content) {
        Caller caller = callers.current();
        LibraryEntry e = visible(caller, id);
        if (!caller.memberOf(e.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        FileRef ref = files.store(name, content, caller.username());
        String text = FileKind.PDF.mediaType().equals(ref.mediaType()) ? PdfText.extract(content) : "";
        em.persist(new LibraryFile(e.getId(), ref.id(), text));
        em.flush();
        reindex(e);
        audit.record(caller, "LibraryEntry", e.getId(), "library.attach", null, null, ref.name());
        return view(e, caller);
    }

    /** A body (the caller's home body) records that it adopted the practice; once per body. */
    public EntryView adopt(long id, LocalDate adoptedOn, String note, String evidenceName, byte[] evidence) {
        Caller caller = callers.current();
        LibraryEntry e = visible(caller, id);
        Workspace body = homeBody(caller);
        if (body == null) {
            throw new ForbiddenException();
        }
        String n = Input.clean(note);
        if (adoptedOn == null) {
            throw new ValidationException("library.adoption.date.required");
        }
        if (adoptedOn.isAfter(LocalDate.now(MEXICO))) {
            throw new ValidationException("library.adoption.date.future");
        }
        if (n.length() > MAX_NOTE) {
            throw new ValidationException("library.adoption.note.tooLong", MAX_NOTE);
        }
        if (Input.hasScript(n)) {
            throw new ValidationException("library.script");
        }
        if (adopted(e.getId(), body.getId())) {
            throw new ValidationException("library.adoption.duplicate", body.getAcronym());
        }
        Long fileId = null;
        if (evidence != null && evidence.length > 0) {
            fileId = files.store(evidenceName, evidence, caller.username()).id();
        }
        em.persist(new LibraryAdoption(e.getId(), body, adoptedOn, n, fileId, caller.username(), Instant.now()));
        try {
            em.flush();
        } catch (PersistenceException duplicate) {
            // Two people of one body at the same moment: the unique key keeps one adoption.
            throw new ValidationException("library.adoption.duplicate", body.getAcronym());
        }
        em.createQuery("UPDATE LibraryEntry e SET e.adoptionCount = e.adoptionCount + 1 WHERE e.id = :id")
                .setParameter("id", e.getId()).executeUpdate();
        audit.record(caller, "LibraryEntry", e.getId(), "library.adopt", null, body.getCode(), n);
        em.refresh(e);
        return view(e, caller);
    }

    /** A file of the entry (or an adoption's evidence), after the visibility check; counts the download. */
    public FileContent download(long entryId, long fileId) {
        Caller caller = callers.current();
        LibraryEntry e = visible(caller, entryId);
        long own = em.createQuery("SELECT COUNT(f) FROM LibraryFile f WHERE f.entryId = :e AND f.fileId = :f", Long.class)
                .setParameter("e", e.getId()).setParameter("f", fileId).getSingleResult();
        long evidence = own > 0 ? 0 : em.createQuery(
                        "SELECT COUNT(a) FROM LibraryAdoption a WHERE a.entryId = :e AND a.evidenceFileId = :f", Long.class)
                .setParameter("e", e.getId()).setParameter("f", fileId).getSingleResult();
        if (own == 0 && evidence == 0) {
            throw new NotFoundException();
        }
        if (own > 0) {
            // A bulk update: the counter never collides with an editor's version.
            em.createQuery("UPDATE LibraryEntry e SET e.downloads = e.downloads + 1 WHERE e.id = :id")
                    .setParameter("id", e.getId()).executeUpdate();
        }
        return files.read(fileId);
    }

    /** Entries of the caller's body workspaces they may edit, to choose where a new one goes. */
    public List<Workspace> bodiesOf(Caller caller) {
        if (caller.workspaceIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT w FROM Workspace w WHERE w.id IN :ids AND w.type = :t ORDER BY w.acronym", Workspace.class)
                .setParameter("ids", caller.workspaceIds()).setParameter("t", WorkspaceType.BODY).getResultList();
    }

    /** The caller's workspaces of type BODY (where they may create entries). */
    public List<Workspace> myBodies() {
        return bodiesOf(callers.current());
    }

    // ---------------------------------------------------------------- search

    /**
     * Full-text search with facets, filtered by the visibility rule, paged in the database.
     * Every query term must match (after normalisation); relevance is the sum of the matched
     * terms' weights. Facet counts cover the whole result with the current filters.
     */
    public SearchResult search(SearchQuery query, int first, int size) {
        Caller caller = callers.current();
        SearchQuery q = query == null ? SearchQuery.all() : query;
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        List<String> terms = SearchText.queryTerms(q.text());
        boolean hasText = !terms.isEmpty();
        VisibilityRule.Filter vis = VisibilityRule.filter(caller, "e");
        StringBuilder cond = new StringBuilder(vis.jpql());
        Map<String, Object> params = new HashMap<>(vis.parameters());
        if (q.topic() != null) {
            cond.append(" AND e.id IN (SELECT e2.id FROM LibraryEntry e2 JOIN e2.topics tp2 WHERE tp2 = :topic)");
            params.put("topic", q.topic());
        }
        if (q.type() != null) {
            cond.append(" AND e.type = :type");
            params.put("type", q.type());
        }
        if (q.bodyId() != null) {
            cond.append(" AND e.workspace.id = :body");
            params.put("body", q.bodyId());
        }
        if (q.year() != null) {
            cond.append(" AND e.pubYear = :yr");
            params.put("yr", q.year());
        }
        String facetCond = cond.toString();
        if (hasText) {
            params.put("terms", terms);
            params.put("nterms", (long) terms.size());
            facetCond += " AND e.id IN (SELECT t.entryId FROM LibraryTerm t WHERE t.term IN :terms"
                    + " GROUP BY t.entryId HAVING COUNT(t.term) = :nterms)";
        }
        Consumer<Query> bind = query1 -> params.forEach((k, v) -> {
            if (query1.getParameters().stream().anyMatch(p -> k.equals(p.getName()))) {
                query1.setParameter(k, v);
            }
        });

        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM LibraryEntry e WHERE " + facetCond, Long.class);
        bind.accept(count);
        long total = count.getSingleResult();

        List<Long> ids = new ArrayList<>();
        Map<Long, Long> scores = new HashMap<>();
        SearchQuery.Sort sort = q.sort() == null ? SearchQuery.Sort.RELEVANCE : q.sort();
        if (total > 0) {
            if (hasText && sort == SearchQuery.Sort.RELEVANCE) {
                Query ranked = em.createQuery("SELECT t.entryId, SUM(t.weight) FROM LibraryTerm t, LibraryEntry e"
                        + " WHERE t.entryId = e.id AND t.term IN :terms AND " + cond
                        + " GROUP BY t.entryId HAVING COUNT(t.term) = :nterms ORDER BY SUM(t.weight) DESC, t.entryId DESC");
                bind.accept(ranked);
                for (Object row : ranked.setFirstResult(first).setMaxResults(size).getResultList()) {
                    Object[] r = (Object[]) row;
                    long id = ((Number) r[0]).longValue();
                    ids.add(id);
                    scores.put(id, ((Number) r[1]).longValue());
                }
            } else {
                String order = switch (sort) {
                    case ADOPTION -> " ORDER BY e.adoptionCount DESC, e.id DESC";
                    case TITLE -> " ORDER BY e.title, e.id";
                    default -> " ORDER BY e.pubYear DESC, e.id DESC";
                };
                TypedQuery<Long> page = em.createQuery("SELECT e.id FROM LibraryEntry e WHERE " + facetCond + order, Long.class);
                bind.accept(page);
                ids.addAll(page.setFirstResult(first).setMaxResults(size).getResultList());
                if (hasText && !ids.isEmpty()) {
                    for (Object[] r : em.createQuery("SELECT t.entryId, SUM(t.weight) FROM LibraryTerm t"
                                    + " WHERE t.entryId IN :ids AND t.term IN :terms GROUP BY t.entryId", Object[].class)
                            .setParameter("ids", ids).setParameter("terms", terms).getResultList()) {
                        scores.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
                    }
                }
            }
        }
        List<EntrySummary> items = summaries(ids, scores);

        List<SearchResult.Facet> topics = new ArrayList<>();
        List<SearchResult.Facet> types = new ArrayList<>();
        List<SearchResult.Facet> bodies = new ArrayList<>();
        List<SearchResult.Facet> years = new ArrayList<>();
        if (total > 0) {
            Query qt = em.createQuery("SELECT tp, COUNT(e) FROM LibraryEntry e JOIN e.topics tp WHERE " + facetCond
                    + " GROUP BY tp ORDER BY COUNT(e) DESC");
            bind.accept(qt);
            for (Object row : qt.getResultList()) {
                Object[] r = (Object[]) row;
                topics.add(new SearchResult.Facet(((Topic) r[0]).name(), ((Topic) r[0]).name(), ((Number) r[1]).longValue()));
            }
            Query qy = em.createQuery("SELECT e.type, COUNT(e) FROM LibraryEntry e WHERE " + facetCond
                    + " GROUP BY e.type ORDER BY COUNT(e) DESC");
            bind.accept(qy);
            for (Object row : qy.getResultList()) {
                Object[] r = (Object[]) row;
                types.add(new SearchResult.Facet(((EntryType) r[0]).name(), ((EntryType) r[0]).name(), ((Number) r[1]).longValue()));
            }
            Query qb = em.createQuery("SELECT w.id, w.acronym, COUNT(e) FROM LibraryEntry e JOIN e.workspace w WHERE "
                    + facetCond + " GROUP BY w.id, w.acronym ORDER BY COUNT(e) DESC, w.acronym");
            bind.accept(qb);
            for (Object row : qb.setMaxResults(40).getResultList()) {
                Object[] r = (Object[]) row;
                bodies.add(new SearchResult.Facet(String.valueOf(r[0]), (String) r[1], ((Number) r[2]).longValue()));
            }
            Query qyr = em.createQuery("SELECT e.pubYear, COUNT(e) FROM LibraryEntry e WHERE " + facetCond
                    + " GROUP BY e.pubYear ORDER BY e.pubYear DESC");
            bind.accept(qyr);
            for (Object row : qyr.setMaxResults(40).getResultList()) {
                Object[] r = (Object[]) row;
                years.add(new SearchResult.Facet(String.valueOf(r[0]), String.valueOf(r[0]), ((Number) r[1]).longValue()));
            }
        }
        return new SearchResult(new Page<>(items, total, first, size), topics, types, bodies, years);
    }

    private List<EntrySummary> summaries(List<Long> ids, Map<Long, Long> scores) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LibraryEntry> byId = new HashMap<>();
        for (LibraryEntry e : em.createQuery("SELECT e FROM LibraryEntry e JOIN FETCH e.workspace WHERE e.id IN :ids",
                LibraryEntry.class).setParameter("ids", ids).getResultList()) {
            byId.put(e.getId(), e);
        }
        Map<Long, Set<Topic>> topics = topicsOf(ids);
        List<EntrySummary> out = new ArrayList<>();
        for (Long id : ids) {
            LibraryEntry e = byId.get(id);
            if (e != null) {
                out.add(new EntrySummary(e.getId(), e.getTitle(), e.getAuthors(), e.getWorkspace().getId(),
                        e.getWorkspace().getAcronym(), e.getYear(), e.getType(), e.getVisibility(), e.getAdoptionCount(),
                        e.getDownloads(), shorten(e.getSummary(), 280),
                        List.copyOf(topics.getOrDefault(id, Set.of())), scores.getOrDefault(id, 0L)));
            }
        }
        return out;
    }

    private Map<Long, Set<Topic>> topicsOf(List<Long> ids) {
        Map<Long, Set<Topic>> topics = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT e.id, tp FROM LibraryEntry e JOIN e.topics tp WHERE e.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            topics.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeSet<>()).add((Topic) r[1]);
        }
        return topics;
    }

    // ---------------------------------------------------------------- internals

    /** Rebuilds the entry's normalised search text and its weighted terms (in the caller's transaction). */
    void reindex(LibraryEntry e) {
        List<String> fileTexts = em.createQuery("SELECT f.text FROM LibraryFile f WHERE f.entryId = :e ORDER BY f.id", String.class)
                .setParameter("e", e.getId()).getResultList();
        String fileText = String.join(" ", fileTexts);
        SearchText.Weights w = new SearchText.Weights()
                .add(e.getTitle(), SearchText.TITLE)
                .add(e.getKeywords(), SearchText.KEYWORDS)
                .add(e.getSummary(), SearchText.SUMMARY)
                .add(e.getAuthors(), SearchText.AUTHORS)
                .add(fileText, SearchText.FILE_TEXT);
        String all = SearchText.normalize(e.getTitle() + " " + e.getKeywords() + " " + e.getSummary() + " "
                + e.getAuthors() + " " + fileText);
        e.setSearchText(all.length() > MAX_SEARCH_TEXT ? all.substring(0, MAX_SEARCH_TEXT) : all);
        em.createQuery("DELETE FROM LibraryTerm t WHERE t.entryId = :e").setParameter("e", e.getId()).executeUpdate();
        for (Map.Entry<String, Integer> t : w.result().entrySet()) {
            em.persist(new LibraryTerm(e.getId(), t.getKey(), t.getValue()));
        }
        em.flush();
    }

    static EntryInput validateInput(EntryInput in) {
        if (in == null) {
            throw new ValidationException("library.title.required");
        }
        String title = Input.clean(in.title());
        String authors = Input.clean(in.authors());
        String keywords = Input.clean(in.keywords());
        String summary = Input.clean(in.summary());
        String language = Input.clean(in.language()).isEmpty() ? "es" : Input.clean(in.language()).toLowerCase(java.util.Locale.ROOT);
        String licence = Input.clean(in.licence()).isEmpty() ? "CC BY 4.0" : Input.clean(in.licence());
        String links = Input.clean(in.links());
        if (title.isEmpty()) {
            throw new ValidationException("library.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new ValidationException("library.title.tooLong", MAX_TITLE);
        }
        if (authors.isEmpty()) {
            throw new ValidationException("library.authors.required");
        }
        if (authors.length() > MAX_AUTHORS) {
            throw new ValidationException("library.authors.tooLong", MAX_AUTHORS);
        }
        int thisYear = LocalDate.now(MEXICO).getYear();
        if (in.year() == null || in.year() < 1900 || in.year() > thisYear + 1) {
            throw new ValidationException("library.year.invalid", 1900, String.valueOf(thisYear + 1));
        }
        if (in.type() == null) {
            throw new ValidationException("library.type.required");
        }
        if (in.topics() == null || in.topics().isEmpty() || in.topics().contains(null)) {
            throw new ValidationException("library.topics.required");
        }
        if (keywords.length() > MAX_KEYWORDS) {
            throw new ValidationException("library.keywords.tooLong", MAX_KEYWORDS);
        }
        if (summary.isEmpty()) {
            throw new ValidationException("library.summary.required");
        }
        if (summary.length() > MAX_SUMMARY) {
            throw new ValidationException("library.summary.tooLong", MAX_SUMMARY);
        }
        if (language.length() > 10 || licence.length() > 120) {
            throw new ValidationException("library.language.invalid");
        }
        if (links.length() > MAX_LINKS) {
            throw new ValidationException("library.links.tooLong", MAX_LINKS);
        }
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

    private EntryInput validate(EntryInput in) {
        return validateInput(in);
    }

    private LibraryEntry visible(Caller caller, long id) {
        LibraryEntry e = em.find(LibraryEntry.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, e.getWorkspace().getId(), e.getVisibility());
        return e;
    }

    private boolean adopted(long entryId, long bodyId) {
        return em.createQuery("SELECT COUNT(a) FROM LibraryAdoption a WHERE a.entryId = :e AND a.body.id = :b", Long.class)
                .setParameter("e", entryId).setParameter("b", bodyId).getSingleResult() > 0;
    }

    private Workspace homeBody(Caller caller) {
        if (caller.memberId() == null) {
            return null;
        }
        List<Workspace> w = em.createQuery("SELECT m.homeBody FROM Member m WHERE m.id = :id", Workspace.class)
                .setParameter("id", caller.memberId()).getResultList();
        return w.isEmpty() ? null : w.get(0);
    }

    private EntryView view(LibraryEntry e, Caller caller) {
        List<EntryView.FileItem> fileItems = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT s.id, s.originalName, s.mediaType, s.size FROM LibraryFile f, StoredFile s"
                + " WHERE f.entryId = :e AND s.id = f.fileId ORDER BY f.id", Object[].class).setParameter("e", e.getId()).getResultList()) {
            fileItems.add(new EntryView.FileItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
        }
        List<EntryView.Adoption> adoptions = new ArrayList<>();
        for (LibraryAdoption a : em.createQuery("SELECT a FROM LibraryAdoption a JOIN FETCH a.body WHERE a.entryId = :e"
                + " ORDER BY a.adoptedOn DESC, a.id DESC", LibraryAdoption.class).setParameter("e", e.getId()).getResultList()) {
            adoptions.add(new EntryView.Adoption(a.getBody().getId(), a.getBody().getAcronym(), a.getAdoptedOn(), a.getNote(),
                    a.getUsername(), a.getEvidenceFileId()));
        }
        Workspace home = homeBody(caller);
        boolean canAdopt = home != null && adoptions.stream().noneMatch(a -> a.bodyId() == home.getId());
        List<String> links = e.getLinks().isBlank() ? List.of() : List.of(e.getLinks().split("\\s+"));
        List<Topic> topics = List.copyOf(new TreeSet<>(e.getTopics()));
        return new EntryView(e.getId(), e.getWorkspace().getId(), e.getWorkspace().getAcronym(), e.getWorkspace().getName(),
                e.getTitle(), e.getAuthors(), e.getYear(), e.getType(), topics, e.getKeywords(), e.getSummary(),
                e.getLanguage(), e.getLicence(), links, e.getVisibility(), e.getDownloads(), e.getProposalId(),
                e.getCreatedBy(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion(),
                caller.signedIn() && caller.memberOf(e.getWorkspace().getId()), fileItems, adoptions, canAdopt);
    }

    private jakarta.json.JsonObjectBuilder base(LibraryEntry e) {
        return Json.createObjectBuilder()
                .add("kind", "LIBRARY_ENTRY")
                .add("id", e.getId())
                .add("title", e.getTitle())
                .add("path", "/acervo/ver.xhtml?id=" + e.getId())
                .add("workspaceId", e.getWorkspace().getId())
                .add("visibility", e.getVisibility().name())
                .add("occurredAt", Instant.now().toString());
    }

    private void publish(LibraryEntry e) {
        JsonArrayBuilder topics = Json.createArrayBuilder();
        new TreeSet<>(e.getTopics()).forEach(t -> topics.add(t.name()));
        String url = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
                + "/acervo/ver.xhtml?id=" + e.getId();
        outbox.record("library.published", "LibraryEntry", e.getId(), e.getVersion(), e.getWorkspace().getId(),
                base(e).add("pnt", Json.createObjectBuilder()
                        .add("title", e.getTitle())
                        .add("authors", e.getAuthors())
                        .add("body", e.getWorkspace().getName())
                        .add("bodyAcronym", e.getWorkspace().getAcronym())
                        .add("year", e.getYear())
                        .add("type", e.getType().name())
                        .add("typeLabel", e.getType().sipotLabel())
                        .add("topics", topics)
                        .add("topicLabels", topicLabels(e))
                        .add("summary", e.getSummary())
                        .add("url", url)).build());
    }

    private static JsonArrayBuilder topicLabels(LibraryEntry e) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        new TreeSet<>(e.getTopics()).forEach(t -> labels.add(t.sipotLabel()));
        return labels;
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** For the demo seed: the internal create without a caller's session (the seed is the system). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long seed(Workspace w, EntryInput in, String createdBy, Map<String, byte[]> pdfs) {
        LibraryEntry e = new LibraryEntry(w, validate(in), createdBy, Instant.now());
        em.persist(e);
        em.flush();
        for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(pdfs).entrySet()) {
            FileRef ref = files.store(f.getKey(), f.getValue(), createdBy);
            em.persist(new LibraryFile(e.getId(), ref.id(), PdfText.extract(f.getValue())));
        }
        em.flush();
        reindex(e);
        if (e.getVisibility() == Visibility.PUBLIC) {
            publish(e);  // public entries reach the PNT like any other
        }
        return e.getId();
    }
}
