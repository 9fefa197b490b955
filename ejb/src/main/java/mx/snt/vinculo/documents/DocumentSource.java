package mx.snt.vinculo.documents;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.search.SearchDoc;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchSource;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Workspace documents for the search: title and body, with the document's own visibility. */
@Stateless
public class DocumentSource implements SearchSource {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Override
    public String type() {
        return "Document";
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(d) FROM Document d", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(long afterId, int max) {
        return em.createQuery("SELECT d.id FROM Document d WHERE d.id > :a ORDER BY d.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<SearchDoc>> out = new HashMap<>();
        for (Document d : em.createQuery("SELECT d FROM Document d JOIN FETCH d.workspace WHERE d.id IN :ids", Document.class)
                .setParameter("ids", List.copyOf(ids)).getResultList()) {
            long ws = d.getWorkspace().getId();
            String body = d.getBody() == null ? "" : d.getBody();
            out.put(d.getId(), List.of(new SearchDoc(SearchKind.DOCUMENT, d.getId(), ws, d.getWorkspace().getAcronym(),
                    VisibilityRule.readers(ws, d.getVisibility()), d.getTitle(), body.length() > 280 ? body.substring(0, 279) + "…" : body,
"", body + "\n" + d.getAuthor(), MexicoCity.dayOf(d.getCreatedAt()), 0, List.of(), null, null, 0,
                    PagePaths.document(d.getId()))));
        }
        return out;
    }
}
