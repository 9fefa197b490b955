package mx.snt.vinculo.home;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.directory.HomeBodies;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home's own look-ups, each one query for a whole page of rows: the titles of the items recent
 * changes are about (one query per kind of item), people's names, the caller's home body.
 * The sections' queries are the features' (their repositories know their rules).
 */
@Stateless
public class HomeRepository {

    /** Item types of audit events whose title the home shows, and the entity that holds it. */
    static final Map<String, String> TITLED = Map.of(
            "Agreement", "Agreement", "Session", "Session", "Proposal", "Proposal", "ProposalCall", "ProposalCall",
            "Document", "Document", "LibraryEntry", "LibraryEntry");

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    /** id → title of the items of one kind (absent ids no longer exist). */
    public Map<Long, String> titles(String itemType, Collection<Long> ids) {
        String entity = TITLED.get(itemType);
        Map<Long, String> titles = new HashMap<>();
        if (entity == null || ids.isEmpty()) {
            return titles;
        }
        for (Object[] r : em.createQuery("SELECT x.id, x.title FROM " + entity + " x WHERE x.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList()) {
            titles.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return titles;
    }

    /** username → the person's given and family name (usernames of no member are absent). */
    public Map<String, String> names(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        for (Object[] r : em.createQuery("SELECT m.username, m.firstName, m.lastName FROM Member m WHERE m.username IN :u",
                Object[].class).setParameter("u", List.copyOf(usernames)).getResultList()) {
            String full = ((r[1] == null ? "" : (String) r[1]) + " " + (r[2] == null ? "" : (String) r[2])).strip();
            if (!full.isEmpty()) {
                names.put((String) r[0], full);
            }
        }
        return names;
    }

    public Long homeBodyId(Caller caller) {
        Workspace w = HomeBodies.of(em, caller);
        return w == null ? null : w.getId();
    }
}
