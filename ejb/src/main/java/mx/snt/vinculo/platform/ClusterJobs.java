package mx.snt.vinculo.platform;

import mx.snt.vinculo.common.MexicoCity;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Runs a job on one instance of the cluster at a time and keeps its run state where every
 * instance reads it (table {@code integration_job}, one row per job). Plain JDBC: the Camel
 * timers and the console's "run now" go through the same claim.
 * <p>
 * A claim locks the job's row ({@code SELECT … FOR UPDATE}) and takes it only when no live run
 * holds it: the holder's lease ({@code locked_until}) is renewed each time it reports progress,
 * so a run whose instance died is taken over once its lease expires. A claim for a time slot is
 * refused when that slot was already finished, so each slot runs once per cluster.
 * <p>
 * Short jobs that need no lease nor progress claim a period instead ({@link #claimPeriod}: one
 * insert into {@code job_run}, the first instance wins); long jobs record their finished periods
 * there too ({@link #markFinished}, {@link #finished}). Inside the container, {@link JobLedger}
 * is the door to this class. Why two tables: an inserted row cannot tell a dead run from a live
 * one, nor carry progress; a lease row per job cannot keep the history of finished periods.
 */
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());
    public static final String PNT_EXPORT = "pnt.export", DIGESTS = "digests";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(MexicoCity.ZONE);

    /** A job's state as the console shows it; stale: marked running but its lease expired (the instance died). */
    public record State(String job, boolean running, boolean stale, String owner, String slot, Instant startedAt,
                        Instant heartbeatAt, Instant finishedAt, int done, int total, String lastResult, String lastError,
                        Instant lastSuccessAt) {
    }

    /** What a claim got: a {@link Run}, {@link Busy} (a live run holds the job) or {@link Done} (the slot is finished). */
    public sealed interface Claim permits Run, Busy, Done {
    }

    public record Busy(String job, String owner, Instant startedAt) implements Claim {

        /** The refusal an admin reads. */
        public JobBusyException refusal() {
            return new JobBusyException(job, owner, startedAt == null ? "" : SHOWN.format(startedAt));
        }
    }

    public record Done(String job, String slot) implements Claim {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final String owner;
    private final Duration lease;

    public ClusterJobs(DataSource dataSource, Clock clock, String owner, Duration lease) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.owner = owner.length() > 200 ? owner.substring(0, 200) : owner;
        this.lease = lease;
    }

    /** This JVM, as shown to admins: Payara instance, host, process. */
    public static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        String instance = System.getProperty("com.sun.aas.instanceName");
        return (instance == null ? "" : instance + "@") + host + " #" + ProcessHandle.current().pid();
    }

    /** The slot of a job that runs every {@code period}: the same number on every instance. */
    public static String slot(Instant at, Duration period) {
        return "T" + at.toEpochMilli() / Math.max(1, period.toMillis());
    }

    public String owner() {
        return owner;
    }

    /**
     * Claims the job. {@code slot} null: run now whatever slot (an admin's action), only a live
     * run stops it; otherwise a slot already finished is {@link Done}.
     */
    public Claim claim(String job, String slot) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                State s = lock(c, job);
                if (s == null) {
                    insert(c, job);
                    s = lock(c, job);
                }
                Instant now = clock.instant();
                if (s.running() && !s.stale()) {
                    c.rollback();
                    return new Busy(job, s.owner(), s.startedAt());
                }
                if (slot != null && slot.equals(s.slot()) && !s.running()) {
                    c.rollback();
                    return new Done(job, slot);
                }
                String note = null;
                if (s.running()) {
                    // Its instance stopped renewing the lease: the run died with it; say so until this one ends.
                    note = "Ejecución interrumpida en " + s.owner() + " (sin avance desde "
                            + (s.heartbeatAt() == null ? "?" : SHOWN.format(s.heartbeatAt())) + "); la retomó " + owner;
                    LOG.warning(job + ": " + note);
                }
                String token = UUID.randomUUID().toString();
                try (PreparedStatement ps = c.prepareStatement("UPDATE integration_job SET running = TRUE, owner_id = ?,"
                        + " run_token = ?, slot_key = COALESCE(?, slot_key), locked_until = ?, started_at = ?, heartbeat_at = ?,"
                        + " finished_at = NULL, done_count = 0, total_count = 0, last_error = COALESCE(?, last_error)"
                        + " WHERE job_name = ?")) {
                    ps.setString(1, owner);
                    ps.setString(2, token);
                    ps.setString(3, slot);
                    ps.setTimestamp(4, Timestamp.from(now.plus(lease)));
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.setTimestamp(6, Timestamp.from(now));
                    ps.setString(7, note);
                    ps.setString(8, job);
                    ps.executeUpdate();
                }
                c.commit();
                return new Run(job, token, slot);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** The job's state, or null when it never ran anywhere. */
    public State state(String job) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + " WHERE job_name = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Every job's state, by name. */
    public List<State> states() throws SQLException {
        List<State> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY job_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Whether some instance finished this job's period (job_run): a cheap check before claiming. */
    public boolean finished(String job, String period) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM job_run WHERE job = ? AND period_key = ?")) {
            ps.setString(1, job);
            ps.setString(2, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Records that this job's period is finished, for every instance (a second record is ignored). */
    public void markFinished(String job, String period) throws SQLException {
        claimPeriod(job, period);
    }

    /**
     * Claims one period of a short job (job_run): true for the one caller in the cluster that
     * inserts (job, period) first, false for every later one. For jobs that need no lease nor
     * progress (a daily pass over due dates); the record also marks the period as finished.
     */
    public boolean claimPeriod(String job, String period) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO job_run (job, period_key, claimed_at) VALUES (?, ?, ?)")) {
            ps.setString(1, job);
            ps.setString(2, period);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.executeUpdate();
            return true;
        } catch (SQLException duplicate) {
            if (!finished(job, period)) {
                throw duplicate;
            }
            return false;
        }
    }

    /** A claimed run: reports progress (renewing the lease) and its end. */
    public final class Run implements Claim, ProgressListener {
        private final String job;
        private final String token;
        private final String slot;

        private Run(String job, String token, String slot) {
            this.job = job;
            this.token = token;
            this.slot = slot;
        }

        public String job() {
            return job;
        }

        public String slot() {
            return slot;
        }

        /** Records done of total and renews the lease; throws {@link LeaseLostException} if another instance took the job. */
        @Override
        public void progress(int done, int total) throws SQLException {
            Instant now = clock.instant();
            int n = update("UPDATE integration_job SET done_count = ?, total_count = ?, heartbeat_at = ?, locked_until = ?"
                    + " WHERE job_name = ? AND run_token = ? AND running = TRUE", done, total, ts(now), ts(now.plus(lease)), job, token);
            if (n == 0) {
                throw new LeaseLostException(job, owner);
            }
        }

        /** Ends the run: a summary of what it did, and what went wrong (null: nothing, a success). */
        public void finish(String result, String error) throws SQLException {
            Instant now = clock.instant();
            // last_success_at moves only on success: the console shows since when a job keeps failing.
            String sql = "UPDATE integration_job SET running = FALSE, locked_until = NULL, finished_at = ?, heartbeat_at = ?,"
                    + " last_result = ?, last_error = ?" + (error == null ? ", last_success_at = ?" : "") + " WHERE job_name = ? AND run_token = ?";
            if (error == null) {
                update(sql, ts(now), ts(now), cut(result, 500), null, ts(now), job, token);
            } else {
                update(sql, ts(now), ts(now), cut(result, 500), cut(error, 2000), job, token);
            }
        }

        /** Ends the run with its failure (the message only: no stack trace reaches the console). */
        public void fail(Throwable failure) throws SQLException {
            String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                    : failure.getClass().getSimpleName() + ": " + failure.getMessage();
            finish(null, message);
        }

        private int update(String sql, Object... args) throws SQLException {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] == null) {
                        ps.setNull(i + 1, java.sql.Types.VARCHAR);
                    } else {
                        ps.setObject(i + 1, args[i]);
                    }
                }
                return ps.executeUpdate();
            }
        }
    }

    private static final String SELECT = "SELECT job_name, running, owner_id, slot_key, locked_until, started_at, heartbeat_at,"
            + " finished_at, done_count, total_count, last_result, last_error, last_success_at FROM integration_job";

    private State lock(Connection c, String job) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE job_name = ? FOR UPDATE")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    private static void insert(Connection c, String job) throws SQLException {
        // A job the migration did not list: its row is created on first use (a racing insert collides, then both lock it).
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO integration_job (job_name, running, done_count, total_count)"
                + " VALUES (?, FALSE, 0, 0)")) {
            ps.setString(1, job);
            ps.executeUpdate();
        } catch (SQLException duplicate) {
            // another instance created it first
        }
    }

    private State read(ResultSet rs) throws SQLException {
        boolean running = rs.getBoolean(2);
        Instant lockedUntil = instant(rs.getTimestamp(5));
        boolean stale = running && (lockedUntil == null || !lockedUntil.isAfter(clock.instant()));
        return new State(rs.getString(1), running, stale, rs.getString(3), rs.getString(4), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getInt(9), rs.getInt(10), rs.getString(11),
                rs.getString(12), instant(rs.getTimestamp(13)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
