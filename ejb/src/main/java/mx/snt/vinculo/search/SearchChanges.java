package mx.snt.vinculo.search;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes the change log in the saving transaction: a change that rolls back leaves no row, a committed one is
 * seen by every instance's feeder. The audit trail calls it for every audited change, so every save of an item
 * the search holds reaches the index.
 */
@Stateless
public class SearchChanges {

    /** The row that asks every instance to rebuild its index. */
    public static final String REBUILD = "*rebuild";
    /** The row that names this database's log. */
    public static final String EPOCH = "*epoch";

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SearchIndex index;

    /** Records that an item changed, if the index holds items of its type (other audited types leave no row). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changedIfFollowed(String itemType, long itemId) {
        if (index.followedTypes().contains(itemType)) {
            changed(itemType, itemId);
        }
    }

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(String itemType, long itemId) {
        // This instance applies the change as soon as it commits, not at its next poll (other instances within a second).
        if (transactions.getResource(SearchChanges.class) == null) {
            transactions.putResource(SearchChanges.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        executor.submit(index::pollNow);
                    }
                }
            });
        }
        em.createNativeQuery("INSERT INTO search_change (item_type, item_id, changed_at) VALUES (?, ?, ?)")
                .setParameter(1, itemType).setParameter(2, itemId).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Every instance rebuilds its index from the database (an admin's request). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void rebuildEverywhere() {
        changed(REBUILD, 0);
    }
}
