package mx.snt.vinculo.library;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.HomeBodies;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The queries of entries, their files and adoptions (the search index reads entries through {@link LibrarySource}). */
@Stateless
public class LibraryRepository {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public EntityManager em() {
        return em;
    }

    /** The entry, if the caller may see it (otherwise not found). */
    public LibraryEntry visible(Caller caller, long id) {
        LibraryEntry e = em.find(LibraryEntry.class, id);
        if (e == null) {
            throw new NotFoundException();
        }
        VisibilityRule.check(caller, e.getWorkspace().getId(), e.getVisibility());
        return e;
    }

    public Workspace workspace(long id) {
        return em.find(Workspace.class, id);
    }

    public Workspace homeBody(Caller caller) {
        return HomeBodies.of(em, caller);
    }

    /** The caller's workspaces of type BODY. */
    public List<Workspace> bodiesOf(Caller caller) {
        if (caller.workspaceIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT w FROM Workspace w WHERE w.id IN :ids AND w.type = :t ORDER BY w.acronym", Workspace.class)
                .setParameter("ids", caller.workspaceIds()).setParameter("t", WorkspaceType.BODY).getResultList();
    }

    public boolean adopted(long entryId, long bodyId) {
        return em.createQuery("SELECT COUNT(a) FROM LibraryAdoption a WHERE a.entryId = :e AND a.body.id = :b", Long.class)
                .setParameter("e", entryId).setParameter("b", bodyId).getSingleResult() > 0;
    }

    public List<LibraryAdoption> adoptions(long entryId) {
        return em.createQuery("SELECT a FROM LibraryAdoption a JOIN FETCH a.body WHERE a.entryId = :e"
                + " ORDER BY a.adoptedOn DESC, a.id DESC", LibraryAdoption.class).setParameter("e", entryId).getResultList();
    }

    /** id, original name, media type and size of the entry's files, in the order they were attached. */
    public List<Object[]> files(long entryId) {
        return em.createQuery("SELECT s.id, s.originalName, s.mediaType, s.size FROM LibraryFile f, StoredFile s"
                + " WHERE f.entryId = :e AND s.id = f.fileId ORDER BY f.id", Object[].class).setParameter("e", entryId).getResultList();
    }

    public boolean hasFile(long entryId, long fileId) {
        return em.createQuery("SELECT COUNT(f) FROM LibraryFile f WHERE f.entryId = :e AND f.fileId = :f", Long.class)
                .setParameter("e", entryId).setParameter("f", fileId).getSingleResult() > 0;
    }

    public boolean hasEvidence(long entryId, long fileId) {
        return em.createQuery("SELECT COUNT(a) FROM LibraryAdoption a WHERE a.entryId = :e AND a.evidenceFileId = :f", Long.class)
                .setParameter("e", entryId).setParameter("f", fileId).getSingleResult() > 0;
    }

    /** Counters move with bulk updates, so they never collide with an editor's version. */
    public void countDownload(LibraryEntry e) {
        em.createQuery("UPDATE LibraryEntry e SET e.downloads = e.downloads + 1 WHERE e.id = :id")
                .setParameter("id", e.getId()).executeUpdate();
    }

    public void countAdoption(LibraryEntry e) {
        em.createQuery("UPDATE LibraryEntry e SET e.adoptionCount = e.adoptionCount + 1 WHERE e.id = :id")
                .setParameter("id", e.getId()).executeUpdate();
        em.refresh(e);
    }

    /** The entries of {@code ids} with their workspace, by id. */
    public Map<Long, LibraryEntry> byId(List<Long> ids) {
        Map<Long, LibraryEntry> byId = new HashMap<>();
        for (LibraryEntry e : em.createQuery("SELECT e FROM LibraryEntry e JOIN FETCH e.workspace WHERE e.id IN :ids",
                LibraryEntry.class).setParameter("ids", ids).getResultList()) {
            byId.put(e.getId(), e);
        }
        return byId;
    }

    /** The topics of each entry of {@code ids}, in the topics' order. */
    public Map<Long, Set<Topic>> topicsOf(List<Long> ids) {
        Map<Long, Set<Topic>> topics = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT e.id, tp FROM LibraryEntry e JOIN e.topics tp WHERE e.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            topics.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeSet<>()).add((Topic) r[1]);
        }
        return topics;
    }
}
