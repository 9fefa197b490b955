package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.search.SearchDoc;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchSource;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library's entries for the search: title, summary, authors, keywords, the topics' names, the body's acronym (not its long name, which would
 * match most words of the field) and the
 * text of their PDFs (extracted at upload and kept in {@code library_entry_file}).
 */
@Stateless
public class LibrarySource implements SearchSource {

    @EJB
    private LibraryRepository repository;

    @Override
    public String type() {
        return "LibraryEntry";
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(e) FROM LibraryEntry e", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(long afterId, int max) {
        return em().createQuery("SELECT e.id FROM LibraryEntry e WHERE e.id > :a ORDER BY e.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> list = List.copyOf(ids);
        Map<Long, LibraryEntry> entries = repository.byId(list);
        Map<Long, Set<Topic>> topics = repository.topicsOf(list);
        Map<Long, StringBuilder> fileText = new HashMap<>();
        for (Object[] r : em().createQuery("SELECT f.entryId, f.text FROM LibraryFile f WHERE f.entryId IN :ids ORDER BY f.id",
                Object[].class).setParameter("ids", list).getResultList()) {
            fileText.computeIfAbsent(((Number) r[0]).longValue(), k -> new StringBuilder()).append(r[1]).append('\n');
        }
        Map<Long, List<SearchDoc>> out = new HashMap<>();
        for (LibraryEntry e : entries.values()) {
            Set<Topic> ts = topics.getOrDefault(e.getId(), new TreeSet<>());
            List<String> topicNames = ts.stream().map(Enum::name).toList();
            StringBuilder text = new StringBuilder();
            text.append(e.getAuthors()).append('\n');
            ts.forEach(t -> text.append(t.sipotLabel()).append('\n'));
            text.append(fileText.getOrDefault(e.getId(), new StringBuilder()));
            long ws = e.getWorkspace().getId();
            out.put(e.getId(), new ArrayList<>(List.of(new SearchDoc(SearchKind.LIBRARY, e.getId(), ws,
                    e.getWorkspace().getAcronym(), VisibilityRule.readers(ws, e.getVisibility()), e.getTitle(),
                    e.getSummary(), e.getKeywords() + "\n" + e.getWorkspace().getAcronym(), text.toString(), MexicoCity.dayOf(e.getCreatedAt()), e.getYear(), topicNames, null,
                    e.getType().name(), e.getAdoptionCount(), PagePaths.libraryEntry(e.getId())))));
        }
        return out;
    }

    private EntityManager em() {
        return repository.em();
    }
}
