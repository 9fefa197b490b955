package mx.snt.vinculo.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.security.CallerDirectory;
import mx.snt.vinculo.search.SearchChanges;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records changes in the caller's transaction (a rolled-back change leaves no trace) and lets admins read them.
 * Events about an item carry its workspace and visibility ({@link AuditScope}) and the page applies the
 * visibility rule to them: an admin sees every event's action, time and actor, but the detail and the item
 * only of events whose item they may see.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @Inject
    private Clock clock;

    @Inject
    private CallerDirectory people;
    /** Every audited change is a change the search index must see: the change log is written here, in the same transaction. */
    @EJB
    private SearchChanges searchChanges;

    /** An event about no item (directory, integration runs, preferences…): visible to every admin. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller actor, String entityType, long entityId, String action,
                       String fromState, String toState, String detail) {
        em.persist(event(actor, entityType, entityId, action, fromState, toState, detail));
        searchChanges.changedIfFollowed(entityType, entityId);
    }

    /**
     * An event about an item. The scope is the item's current workspace and visibility; the item's earlier
     * events take them too, so a change of visibility (always audited) carries its history with it: updating
     * once per change is cheaper than joining every item table on each read, and keeps audit free of the
     * feature packages.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller actor, String entityType, long entityId, String action,
                       String fromState, String toState, String detail, AuditScope scope) {
        AuditEvent e = event(actor, entityType, entityId, action, fromState, toState, detail);
        e.scope(scope);
        em.createQuery("UPDATE AuditEvent e SET e.workspaceId = :w, e.visibility = :v"
                        + " WHERE e.itemType = :t AND e.itemId = :i AND (e.visibility <> :v OR e.workspaceId <> :w)")
                .setParameter("w", e.getWorkspaceId()).setParameter("v", e.getVisibility())
                .setParameter("t", e.getItemType()).setParameter("i", e.getItemId())
                .executeUpdate();
        em.persist(e);
        searchChanges.changedIfFollowed(entityType, entityId);
    }

    /** Newest first; admins only. Optional filter by entity type and id. */
    public Page<AuditEntry> page(String entityType, Long entityId, int first, int size) {
        Caller caller = callers.require(Role.ADMIN);
        ListQuery events = ListQuery.from("FROM AuditEvent e")
                .whereIf(entityType != null, "e.entityType = :type", "type", entityType)
                .whereIf(entityId != null, "e.entityId = :id", "id", entityId);
        Page<AuditEvent> page = events.page(em, "SELECT e", "e.id DESC", AuditEvent.class, "e", first, size);
        Set<Long> visible = visibleIds(caller, page.items().stream().map(AuditEvent::getId).toList());
        java.util.Map<String, String> names = people.displayNames(page.items().stream().map(AuditEvent::getActor).toList());
        java.util.Map<Long, String> named = people.displayNamesOfMembers(page.items().stream()
                .filter(e -> visible.contains(e.getId()))
                .flatMap(e -> AuditEntry.personIn(e.getDetail()).stream()).toList());
        return new Page<>(page.items().stream()
                .map(e -> AuditEntry.of(e, visible.contains(e.getId()), names.getOrDefault(e.getActor(), e.getActor()), named))
                .toList(),
                page.total(), page.first(), page.size());
    }

    /**
     * The newest events about items of the caller's own workspaces that the caller may see (the
     * visibility rule, in the query): "what changed recently" on the home page. Not admin-only:
     * the rule decides, and events about no item carry no workspace, so they never appear.
     */
    public List<RecentChange> recentIn(Caller caller, int max) {
        if (!caller.signedIn() || caller.workspaceIds().isEmpty()) {
            return List.of();
        }
        VisibilityRule.Filter rule = VisibilityRule.filter(caller, "e.visibility", "e.workspaceId");
        return ListQuery.from("FROM AuditEvent e")
                .where("e.workspaceId IN :mine", "mine", List.copyOf(caller.workspaceIds()))
                .where(rule.jpql(), rule.parameters())
                .query(em, "SELECT e", "e.id DESC", AuditEvent.class)
                .setMaxResults(Math.max(1, Math.min(max, 50))).getResultList().stream()
                .map(RecentChange::of).toList();
    }

    /** Of the given events, those the caller may read in full: the visibility rule, in the query. */
    private Set<Long> visibleIds(Caller caller, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        VisibilityRule.Filter rule = VisibilityRule.filter(caller, "e.visibility", "e.workspaceId");
        return new HashSet<>(ListQuery.from("FROM AuditEvent e")
                .where("e.id IN :ids", "ids", ids)
                .where("(e.visibility IS NULL OR " + rule.jpql() + ")", rule.parameters())
                .query(em, "SELECT e.id", null, Long.class)
                .getResultList());
    }

    private AuditEvent event(Caller actor, String entityType, long entityId, String action,
                             String fromState, String toState, String detail) {
        String who = actor.signedIn() ? actor.username() : "sistema";
        return new AuditEvent(clock.instant(), who, entityType, entityId, action,
                truncate(fromState, 1000), truncate(toState, 1000), truncate(detail, 2000));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
