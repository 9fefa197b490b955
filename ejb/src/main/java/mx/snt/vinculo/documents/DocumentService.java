package mx.snt.vinculo.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Instant;
import java.util.List;

/** Creating, reading, listing and (re)publishing workspace documents. */
@Stateless
public class DocumentService {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    private static final String VIEW = "SELECT NEW mx.snt.vinculo.documents.DocumentView(d.id, w.id, w.acronym, d.title, d.body,"
            + " d.visibility, d.author, d.createdAt, d.updatedAt, d.version) FROM Document d JOIN d.workspace w";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    /** Members of a workspace write its documents. */
    public DocumentView create(long workspaceId, String title, String body, Visibility visibility) {
        Caller caller = callers.current();
        Workspace w = em.find(Workspace.class, workspaceId);
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        if (!caller.memberOf(workspaceId)) {
            throw new ForbiddenException();
        }
        String t = Fields.required(title, MAX_TITLE, "document.title");
        String b = Fields.optional(body, MAX_BODY, "document.body");
        if (visibility == null) {
            throw new ValidationException("document.visibility.required");
        }
        Document d = new Document(w, t, b, visibility, caller.username(), Instant.now());
        em.persist(d);
        em.flush();
        audit.record(caller, "Document", d.getId(), "document.create", null, visibility.name(), t);
        if (visibility == Visibility.PUBLIC) {
            publish(d);
        }
        return view(d);
    }

    /** The document, if the caller may see it; otherwise not found. */
    public DocumentView get(long id) {
        Caller caller = callers.current();
        Document d = em.find(Document.class, id);
        if (d == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, d.getWorkspace().getId(), d.getVisibility());
        return view(d);
    }

    /** Members of the document's workspace change who may see it. */
    public DocumentView changeVisibility(long id, long expectedVersion, Visibility visibility) {
        Caller caller = callers.current();
        Document d = em.find(Document.class, id);
        if (d == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, d.getWorkspace().getId(), d.getVisibility());
        if (!caller.memberOf(d.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        if (visibility == null) {
            throw new ValidationException("document.visibility.required");
        }
        if (d.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        Visibility before = d.getVisibility();
        if (before == visibility) {
            return view(d);
        }
        d.changeVisibility(visibility, Instant.now());
        em.flush();
        audit.record(caller, "Document", d.getId(), "document.visibility", before.name(), visibility.name(), null);
        if (visibility == Visibility.PUBLIC) {
            publish(d);
        } else if (before == Visibility.PUBLIC) {
            outbox.record("document.unpublished", "Document", d.getId(), d.getVersion(), d.getWorkspace().getId(),
                    Json.createObjectBuilder().add("kind", "DOCUMENT").add("id", d.getId()).add("title", d.getTitle())
                            .add("path", "/documentos/ver.xhtml?id=" + d.getId()).add("workspaceId", d.getWorkspace().getId())
                            .add("visibility", d.getVisibility().name()).add("occurredAt", Instant.now().toString()).build());
        }
        return view(d);
    }

    /** A workspace's documents the caller may see, newest first. */
    public Page<DocumentView> forWorkspace(long workspaceId, int first, int size) {
        return list(" WHERE w.id = :ws AND ", workspaceId, first, size);
    }

    /** Everything the caller may see across the network (the public sees PUBLIC only), newest first. */
    public Page<DocumentView> visible(int first, int size) {
        return list(" WHERE ", null, first, size);
    }

    private Page<DocumentView> list(String where, Long workspaceId, int first, int size) {
        Caller caller = callers.current();
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        VisibilityRule.Filter visible = VisibilityRule.filter(caller, "d");
        String condition = where + visible.jpql();
        TypedQuery<DocumentView> q = em.createQuery(VIEW + condition + " ORDER BY d.createdAt DESC, d.id DESC", DocumentView.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(d) FROM Document d JOIN d.workspace w" + condition, Long.class);
        for (TypedQuery<?> query : List.of(q, c)) {
            visible.bind(query);
            if (workspaceId != null) {
                query.setParameter("ws", workspaceId);
            }
        }
        return new Page<>(q.setFirstResult(first).setMaxResults(size).getResultList(), c.getSingleResult(), first, size);
    }

    private void publish(Document d) {
        outbox.record("document.published", "Document", d.getId(), d.getVersion(), d.getWorkspace().getId(),
                Json.createObjectBuilder()
                        .add("kind", "DOCUMENT")
                        .add("id", d.getId())
                        .add("title", d.getTitle())
                        .add("path", "/documentos/ver.xhtml?id=" + d.getId())
                        .add("workspaceId", d.getWorkspace().getId())
                        .add("visibility", d.getVisibility().name())
                        .add("occurredAt", Instant.now().toString())
                        .add("body", d.getBody())
                        .build());
    }

    private static DocumentView view(Document d) {
        return new DocumentView(d.getId(), d.getWorkspace().getId(), d.getWorkspace().getAcronym(), d.getTitle(),
                d.getBody(), d.getVisibility(), d.getAuthor(), d.getCreatedAt(), d.getUpdatedAt(), d.getVersion());
    }
}
