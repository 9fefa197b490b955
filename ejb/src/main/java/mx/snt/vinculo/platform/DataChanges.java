package mx.snt.vinculo.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A generation number of the data: it grows after every committed transaction that wrote through JPA on this
 * instance ({@link StatementCountListener} sees the write, a JTA synchronization waits for the commit), after
 * another instance says it committed one, and after an admin's flush. Whatever keeps a copy of what the data looked
 * like (the public site's page cache) notes the generation it read at and drops the copy once the number moves.
 * Plain JDBC writes (the outbox, PNT and digest bookkeeping) are not seen: none of them changes a public page.
 */
public final class DataChanges {

    private static final Logger LOG = Logger.getLogger(DataChanges.class.getName());
    private static final AtomicLong GENERATION = new AtomicLong();
    private static final List<Runnable> ON_LOCAL_COMMIT = new CopyOnWriteArrayList<>();
    private static final Object KEY = new Object();
    private static volatile TransactionSynchronizationRegistry registry;

    private DataChanges() {
    }

    public static long generation() {
        return GENERATION.get();
    }

    /** This instance committed a change (or an admin flushed): move on, and tell the listeners (the cluster). */
    public static void committed() {
        GENERATION.incrementAndGet();
        for (Runnable r : ON_LOCAL_COMMIT) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Aviso de cambio no enviado", e);
            }
        }
    }

    /**
     * Another instance committed a change, or something only this instance holds changed (its search index): move
     * on, without telling anyone.
     */
    public static void changedElsewhere() {
        GENERATION.incrementAndGet();
    }

    /** From now on {@link mx.snt.vinculo.common.KeptAnswers} keeps answers by this generation (start-up). */
    static void keepAnswers() {
        mx.snt.vinculo.common.KeptAnswers.use(new mx.snt.vinculo.common.KeptAnswers.Generation() {
            @Override
            public long now() {
                return generation();
            }

            @Override
            public boolean uncommittedWrites() {
                TransactionSynchronizationRegistry tsr = registry();
                try {
                    return tsr != null && tsr.getTransactionStatus() != Status.STATUS_NO_TRANSACTION
                            && tsr.getResource(KEY) != null;
                } catch (IllegalStateException e) {
                    return true;  // the transaction is ending: compute, keep nothing
                }
            }
        });
    }

    /** Runs {@code listener} after each local commit that wrote (quickly: it runs on the committing thread). */
    public static AutoCloseable onLocalCommit(Runnable listener) {
        ON_LOCAL_COMMIT.add(listener);
        return () -> ON_LOCAL_COMMIT.remove(listener);
    }

    /** A statement that writes was sent on this thread: count the change once its transaction commits. */
    static void wrote() {
        TransactionSynchronizationRegistry tsr = registry();
        try {
            if (tsr == null || tsr.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                committed();  // auto-commit: it is already in the database
                return;
            }
            if (tsr.getResource(KEY) == null) {
                tsr.putResource(KEY, Boolean.TRUE);
                tsr.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            committed();
                        }
                    }
                });
            }
        } catch (IllegalStateException e) {
            committed();  // the transaction is ending already: err on the side of a fresh read
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            try {
                r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = r;
            } catch (NamingException | RuntimeException e) {
                return null;  // outside the container (unit tests): every write counts at once
            }
        }
        return r;
    }
}
