package mx.snt.vinculo.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way lists are filtered and paged in the database: a FROM clause, conditions added
 * one filter at a time (each with its named parameters), then one query for the page and one
 * for the total. Every list page and API list uses it, so no filter is written twice.
 *
 * <pre>
 * ListQuery.from("FROM Agreement a JOIN a.workspace w")
 *         .where(visible.jpql(), visible.parameters())
 *         .whereIf(state != null, "a.state = :state", "state", state)
 *         .page(em, "SELECT new …Row(a.id, …)", "a.updatedAt DESC, a.id DESC", AgreementRow.class, "a", first, size);
 * </pre>
 */
public final class ListQuery {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ListQuery(String from) {
        this.from = from;
    }

    /** {@code from} is the FROM clause with its joins, e.g. {@code "FROM Session s JOIN s.workspace w"}. */
    public static ListQuery from(String from) {
        return new ListQuery(from);
    }

    /** Adds a condition; {@code nameValues} are its parameters as name, value, name, value… */
    public ListQuery where(String condition, Object... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name/value pairs");
        }
        conditions.add(condition);
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put((String) nameValues[i], nameValues[i + 1]);
        }
        return this;
    }

    /** Adds a condition whose parameters are already in a map (e.g. the visibility rule's). */
    public ListQuery where(String condition, Map<String, Object> params) {
        conditions.add(condition);
        parameters.putAll(params);
        return this;
    }

    /** Adds the condition only when the filter was given. */
    public ListQuery whereIf(boolean given, String condition, Object... nameValues) {
        return given ? where(condition, nameValues) : this;
    }

    /** The FROM and WHERE clauses, for callers that need them in a query of their own. */
    public String clauses() {
        return conditions.isEmpty() ? " " + from : " " + from + " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** A typed query {@code select + clauses + ORDER BY orderBy} with every parameter bound. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
        String order = orderBy == null || orderBy.isBlank() ? "" : " ORDER BY " + orderBy;
        return bind(em.createQuery(select + clauses() + order, type));
    }

    /**
     * The number of rows, counting {@code countOf} (an alias or {@code DISTINCT alias}); kept while the data does not
     * change ({@link KeptAnswers}): the total is the costly half of a page.
     */
    public long count(EntityManager em, String countOf) {
        String jpql = "SELECT COUNT(" + countOf + ")" + clauses();
        return KeptAnswers.get(KeptAnswers.key(jpql, parameters),
                () -> bind(em.createQuery(jpql, Long.class)).getSingleResult());
    }

    /** One page and the total, with {@code first} and {@code size} clamped to sane bounds. */
    public <T> Page<T> page(EntityManager em, String select, String orderBy, Class<T> type, String countOf,
                            int first, int size) {
        int f = Page.clampFirst(first);
        int s = Page.clampSize(size);
        List<T> items = query(em, select, orderBy, type).setFirstResult(f).setMaxResults(s).getResultList();
        return new Page<>(items, count(em, countOf), f, s);
    }

    /**
     * One page read as {@code Object[]} rows and turned into {@code T}s by {@code read} (which may look up what the rows
     * refer to, one query for the whole page), and the total. The page is kept while the data does not change
     * ({@link KeptAnswers}), like the total: most visits of a list open the same first page. {@code name} tells
     * different lists over the same clauses apart.
     */
    public <T> Page<T> keptPage(EntityManager em, String name, String select, String orderBy, String countOf,
                                int first, int size, Function<List<Object[]>, List<T>> read) {
        int f = Page.clampFirst(first);
        int s = Page.clampSize(size);
        List<T> items = KeptAnswers.get(KeptAnswers.key(name + clauses() + " ORDER BY " + orderBy + " @" + f + "+" + s, parameters),
                () -> read.apply(query(em, select, orderBy, Object[].class).setFirstResult(f).setMaxResults(s).getResultList()));
        return new Page<>(items, count(em, countOf), f, s);
    }

    private <Q extends jakarta.persistence.Query> Q bind(Q q) {
        parameters.forEach(q::setParameter);
        return q;
    }
}
