package mx.snt.vinculo.sessions;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.search.SearchDoc;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchSource;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sessions for the search: the session itself, each agenda item, each acuerdo (with its own visibility) and the
 * acta once drafted, all as one group, so a change of the session or of an item replaces them together. Items and
 * the acta are seen by whoever sees the session.
 */
@Stateless
public class SessionSource implements SearchSource {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Override
    public String type() {
        return "Session";
    }

    @Override
    public Set<String> parts() {
        return Set.of("AgendaItem");
    }

    @Override
    public Collection<Long> owners(String partType, Collection<Long> partIds) {
        return em.createQuery("SELECT DISTINCT i.session.id FROM AgendaItem i WHERE i.id IN :ids", Long.class)
                .setParameter("ids", List.copyOf(partIds)).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM Session s", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(long afterId, int max) {
        return em.createQuery("SELECT s.id FROM Session s WHERE s.id > :a ORDER BY s.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> list = List.copyOf(ids);
        List<Session> sessions = em.createQuery("SELECT s FROM Session s JOIN FETCH s.workspace WHERE s.id IN :ids", Session.class)
                .setParameter("ids", list).getResultList();
        Map<Long, List<AgendaItem>> items = new HashMap<>();
        for (AgendaItem i : em.createQuery("SELECT i FROM AgendaItem i WHERE i.session.id IN :ids ORDER BY i.position", AgendaItem.class)
                .setParameter("ids", list).getResultList()) {
            items.computeIfAbsent(i.getSession().getId(), k -> new ArrayList<>()).add(i);
        }
        Map<Long, List<Acuerdo>> acuerdos = new HashMap<>();
        for (Acuerdo a : em.createQuery("SELECT a FROM Acuerdo a WHERE a.session.id IN :ids ORDER BY a.id", Acuerdo.class)
                .setParameter("ids", list).getResultList()) {
            acuerdos.computeIfAbsent(a.getSession().getId(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, List<SearchDoc>> out = new HashMap<>();
        for (Session s : sessions) {
            long ws = s.getWorkspace().getId();
            String wsLabel = s.getWorkspace().getAcronym();
            Set<String> readers = VisibilityRule.readers(ws, s.getVisibility());
            LocalDate day = s.getStartsAt() == null ? LocalDate.EPOCH : MexicoCity.dayOf(s.getStartsAt());
            String path = PagePaths.session(s.getId());
            String state = s.getState().name();
            List<SearchDoc> docs = new ArrayList<>();
            StringBuilder agenda = new StringBuilder();
            for (AgendaItem i : items.getOrDefault(s.getId(), List.of())) {
                agenda.append(i.getTitle()).append('\n');
                docs.add(new SearchDoc(SearchKind.AGENDA_ITEM, i.getId(), ws, wsLabel, readers, i.getTitle(),
                        s.getTitle(), i.getPresenter(), join(i.getBody(), i.getResult()), day, 0, List.of(), state,
                        i.getKind().name(), 0, path));
            }
            docs.add(0, new SearchDoc(SearchKind.SESSION, s.getId(), ws, wsLabel, readers, s.getTitle(),
                    join(s.getPlace()), s.getWorkspace().getAcronym(), join(agenda.toString(), s.getCancelReason()), day, 0,
                    List.of(), state, s.getKind().name(), 0, path));
            for (Acuerdo a : acuerdos.getOrDefault(s.getId(), List.of())) {
                LocalDate adopted = a.getAdoptedAt() == null ? day : MexicoCity.dayOf(a.getAdoptedAt());
                docs.add(new SearchDoc(SearchKind.ACUERDO, a.getId(), ws, wsLabel,
                        VisibilityRule.readers(ws, a.getVisibility()), a.getNumber(), a.getText(),
                        a.getNumber(), join(a.getResult(), s.getTitle()), adopted, 0, List.of(), null, null, 0, path));
            }
            if (s.getActaText() != null && !s.getActaText().isBlank()) {
                docs.add(new SearchDoc(SearchKind.ACTA, s.getId(), ws, wsLabel, readers, s.getTitle(), "", "",
                        s.getActaText(), s.getEndedAt() == null ? day : MexicoCity.dayOf(s.getEndedAt()), 0, List.of(),
                        state, null, 0, path));
            }
            out.put(s.getId(), docs);
        }
        return out;
    }

    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(p).append('\n');
            }
        }
        return sb.toString();
    }
}
