package mx.snt.vinculo.opendata;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public datasets, read from the database through the visibility rule for an anonymous caller (whoever
 * asks: a signed-in member downloading open data gets what the public gets). Downloads read {@link #batch}es
 * in key order, each a short query of at most {@link #BATCH} rows, so no table is ever held in memory; the API
 * reads {@link #page}s. Joined values (an agreement's parties, an entry's topics) come in one query per batch.
 */
@Stateless
public class OpenData {

    public static final int BATCH = 500;

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    /** Up to {@code max} records after {@code afterKey}, ascending; {@code workspaceId} null for every workspace. */
    public List<DataRecord> batch(Dataset dataset, Long workspaceId, long afterKey, int max) {
        ListQuery q = query(dataset, workspaceId).where(alias(dataset) + ".id > :after", "after", afterKey);
        List<Object[]> rows = q.query(em, select(dataset), alias(dataset) + ".id", Object[].class)
                .setMaxResults(Math.max(1, Math.min(max, BATCH))).getResultList();
        return records(dataset, rows);
    }

    /** One page (offset, size 1–100) and the total, in key order. */
    public Page<DataRecord> page(Dataset dataset, Long workspaceId, int first, int size) {
        ListQuery q = query(dataset, workspaceId);
        List<Object[]> rows = q.query(em, select(dataset), alias(dataset) + ".id", Object[].class)
                .setFirstResult(Page.clampFirst(first)).setMaxResults(Page.clampSize(size)).getResultList();
        return new Page<>(records(dataset, rows), q.count(em, alias(dataset)), Page.clampFirst(first), Page.clampSize(size));
    }

    /** The workspace of a commission (or any workspace) code, case-insensitive; unknown: not found. */
    public long workspaceOf(String code) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new NotFoundException();
        }
        List<Long> found = em.createQuery("SELECT w.id FROM Workspace w WHERE w.code = :c", Long.class)
                .setParameter("c", code.toUpperCase(Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    private static String alias(Dataset d) {
        return switch (d) {
            case SESSIONS -> "s";
            case ACUERDOS -> "a";
            case AGREEMENTS -> "g";
            case LIBRARY -> "e";
        };
    }

    private static ListQuery query(Dataset d, Long workspaceId) {
        Caller everyone = Caller.anonymous();
        return switch (d) {
            case SESSIONS -> rule(ListQuery.from("FROM Session s JOIN s.workspace w"), VisibilityRule.filter(everyone, "s"))
                    .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId);
            // An acuerdo is public when it is and its session is (both follow publication; both are checked).
            case ACUERDOS -> rule(rule(ListQuery.from("FROM Acuerdo a JOIN a.session s JOIN s.workspace w"),
                    VisibilityRule.filter(everyone, "a.visibility", "a.workspaceId")), VisibilityRule.filter(everyone, "s"))
                    .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId);
            case AGREEMENTS -> rule(ListQuery.from("FROM Agreement g JOIN g.workspace w"), VisibilityRule.filter(everyone, "g"))
                    .where("g.state = :inForce", "inForce", AgreementState.IN_FORCE)
                    .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId);
            case LIBRARY -> rule(ListQuery.from("FROM LibraryEntry e JOIN e.workspace w"), VisibilityRule.filter(everyone, "e"))
                    .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId);
        };
    }

    private static ListQuery rule(ListQuery q, VisibilityRule.Filter f) {
        return q.where(f.jpql(), f.parameters());
    }

    private static String select(Dataset d) {
        return switch (d) {
            case SESSIONS -> "SELECT s.id, w.code, w.name, s.kind, s.number, s.year, s.title, s.startsAt, s.place, s.state, s.plainSummary";
            case ACUERDOS -> "SELECT a.id, a.number, w.code, s.id, a.adoptedAt, a.text, a.result, a.votesFor, a.votesAgainst, a.abstentions,"
                    + " a.plainSummary";
            case AGREEMENTS -> "SELECT g.id, w.code, g.title, g.type, g.purpose, g.signedOn, g.validityStart, g.validityEnd";
            case LIBRARY -> "SELECT e.id, e.title, e.authors, w.acronym, e.pubYear, e.type, e.summary, e.language, e.licence";
        };
    }

    private List<DataRecord> records(Dataset d, List<Object[]> rows) {
        List<DataRecord> out = new ArrayList<>(rows.size());
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        switch (d) {
            case SESSIONS -> {
                Map<Long, Map<String, String>> tr = translations(ids, "Session");
                rows.forEach(r -> out.add(new DataRecord(id(r), nullable(r[0], r[1], r[2], name(r[3]), r[4], r[5],
                        r[6], r[7], r[8], name(r[9]), PublicLinks.session(id(r)), r[10], tr.getOrDefault(id(r), Map.of())))));
            }
            case ACUERDOS -> {
                Map<Long, Map<String, String>> tr = translations(ids, "Acuerdo");
                rows.forEach(r -> out.add(new DataRecord(id(r), nullable(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                        r[7], r[8], r[9], PublicLinks.acuerdo(((Number) r[3]).longValue(), (String) r[1]), r[10],
                        tr.getOrDefault(id(r), Map.of())))));
            }
            case AGREEMENTS -> {
                Map<Long, List<String>> parties = joined(ids, "SELECT p.agreement.id, COALESCE(b.acronym, p.name)"
                        + " FROM AgreementParty p LEFT JOIN p.body b WHERE p.agreement.id IN :ids ORDER BY p.agreement.id, p.position");
                for (Object[] r : rows) {
                    out.add(new DataRecord(id(r), nullable(r[0], r[1], r[2], name(r[3]), r[4],
                            String.join("; ", parties.getOrDefault(id(r), List.of())), r[5], r[6], r[7], PublicLinks.agreement(id(r)))));
                }
            }
            case LIBRARY -> {
                Map<Long, List<String>> topics = joined(ids, "SELECT e.id, t FROM LibraryEntry e JOIN e.topics t"
                        + " WHERE e.id IN :ids ORDER BY e.id");
                for (Object[] r : rows) {
                    out.add(new DataRecord(id(r), nullable(r[0], r[1], r[2], r[3], r[4], name(r[5]),
                            String.join("; ", topics.getOrDefault(id(r), List.of()).stream().sorted().toList()),
                            r[6], r[7], r[8], PublicLinks.libraryEntry(id(r)))));
                }
            }
        }
        return out;
    }

    /** The translations of the plain-language summaries of these sessions or acuerdos (language → text), in one query. */
    private Map<Long, Map<String, String>> translations(Collection<Long> ids, String entity) {
        Map<Long, Map<String, String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("SELECT x.id, KEY(t), VALUE(t) FROM " + entity + " x JOIN x.summaryTranslations t"
                + " WHERE x.id IN :ids", Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.TreeMap<>()).put((String) r[1], (String) r[2]);
        }
        return out;
    }

    /** Values of a joined collection by owner id, in one query. */
    private Map<Long, List<String>> joined(Collection<Long> ids, String jpql) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(name(r[1]));
        }
        return out;
    }

    private static long id(Object[] r) {
        return ((Number) r[0]).longValue();
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** List.of refuses nulls; an agreement may lack a date, for instance. */
    private static List<Object> nullable(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
