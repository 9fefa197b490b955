package mx.snt.vinculo.web;

import mx.snt.vinculo.common.DomainException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure means, whatever layer wrapped it. A lost race between two saves of the same
 * version is detected by the database at flush or commit, after the aggregate's own version
 * check: it arrives as JPA's or EclipseLink's {@code OptimisticLockException}, usually inside an
 * {@code EJBTransactionRolledbackException} or a {@code RollbackException}. It is the same edit
 * conflict as {@link mx.snt.vinculo.common.ConflictException} and is answered the same way (409,
 * the conflict message), never as an unexpected error. The web layer never depends on JPA, so the
 * classes are known by name.
 */
public final class Failures {

    private static final Set<String> CONFLICTS = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.eclipse.persistence.exceptions.OptimisticLockException",
            // the loser of a lock wait or a deadlock between two writers of the same rows: the other write won
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException");

    /** Deep enough for any real wrapping; bounded so a cyclic chain cannot loop for ever. */
    private static final int MAX_DEPTH = 40;

    private Failures() {
    }

    /** The domain exception somewhere in the chain (the outermost one), if any. */
    public static Optional<DomainException> domain(Throwable failure) {
        return find(failure, DomainException.class);
    }

    /** The outermost exception of that type in the chain, if any. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = next(t)) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** True when the chain carries an optimistic-lock failure (or a lock lost to a concurrent writer). */
    public static boolean isConflict(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = next(t)) {
            if (t instanceof mx.snt.vinculo.common.ConflictException) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (CONFLICTS.contains(c.getName())) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;   // MySQL/MariaDB deadlock victim or lock wait timeout
            }
        }
        return false;
    }

    /** How long a browser or a client is asked to wait before trying again when the database is away (Retry-After). */
    public static final String RETRY_AFTER_SECONDS = "30";

    /**
     * The connection-level failures of a database that is down or unreachable (the JDBC driver's
     * communication failure, the pool unable to hand out a connection), by name: the web layer
     * depends on neither the driver nor the server's connector classes.
     */
    private static final Set<String> UNAVAILABLE = Set.of(
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "java.sql.SQLTransientConnectionException",
            "java.sql.SQLNonTransientConnectionException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    /**
     * True when the chain says the database cannot be reached: SQLSTATE class 08 (connection
     * exception) or one of the connection failures above. Pages answer it with 503 and a
     * "try again in a moment" page, the API with a 503 problem; the pool replaces the broken
     * connections (it validates each one it hands out), so the hub recovers by itself.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < MAX_DEPTH; t = next(t)) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (UNAVAILABLE.contains(c.getName())) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The next cause (an SQL exception's next exception when it has no cause). */
    private static Throwable next(Throwable t) {
        Throwable c = t.getCause();
        if (c == null && t instanceof SQLException sql) {
            c = sql.getNextException();
        }
        return c == t ? null : c;
    }
}
