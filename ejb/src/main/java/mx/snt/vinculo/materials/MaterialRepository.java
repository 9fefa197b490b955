package mx.snt.vinculo.materials;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.Collection;
import java.util.List;

/** The queries of materials: one by id, lists through the visibility rule, batches for search and feeds. */
@Stateless
public class MaterialRepository {

    static final String ROW = "SELECT NEW mx.snt.vinculo.materials.MaterialRow(m.id, w.id, w.code, w.name, m.kind, m.title,"
            + " m.description, m.visibility, m.updatedAt)";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public Material find(long id) {
        return em.find(Material.class, id);
    }

    public Workspace workspace(long id) {
        return em.find(Workspace.class, id);
    }

    public void persist(Object o) {
        em.persist(o);
    }

    public void flush() {
        em.flush();
    }

    /** The materials the caller may see, of one workspace or all, of one kind or all, newest change first. */
    public Page<MaterialRow> list(Caller caller, Long workspaceId, MaterialKind kind, int first, int size) {
        VisibilityRule.Filter visible = VisibilityRule.filter(caller, "m");
        return ListQuery.from("FROM Material m JOIN m.workspace w")
                .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId)
                .whereIf(kind != null, "m.kind = :kind", "kind", kind)
                .where(visible.jpql(), visible.parameters())
                .page(em, ROW, "m.updatedAt DESC, m.id DESC", MaterialRow.class, "m", first, size);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM Material m", Long.class).getSingleResult();
    }

    public List<Long> ids(long afterId, int max) {
        return em.createQuery("SELECT m.id FROM Material m WHERE m.id > :a ORDER BY m.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
    }

    /** Materials with their workspace, in one query (the images are read by {@link #imagesOf}). */
    public List<Material> withWorkspace(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Material m JOIN FETCH m.workspace WHERE m.id IN :ids", Material.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** The images of these materials, in one query. */
    public List<MaterialImage> imagesOf(Collection<Long> materialIds) {
        if (materialIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM MaterialImage i WHERE i.material.id IN :ids ORDER BY i.material.id, i.position",
                MaterialImage.class).setParameter("ids", List.copyOf(materialIds)).getResultList();
    }
}
