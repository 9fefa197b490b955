package mx.snt.vinculo.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/**
 * The one call a service makes to publish something. MANDATORY: the event is written in the
 * caller's transaction, so it exists exactly when the change it describes was committed.
 * The idempotency key (event, aggregate, id, version) makes a second record of the same
 * version a no-op.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @jakarta.inject.Inject
    private java.time.Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String eventType, String aggregateType, long aggregateId, long aggregateVersion,
                       Long workspaceId, JsonObject payload) {
        record(eventType, aggregateType, aggregateId, aggregateVersion, workspaceId, payload, null);
    }

    /**
     * Same, with a discriminator in the idempotency key for events that legitimately repeat
     * for one version of an aggregate (a reminder 60 and 30 days before a date, a notice per
     * recipient).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String eventType, String aggregateType, long aggregateId, long aggregateVersion,
                       Long workspaceId, JsonObject payload, String discriminator) {
        OutboxEvent event = new OutboxEvent(clock.instant(), eventType, aggregateType, aggregateId, aggregateVersion,
                workspaceId, payload.toString(), discriminator);
        long existing = em.createQuery("SELECT COUNT(e) FROM OutboxEvent e WHERE e.idempotencyKey = :k", Long.class)
                .setParameter("k", event.getIdempotencyKey()).getSingleResult();
        if (existing == 0) {
            em.persist(event);
        }
    }

    /** Pending events of one aggregate, oldest first (for consoles and tests). */
    public java.util.List<OutboxEvent> forAggregate(String aggregateType, long aggregateId) {
        return em.createQuery("SELECT e FROM OutboxEvent e WHERE e.aggregateType = :t AND e.aggregateId = :id ORDER BY e.id",
                        OutboxEvent.class)
                .setParameter("t", aggregateType).setParameter("id", aggregateId).getResultList();
    }
}
