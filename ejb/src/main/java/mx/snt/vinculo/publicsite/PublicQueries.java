package mx.snt.vinculo.publicsite;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AttachmentKind;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public site's queries. Every one is filtered by the visibility rule as the public sees it
 * ({@link Caller#anonymous()}), in the database, and pages in the database; rows are built in the
 * query (no query per row: agreement parties come in one query per page).
 */
@Stateless
public class PublicQueries {

    private static final Caller PUBLIC = Caller.anonymous();

    private static final String SESSION_ROW = "SELECT s.id, w.code, w.acronym, s.kind, s.number, s.year, s.title,"
            + " s.startsAt, s.durationMinutes, s.place, s.state FROM Session s JOIN s.workspace w";

    private static final String ACUERDO_ROW = "SELECT a.id, a.number, a.adoptedAt, w.code, w.acronym, w.name, a.text,"
            + " a.result, a.votesFor, a.votesAgainst, a.abstentions, a.secret, s.title, s.year, s.kind, s.number, a.plainSummary"
            + " FROM Acuerdo a JOIN a.session s JOIN s.workspace w";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public EntityManager em() {
        return em;
    }

    // ------------------------------------------------------------------ units

    /**
     * The network and every active body, commission and region in one query (the public home shows them all),
     * each list in name order; the network is there even if marked inactive, as the home always names it.
     */
    public Map<WorkspaceType, List<PublicUnit>> allUnits() {
        Map<WorkspaceType, List<PublicUnit>> out = new java.util.EnumMap<>(WorkspaceType.class);
        for (WorkspaceType t : WorkspaceType.values()) {
            out.put(t, new ArrayList<>());
        }
        em.createQuery("SELECT w FROM Workspace w WHERE w.active = TRUE OR w.type = :network ORDER BY LOWER(w.name)", Workspace.class)
                .setParameter("network", WorkspaceType.NETWORK).getResultList()
                .forEach(w -> out.get(w.getType()).add(unit(w)));
        out.replaceAll((t, l) -> List.copyOf(l));
        return out;
    }

    public List<PublicUnit> units(WorkspaceType type) {
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type = :t AND w.active = TRUE ORDER BY LOWER(w.name)", Workspace.class)
                .setParameter("t", type).getResultList().stream().map(PublicQueries::unit).toList();
    }

    public long activeBodies() {
        return em.createQuery("SELECT COUNT(w) FROM Workspace w WHERE w.type = :t AND w.active = TRUE", Long.class)
                .setParameter("t", WorkspaceType.BODY).getSingleResult();
    }

    public Optional<Workspace> unit(WorkspaceType type, String code) {
        return em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class).setParameter("type", type)
                .setParameter("code", code).getResultStream().filter(Workspace::isActive).findFirst();
    }

    public List<PublicUnit> memberBodies(long workspaceId) {
        return em.createQuery("SELECT b FROM WorkspaceBody wb JOIN wb.body b WHERE wb.workspace.id = :w ORDER BY b.stateName, b.name",
                Workspace.class).setParameter("w", workspaceId).getResultList().stream().map(PublicQueries::unit).toList();
    }

    public List<SocialAccount> social(long workspaceId) {
        return em.createQuery("SELECT s FROM WorkspaceSocial s WHERE s.workspace.id = :w ORDER BY s.position",
                        mx.snt.vinculo.directory.WorkspaceSocial.class).setParameter("w", workspaceId).getResultList().stream()
                .map(s -> new SocialAccount(s.getNetwork().key(), s.getHandle(), s.getUrl())).toList();
    }

    static PublicUnit unit(Workspace w) {
        return new PublicUnit(w.getId(), w.getType(), w.getCode(), w.getAcronym(), w.getName(), w.getStateName(),
                PublicAddress.unit(w.getType(), w.getCode()));
    }

    // ------------------------------------------------------------------ sessions

    /**
     * Public sessions, newest first or (ascending) soonest first, optionally of one workspace, in some states,
     * between two instants (either may be null).
     */
    public Page<PublicSessionRow> sessions(Long workspaceId, List<SessionState> states, Instant from, Instant to,
                                           boolean ascending, int first, int size) {
        return sessions(workspaceId, states, from, to, ascending, first, size, true);
    }

    /** The first {@code size} of those sessions, without counting them all (the short lists of the home and a unit's page). */
    public List<PublicSessionRow> latestSessions(Long workspaceId, List<SessionState> states, Instant from, boolean ascending, int size) {
        return sessions(workspaceId, states, from, null, ascending, 0, size, false).items();
    }

    private Page<PublicSessionRow> sessions(Long workspaceId, List<SessionState> states, Instant from, Instant to,
                                            boolean ascending, int first, int size, boolean counted) {
        VisibilityRule.Filter f = VisibilityRule.filter(PUBLIC, "s");
        StringBuilder where = new StringBuilder(" WHERE ").append(f.jpql());
        Map<String, Object> p = new HashMap<>(f.parameters());
        if (workspaceId != null) {
            where.append(" AND w.id = :ws");
            p.put("ws", workspaceId);
        }
        if (states != null) {
            where.append(" AND s.state IN :states");
            p.put("states", states);
        }
        if (from != null) {
            where.append(" AND s.startsAt >= :from");
            p.put("from", from);
        }
        if (to != null) {
            where.append(" AND s.startsAt < :to");
            p.put("to", to);
        }
        TypedQuery<Object[]> q = em.createQuery(SESSION_ROW + where + " ORDER BY s.startsAt " + (ascending ? "ASC" : "DESC")
                + ", s.id", Object[].class);
        p.forEach(q::setParameter);
        List<PublicSessionRow> rows = q.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(PublicQueries::sessionRow).toList();
        return new Page<>(rows, counted ? count("SELECT COUNT(s) FROM Session s JOIN s.workspace w" + where, p) : rows.size(),
                first, size);
    }

    /** The public session a clean address names, if there is one. */
    public Optional<mx.snt.vinculo.sessions.Session> session(PublicAddress.SessionKey key) {
        VisibilityRule.Filter f = VisibilityRule.filter(PUBLIC, "s");
        return f.bind(em.createQuery("SELECT s FROM Session s JOIN s.workspace w WHERE w.code = :code AND s.year = :y"
                        + " AND s.kind = :k AND s.number = :n AND " + f.jpql(), mx.snt.vinculo.sessions.Session.class))
                .setParameter("code", key.workspaceCode()).setParameter("y", key.year()).setParameter("k", key.kind())
                .setParameter("n", key.number()).getResultStream().findFirst();
    }

    private static PublicSessionRow sessionRow(Object[] r) {
        String code = (String) r[1];
        int year = (Integer) r[5];
        var kind = (mx.snt.vinculo.sessions.SessionKind) r[3];
        int number = (Integer) r[4];
        return new PublicSessionRow((Long) r[0], code, (String) r[2], kind, number, year, (String) r[6], (Instant) r[7],
                (Integer) r[8], (String) r[9], (SessionState) r[10], PublicAddress.session(code, year, kind, number));
    }

    // ------------------------------------------------------------------ acuerdos

    public Page<PublicAcuerdoRow> acuerdos(AcuerdoFilter filter, Long workspaceId, Long sessionId, int first, int size) {
        return acuerdos(filter, workspaceId, sessionId, first, size, true);
    }

    /** The newest {@code size} public acuerdos, of one workspace or of all, without counting them all. */
    public List<PublicAcuerdoRow> latestAcuerdos(Long workspaceId, int size) {
        return acuerdos(AcuerdoFilter.ANY, workspaceId, null, 0, size, false).items();
    }

    private Page<PublicAcuerdoRow> acuerdos(AcuerdoFilter filter, Long workspaceId, Long sessionId, int first, int size,
                                            boolean counted) {
        VisibilityRule.Filter f = VisibilityRule.filter(PUBLIC, "a.visibility", "a.workspaceId");
        StringBuilder where = new StringBuilder(" WHERE ").append(f.jpql());
        Map<String, Object> p = new HashMap<>(f.parameters());
        if (filter.text() != null) {
            where.append(" AND (LOWER(a.number) LIKE :text OR LOWER(a.text) LIKE :text)");
            p.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (filter.workspaceCode() != null) {
            where.append(" AND w.code = :code");
            p.put("code", filter.workspaceCode());
        }
        if (workspaceId != null) {
            where.append(" AND a.workspaceId = :ws");
            p.put("ws", workspaceId);
        }
        if (sessionId != null) {
            where.append(" AND s.id = :sid");
            p.put("sid", sessionId);
        }
        if (filter.year() != null) {
            where.append(" AND s.year = :year");
            p.put("year", filter.year());
        }
        if (filter.result() != null) {
            where.append(" AND a.result = :result");
            p.put("result", filter.result());
        }
        String order = sessionId != null ? " ORDER BY a.number" : " ORDER BY a.adoptedAt DESC, a.number";
        if (sessionId == null && filter.workspaceCode() == null && filter.year() == null) {
            return acuerdosAlone(where.toString(), p, order, first, size, counted);
        }
        TypedQuery<Object[]> q = em.createQuery(ACUERDO_ROW + where + order, Object[].class);
        p.forEach(q::setParameter);
        List<Object[]> raw = q.setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Map<String, String>> translations = acuerdoTranslations(raw.stream().map(r -> (Long) r[0]).toList());
        List<PublicAcuerdoRow> rows = raw.stream().map(r -> acuerdoRow(r, translations)).toList();
        return new Page<>(rows, counted ? count("SELECT COUNT(a) FROM Acuerdo a JOIN a.session s JOIN s.workspace w" + where, p)
                : rows.size(), first, size);
    }

    /**
     * The newest acuerdos when only the acuerdo's own fields filter them (the public home, the register's first
     * page): the page's ids from the acuerdos alone, along {@code ix_acuerdo_visibility (visibility, adopted_at)}, then
     * their rows. Joined with their sessions and workspaces, MariaDB started from the workspace table and sorted every
     * public acuerdo first (2 s and 226,000 rows read for the home's five at 110,000 acuerdos).
     */
    private Page<PublicAcuerdoRow> acuerdosAlone(String where, Map<String, Object> p, String order, int first, int size,
                                                 boolean counted) {
        TypedQuery<Long> ids = em.createQuery("SELECT a.id FROM Acuerdo a" + where + order, Long.class);
        p.forEach(ids::setParameter);
        List<Long> page = ids.setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Map<String, String>> translations = page.isEmpty() ? Map.of() : acuerdoTranslations(page);
        List<PublicAcuerdoRow> rows = page.isEmpty() ? List.of() : em.createQuery(ACUERDO_ROW + " WHERE a.id IN :ids" + order,
                Object[].class).setParameter("ids", page).getResultList().stream().map(r -> acuerdoRow(r, translations)).toList();
        return new Page<>(rows, counted ? count("SELECT COUNT(a) FROM Acuerdo a" + where, p) : rows.size(), first, size);
    }

    public Optional<PublicAcuerdoRow> acuerdo(String number) {
        VisibilityRule.Filter f = VisibilityRule.filter(PUBLIC, "a.visibility", "a.workspaceId");
        return f.bind(em.createQuery(ACUERDO_ROW + " WHERE a.number = :n AND " + f.jpql(), Object[].class))
                .setParameter("n", number).getResultStream().findFirst()
                .map(r -> acuerdoRow(r, acuerdoTranslations(List.of((Long) r[0]))));
    }

    /** The translations of these acuerdos' plain-language summaries, in one query. */
    private Map<Long, Map<String, String>> acuerdoTranslations(List<Long> ids) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT a.id, KEY(t), VALUE(t) FROM Acuerdo a JOIN a.summaryTranslations t"
                    + " WHERE a.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
                out.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (String) r[2]);
            }
        }
        return out;
    }

    private static PublicAcuerdoRow acuerdoRow(Object[] r, Map<Long, Map<String, String>> translations) {
        String number = (String) r[1];
        String code = (String) r[3];
        return new PublicAcuerdoRow((Long) r[0], number, PublicAddress.acuerdo(number), (Instant) r[2], code, (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (Integer) r[8], (Integer) r[9], (Integer) r[10], (Boolean) r[11],
                (String) r[12], PublicAddress.session(code, (Integer) r[13], (mx.snt.vinculo.sessions.SessionKind) r[14],
                (Integer) r[15]), new mx.snt.vinculo.sessions.CitizenSummary((String) r[16],
                translations.getOrDefault((Long) r[0], Map.of())));
    }

    // ------------------------------------------------------------------ agreements in force

    /**
     * Public agreements in force, soonest to expire first; of one commission when {@code unitCode} is given
     * (its own, or approved by one of its acuerdos), matching words of the title, purpose or a party.
     */
    public Page<PublicAgreementRow> agreementsInForce(String text, Long workspaceId, String unitCode, int first, int size) {
        return agreementsInForce(text, workspaceId, unitCode, first, size, true);
    }

    /** The first {@code size} public agreements in force of one commission, without counting them all. */
    public List<PublicAgreementRow> latestAgreementsInForce(long workspaceId, String unitCode, int size) {
        return agreementsInForce(null, workspaceId, unitCode, 0, size, false).items();
    }

    private Page<PublicAgreementRow> agreementsInForce(String text, Long workspaceId, String unitCode, int first, int size,
                                                       boolean counted) {
        VisibilityRule.Filter f = VisibilityRule.filter(PUBLIC, "g");
        StringBuilder where = new StringBuilder(" WHERE g.state = :inForce AND ").append(f.jpql());
        Map<String, Object> p = new HashMap<>(f.parameters());
        p.put("inForce", AgreementState.IN_FORCE);
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(g.title) LIKE :text OR LOWER(g.purpose) LIKE :text OR EXISTS (SELECT pa.id FROM"
                    + " AgreementParty pa WHERE pa.agreement = g AND LOWER(pa.name) LIKE :text))");
            p.put("text", "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (workspaceId != null) {
            where.append(" AND (g.workspace.id = :ws OR g.approvalAcuerdoNumber LIKE :prefix)");
            p.put("ws", workspaceId);
            p.put("prefix", unitCode + "/%");
        }
        TypedQuery<Object[]> q = em.createQuery("SELECT g.id, g.title, g.purpose, w.acronym, g.signedOn, g.validityStart,"
                + " g.validityEnd, g.approvalAcuerdoNumber FROM Agreement g JOIN g.workspace w" + where
                + " ORDER BY g.validityEnd, g.id", Object[].class);
        p.forEach(q::setParameter);
        List<Object[]> raw = q.setFirstResult(first).setMaxResults(size).getResultList();
        List<Long> ids = raw.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> parties = new LinkedHashMap<>();
        Map<Long, Long> signed = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT pa.agreement.id, pa.name FROM AgreementParty pa WHERE pa.agreement.id IN :ids"
                    + " ORDER BY pa.agreement.id, pa.position", Object[].class).setParameter("ids", ids).getResultList()) {
                parties.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
            }
            for (Object[] r : em.createQuery("SELECT at.agreement.id, MAX(at.id) FROM AgreementAttachment at WHERE"
                    + " at.agreement.id IN :ids AND at.kind = :k GROUP BY at.agreement.id", Object[].class)
                    .setParameter("ids", ids).setParameter("k", AttachmentKind.SIGNED_PDF).getResultList()) {
                signed.put((Long) r[0], (Long) r[1]);
            }
        }
        List<PublicAgreementRow> rows = raw.stream().map(r -> new PublicAgreementRow((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], List.copyOf(parties.getOrDefault((Long) r[0], List.of())), (java.time.LocalDate) r[4],
                (java.time.LocalDate) r[5], (java.time.LocalDate) r[6], (String) r[7], signed.get((Long) r[0]))).toList();
        return new Page<>(rows, counted ? count("SELECT COUNT(g) FROM Agreement g JOIN g.workspace w" + where, p) : rows.size(),
                first, size);
    }

    private long count(String jpql, Map<String, Object> parameters) {
        TypedQuery<Long> c = em.createQuery(jpql, Long.class);
        parameters.forEach(c::setParameter);
        return c.getSingleResult();
    }

    // ------------------------------------------------------------------ library

    /** The newest public guides and manuals, of one workspace or of all. */
    public List<PublicEntryRow> guides(Long workspaceId, int size) {
        VisibilityRule.Filter f = VisibilityRule.filter(PUBLIC, "e");
        String ws = workspaceId == null ? "" : " AND e.workspace.id = :ws";
        TypedQuery<Object[]> q = f.bind(em.createQuery("SELECT e.id, e.title, e.type, e.pubYear, w.acronym FROM LibraryEntry e"
                + " JOIN e.workspace w WHERE e.type IN :types AND " + f.jpql() + ws + " ORDER BY e.createdAt DESC, e.id DESC",
                Object[].class)).setParameter("types", List.of(EntryType.GUIDE, EntryType.MANUAL));
        if (workspaceId != null) {
            q.setParameter("ws", workspaceId);
        }
        return q.setMaxResults(size).getResultList().stream()
                .map(r -> new PublicEntryRow((Long) r[0], (String) r[1], (EntryType) r[2], (Integer) r[3], (String) r[4])).toList();
    }
}
