package mx.snt.vinculo.digests;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.notices.Notices;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The signed-in member reads and changes their digest and notice choices. */
@Stateless
public class PreferenceService {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    public Preferences mine() {
        Caller caller = member();
        long id = caller.memberId();
        List<Preferences.Choice> choices = choices(caller);
        List<?> freq = em.createNativeQuery("SELECT frequency FROM digest_preference WHERE member_id = ?").setParameter(1, id).getResultList();
        Frequency frequency;
        Set<Long> followed = new HashSet<>();
        if (freq.isEmpty()) {
            frequency = Frequency.DAILY;
            for (Object[] r : rows("SELECT m.home_body_id, 0 FROM member m WHERE m.id = ? AND m.home_body_id IS NOT NULL", id)) {
                followed.add(((Number) r[0]).longValue());
            }
            for (Object[] r : rows("SELECT ms.workspace_id, 0 FROM membership ms JOIN workspace w ON w.id = ms.workspace_id"
                    + " WHERE ms.member_id = ? AND w.type = 'COMMISSION'", id)) {
                followed.add(((Number) r[0]).longValue());
            }
        } else {
            frequency = Frequency.valueOf((String) freq.get(0));
            for (Object[] r : rows("SELECT workspace_id, 0 FROM digest_follow WHERE member_id = ?", id)) {
                followed.add(((Number) r[0]).longValue());
            }
        }
        Map<String, Boolean> notices = new LinkedHashMap<>();
        for (String n : Notices.ORDER) {
            notices.put(n, true);
        }
        for (Object[] r : rows("SELECT notice, enabled FROM notice_preference WHERE member_id = ?", id)) {
            if (notices.containsKey((String) r[0])) {
                notices.put((String) r[0], asBoolean(r[1]));
            }
        }
        return new Preferences(frequency, followed, choices, notices);
    }

    /** Saves every choice at once; workspaces must be among those offered. */
    public Preferences save(Frequency frequency, Set<Long> followed, Map<String, Boolean> notices) {
        Caller caller = member();
        if (frequency == null) {
            throw new ValidationException("prefs.frequency.required");
        }
        Set<Long> allowed = new HashSet<>();
        choices(caller).forEach(c -> allowed.add(c.id()));
        Set<Long> follow = followed == null ? Set.of() : followed;
        if (!allowed.containsAll(follow)) {
            throw new ValidationException("prefs.workspace.notAllowed");
        }
        long id = caller.memberId();
        List<?> previous = em.createNativeQuery("SELECT frequency FROM digest_preference WHERE member_id = ?").setParameter(1, id)
                .getResultList();
        String before = previous.isEmpty() ? null : String.valueOf(previous.get(0));
        em.createNativeQuery("DELETE FROM digest_follow WHERE member_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM digest_preference WHERE member_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("INSERT INTO digest_preference (member_id, frequency) VALUES (?, ?)")
                .setParameter(1, id).setParameter(2, frequency.name()).executeUpdate();
        for (Long ws : follow) {
            em.createNativeQuery("INSERT INTO digest_follow (member_id, workspace_id) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, ws).executeUpdate();
        }
        if (notices != null) {
            em.createNativeQuery("DELETE FROM notice_preference WHERE member_id = ?").setParameter(1, id).executeUpdate();
            for (Map.Entry<String, Boolean> n : notices.entrySet()) {
                if (Notices.KINDS.contains(n.getKey())) {
                    em.createNativeQuery("INSERT INTO notice_preference (member_id, notice, enabled) VALUES (?, ?, ?)")
                            .setParameter(1, id).setParameter(2, n.getKey()).setParameter(3, Boolean.TRUE.equals(n.getValue()))
                            .executeUpdate();
                }
            }
        }
        audit.record(caller, "Member", id, "preferences.save", before, frequency.name(), "follows=" + new TreeSet<>(follow));
        return mine();
    }

    private Caller member() {
        Caller caller = callers.current();
        if (!caller.signedIn() || caller.memberId() == null) {
            throw new NotFoundException();
        }
        return caller;
    }

    /** The member's own workspaces (body, commissions, regions, network). */
    private List<Preferences.Choice> choices(Caller caller) {
        List<Preferences.Choice> out = new ArrayList<>();
        for (Object[] r : rows("SELECT w.id, w.acronym, w.name, w.type FROM workspace w WHERE w.id IN"
                + " (SELECT ms.workspace_id FROM membership ms WHERE ms.member_id = ?1"
                + "  UNION SELECT m.home_body_id FROM member m WHERE m.id = ?1)"
                + " ORDER BY w.type, w.name", caller.memberId())) {
            out.add(new Preferences.Choice(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long id) {
        var q = em.createNativeQuery(sql);
        q.setParameter(1, id);
        return q.getResultList();
    }

    private static boolean asBoolean(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
