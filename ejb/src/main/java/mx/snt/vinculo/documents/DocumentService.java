package mx.snt.vinculo.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Clock;

/** Creating, reading, listing and (re)publishing workspace documents. */
@Stateless
public class DocumentService {

    private static final String VIEW = "SELECT NEW mx.snt.vinculo.documents.DocumentView(d.id, w.id, w.acronym, d.title, d.body,"
            + " d.visibility, d.author, d.createdAt, d.updatedAt, d.version)";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private mx.snt.vinculo.security.CallerDirectory people;

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
        Document d = Document.create(w, title, body, visibility, caller.username(), clock.instant());
        em.persist(d);
        em.flush();
        audit.record(caller, "Document", d.getId(), "document.create", null, visibility.name(), d.getTitle(), AuditScope.of(d.getWorkspace().getId(), d.getVisibility()));
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
        Visibility before = d.getVisibility();
        if (!d.changeVisibility(visibility, expectedVersion, clock.instant())) {
            return view(d);
        }
        em.flush();
        audit.record(caller, "Document", d.getId(), "document.visibility", before.name(), visibility.name(), null, AuditScope.of(d.getWorkspace().getId(), d.getVisibility()));
        if (visibility == Visibility.PUBLIC) {
            publish(d);
        } else if (before == Visibility.PUBLIC) {
            outbox.record("document.unpublished", "Document", d.getId(), d.getVersion(), d.getWorkspace().getId(),
                    payload(d).build());
        }
        return view(d);
    }

    /** A workspace's documents the caller may see, newest first. */
    public Page<DocumentView> forWorkspace(long workspaceId, int first, int size) {
        return list(workspaceId, first, size);
    }

    /** Everything the caller may see across the network (the public sees PUBLIC only), newest first. */
    public Page<DocumentView> visible(int first, int size) {
        return list(null, first, size);
    }

    private Page<DocumentView> list(Long workspaceId, int first, int size) {
        VisibilityRule.Filter visible = VisibilityRule.filter(callers.current(), "d");
        return ListQuery.from("FROM Document d JOIN d.workspace w")
                .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId)
                .where(visible.jpql(), visible.parameters())
                .page(em, VIEW, "d.createdAt DESC, d.id DESC", DocumentView.class, "d", first, size);
    }

    private void publish(Document d) {
        outbox.record("document.published", "Document", d.getId(), d.getVersion(), d.getWorkspace().getId(),
                payload(d).add("body", d.getBody()).build());
    }

    private JsonObjectBuilder payload(Document d) {
        return EventPayload.of("DOCUMENT", d.getId(), d.getTitle(), PagePaths.document(d.getId()), d.getWorkspace().getId(),
                d.getVisibility(), clock.instant());
    }

    private DocumentView view(Document d) {
        String name = people.displayNames(java.util.List.of(d.getAuthor())).getOrDefault(d.getAuthor(), d.getAuthor());
        return new DocumentView(d.getId(), d.getWorkspace().getId(), d.getWorkspace().getAcronym(), d.getTitle(),
                d.getBody(), d.getVisibility(), d.getAuthor(), d.getCreatedAt(), d.getUpdatedAt(), d.getVersion(), name);
    }
}
