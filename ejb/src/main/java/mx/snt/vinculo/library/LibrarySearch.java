package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The library's full-text search and its index in the database: each entry's normalised terms
 * with a weight per field ({@code library_term}, built by {@link SearchText}), so every
 * instance of a cluster ranks alike. Every query term must match; relevance is the sum of the
 * matched terms' weights; facet counts cover the whole result with the current filters.
 */
@Stateless
public class LibrarySearch {

    static final int MAX_SEARCH_TEXT = 15_000;
    /** At most this many bodies and years are offered as facets. */
    static final int MAX_FACET_VALUES = 40;

    @EJB
    private Callers callers;
    @EJB
    private LibraryRepository repository;
    @EJB
    private LibraryAssembler assembler;

    /** One page of results the caller may see, and the facets of the whole result. */
    public SearchResult search(SearchQuery query, int first, int size) {
        Caller caller = callers.current();
        SearchQuery q = query == null ? SearchQuery.all() : query;
        int f = Page.clampFirst(first);
        int s = Page.clampSize(size);
        Conditions c = conditions(caller, q);
        long total = c.bound(em().createQuery("SELECT COUNT(e) FROM LibraryEntry e WHERE " + c.matching(), Long.class))
                .getSingleResult();
        List<Long> ids = List.of();
        Map<Long, Long> scores = Map.of();
        if (total > 0) {
            SearchQuery.Sort sort = q.sort() == null ? SearchQuery.Sort.RELEVANCE : q.sort();
            if (c.hasText() && sort == SearchQuery.Sort.RELEVANCE) {
                scores = rankedPage(c, f, s);
                ids = List.copyOf(scores.keySet());
            } else {
                ids = orderedPage(c, sort, f, s);
                scores = c.hasText() && !ids.isEmpty() ? scoresOf(ids, c.terms()) : Map.of();
            }
        }
        Page<EntryRow> page = new Page<>(assembler.rows(ids, scores), total, f, s);
        if (total == 0) {
            return new SearchResult(page, List.of(), List.of(), List.of(), List.of());
        }
        return new SearchResult(page, topicFacets(c), typeFacets(c), bodyFacets(c), yearFacets(c));
    }

    /**
     * The filters as JPQL on alias {@code e}: {@code filters} (visibility and facets) and
     * {@code matching} (the filters plus "has every term"), with their parameters.
     */
    private record Conditions(String filters, String matching, List<String> terms, Map<String, Object> params) {
        boolean hasText() {
            return !terms.isEmpty();
        }

        /** Binds the parameters this query uses (each query uses a different subset). */
        <Q extends Query> Q bound(Q query) {
            params.forEach((k, v) -> {
                if (query.getParameters().stream().anyMatch(p -> k.equals(p.getName()))) {
                    query.setParameter(k, v);
                }
            });
            return query;
        }
    }

    private static Conditions conditions(Caller caller, SearchQuery q) {
        List<String> terms = SearchText.queryTerms(q.text());
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
        String matching = cond.toString();
        if (!terms.isEmpty()) {
            params.put("terms", terms);
            params.put("nterms", (long) terms.size());
            matching += " AND e.id IN (SELECT t.entryId FROM LibraryTerm t WHERE t.term IN :terms"
                    + " GROUP BY t.entryId HAVING COUNT(t.term) = :nterms)";
        }
        return new Conditions(cond.toString(), matching, terms, params);
    }

    /** The page ranked by relevance: entry id → score, best first. */
    private Map<Long, Long> rankedPage(Conditions c, int first, int size) {
        Query ranked = c.bound(em().createQuery("SELECT t.entryId, SUM(t.weight) FROM LibraryTerm t, LibraryEntry e"
                + " WHERE t.entryId = e.id AND t.term IN :terms AND " + c.filters()
                + " GROUP BY t.entryId HAVING COUNT(t.term) = :nterms ORDER BY SUM(t.weight) DESC, t.entryId DESC"));
        Map<Long, Long> scores = new LinkedHashMap<>();
        for (Object row : ranked.setFirstResult(first).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            scores.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return scores;
    }

    /** The page in another order (adoptions, title, newest), as entry ids. */
    private List<Long> orderedPage(Conditions c, SearchQuery.Sort sort, int first, int size) {
        String order = switch (sort) {
            case ADOPTION -> " ORDER BY e.adoptionCount DESC, e.id DESC";
            case TITLE -> " ORDER BY e.title, e.id";
            default -> " ORDER BY e.pubYear DESC, e.id DESC";
        };
        return c.bound(em().createQuery("SELECT e.id FROM LibraryEntry e WHERE " + c.matching() + order, Long.class))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The relevance of entries listed in another order. */
    private Map<Long, Long> scoresOf(List<Long> ids, List<String> terms) {
        Map<Long, Long> scores = new HashMap<>();
        for (Object[] r : em().createQuery("SELECT t.entryId, SUM(t.weight) FROM LibraryTerm t"
                        + " WHERE t.entryId IN :ids AND t.term IN :terms GROUP BY t.entryId", Object[].class)
                .setParameter("ids", ids).setParameter("terms", terms).getResultList()) {
            scores.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return scores;
    }

    private List<SearchResult.Facet> topicFacets(Conditions c) {
        return facets(c, "SELECT tp, COUNT(e) FROM LibraryEntry e JOIN e.topics tp WHERE " + c.matching()
                + " GROUP BY tp ORDER BY COUNT(e) DESC", 0, r -> facet(((Topic) r[0]).name(), ((Topic) r[0]).name(), r[1]));
    }

    private List<SearchResult.Facet> typeFacets(Conditions c) {
        return facets(c, "SELECT e.type, COUNT(e) FROM LibraryEntry e WHERE " + c.matching()
                + " GROUP BY e.type ORDER BY COUNT(e) DESC", 0,
                r -> facet(((EntryType) r[0]).name(), ((EntryType) r[0]).name(), r[1]));
    }

    private List<SearchResult.Facet> bodyFacets(Conditions c) {
        return facets(c, "SELECT w.id, w.acronym, COUNT(e) FROM LibraryEntry e JOIN e.workspace w WHERE " + c.matching()
                + " GROUP BY w.id, w.acronym ORDER BY COUNT(e) DESC, w.acronym", MAX_FACET_VALUES,
                r -> facet(String.valueOf(r[0]), (String) r[1], r[2]));
    }

    private List<SearchResult.Facet> yearFacets(Conditions c) {
        return facets(c, "SELECT e.pubYear, COUNT(e) FROM LibraryEntry e WHERE " + c.matching()
                + " GROUP BY e.pubYear ORDER BY e.pubYear DESC", MAX_FACET_VALUES,
                r -> facet(String.valueOf(r[0]), String.valueOf(r[0]), r[1]));
    }

    /** One facet query; {@code max} 0 means every value. */
    private List<SearchResult.Facet> facets(Conditions c, String jpql, int max,
                                            Function<Object[], SearchResult.Facet> facet) {
        Query q = c.bound(em().createQuery(jpql));
        if (max > 0) {
            q.setMaxResults(max);
        }
        List<SearchResult.Facet> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add(facet.apply((Object[]) row));
        }
        return out;
    }

    private static SearchResult.Facet facet(String value, String label, Object count) {
        return new SearchResult.Facet(value, label, ((Number) count).longValue());
    }

    // ---------------------------------------------------------------- the index

    /** Rebuilds the entry's normalised search text and its weighted terms (in the caller's transaction). */
    public void reindex(LibraryEntry e) {
        EntityManager em = em();
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

    private EntityManager em() {
        return repository.em();
    }
}
