package mx.snt.vinculo.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;

import java.time.Clock;
import java.util.List;

/** Records changes in the caller's transaction (a rolled-back change leaves no trace) and lets admins read them. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller actor, String entityType, long entityId, String action,
                       String fromState, String toState, String detail) {
        String who = actor.signedIn() ? actor.username() : "sistema";
        em.persist(new AuditEvent(clock.instant(), who, entityType, entityId, action,
                truncate(fromState, 1000), truncate(toState, 1000), truncate(detail, 2000)));
    }

    /** Newest first; admins only. Optional filter by entity type and id. */
    public Page<AuditEntry> page(String entityType, Long entityId, int first, int size) {
        callers.require(Role.ADMIN);
        first = Page.clampFirst(first);
        size = Page.clampSize(size);
        String where = " WHERE 1 = 1" + (entityType != null ? " AND e.entityType = :type" : "")
                + (entityId != null ? " AND e.entityId = :id" : "");
        TypedQuery<AuditEvent> q = em.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.id DESC", AuditEvent.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, c)) {
            if (entityType != null) {
                query.setParameter("type", entityType);
            }
            if (entityId != null) {
                query.setParameter("id", entityId);
            }
        }
        return new Page<>(q.setFirstResult(first).setMaxResults(size).getResultList().stream().map(AuditEntry::of).toList(),
                c.getSingleResult(), first, size);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
