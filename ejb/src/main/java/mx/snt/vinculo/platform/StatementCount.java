package mx.snt.vinculo.platform;

/**
 * The benchmark's count of SQL statements per request ({@code ./vinculo bench}, README "Scale and
 * benchmarks"): while a request is being counted on this thread ({@link #start()} … {@link #stop()}, opened
 * only by the web tier's counting filter when the benchmark's configuration turns it on), every statement
 * EclipseLink sends ({@link StatementCountListener}) adds one. Outside a counted request a statement costs one
 * thread-local read. EJB calls of a request run on its thread, so the count is the request's own.
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    private StatementCount() {
    }

    /** Starts counting this thread's statements (a nested start keeps the outer count). */
    public static void start() {
        if (COUNTING.get() == null) {
            COUNTING.set(new int[1]);
        }
    }

    /** Stops counting on this thread and answers how many statements were sent since {@link #start()}. */
    public static int stop() {
        int[] count = COUNTING.get();
        COUNTING.remove();
        return count == null ? 0 : count[0];
    }

    /** One statement sent on this thread (counted only between start and stop). */
    static void sent() {
        int[] count = COUNTING.get();
        if (count != null) {
            count[0]++;
        }
    }
}
