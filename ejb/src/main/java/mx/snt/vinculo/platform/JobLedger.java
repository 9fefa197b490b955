package mx.snt.vinculo.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;

/**
 * Makes a scheduled job run once per cluster and period: every instance's timer fires, the
 * first to insert (job, period) into job_run wins, the others skip. Use it at the start of
 * an {@code @Schedule} method: {@code if (!ledger.claim("agreements.overdue", today)) return;}.
 */
@Stateless
public class JobLedger {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    /** True if this caller is the one to run the job for this period (e.g. "2026-11-29"). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        try {
            em.createNativeQuery("INSERT INTO job_run (job, period_key, claimed_at) VALUES (?, ?, ?)")
                    .setParameter(1, job).setParameter(2, period)
                    .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                    .executeUpdate();
            return true;
        } catch (PersistenceException duplicate) {
            return false;
        }
    }
}
