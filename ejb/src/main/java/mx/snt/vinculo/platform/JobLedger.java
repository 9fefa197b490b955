package mx.snt.vinculo.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The container's door to {@link ClusterJobs}, the one run-once mechanism: {@code @Schedule}
 * methods claim their period ({@code if (!ledger.claim("agreements.overdue", today)) return;}),
 * the console reads every job's run state. Each claim commits on its own, whatever the caller's
 * transaction does afterwards.
 */
@Stateless
public class JobLedger {

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** True if this caller is the one to run the job for this period (e.g. "2026-11-29"). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        try {
            return jobs().claimPeriod(job, period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job's run state, or null before its first run anywhere. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClusterJobs.State state(String job) {
        try {
            return jobs().state(job);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every job's run state, by name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClusterJobs.State> states() {
        try {
            return jobs().states();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ClusterJobs jobs() {
        return new ClusterJobs(dataSource, clock, ClusterJobs.instanceName(), Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue("vinculo.integration.lease-seconds", Long.class).orElse(300L)));
    }
}
