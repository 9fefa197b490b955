package mx.snt.vinculo.common;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers of read-only aggregate queries (list totals, the agreements dashboard's counts) kept between requests
 * while the data has not changed. At national scale a total walks every visible row — 100,000 proposals, 50,000
 * agreements: 20–60 ms a count on MariaDB, most of a list page's time — while the page's own rows come from an index
 * in a millisecond or two.
 *
 * <p>Freshness is the data generation's ({@code platform.DataChanges}, installed at start-up through
 * {@link #use(Generation)}: until then, and in unit tests, nothing is kept): an answer is used only at the generation
 * it was computed at, which moves after every committed write on any instance. Under MariaDB's REPEATABLE READ a
 * transaction reads from the snapshot of its first statement, so an answer computed right after another commit may
 * still miss it; such an answer also expires after {@link #TTL_MILLIS}. A transaction that has written and not yet
 * committed computes its own answers and keeps none.
 *
 * <p>Keys are the query's text and its parameters; a parameter that is not a plain value (an entity) keeps the
 * query out. Kept values must be immutable. Hand-written rather than a cache library because the rule is the
 * generation, which no cache's expiry knows; the bound is {@link #MAX_ENTRIES}, least recently used out first, and
 * every new answer first drops the answers that can no longer be served (stored more than {@link #TTL_MILLIS} ago):
 * a session's detail for each of thousands of readers would otherwise stay until 5,000 of them filled the heap.
 */
public final class KeptAnswers {

    /** Where the data's generation comes from. */
    public interface Generation {
        long now();

        /** Whether the current transaction has written something it has not committed yet. */
        boolean uncommittedWrites();
    }

    static final int MAX_ENTRIES = 5_000;
    static final long TTL_MILLIS = 10_000;

    private record Entry(long generation, long storedAt, Object value) { }

    private static volatile Generation source;
    /** The wall clock of {@link #TTL_MILLIS} (tests move it). */
    static volatile java.util.function.LongSupplier clock = System::currentTimeMillis;
    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private KeptAnswers() {
    }

    /** Installs the generation (platform's start-up); null stops keeping anything. */
    public static void use(Generation generation) {
        source = generation;
        synchronized (ENTRIES) {
            ENTRIES.clear();
        }
    }

    /** The kept answer for {@code key}, or {@code compute}'s (kept for the next caller); a null key keeps nothing. */
    public static <T> T get(String key, Supplier<T> compute) {
        return get(key, compute, value -> true);
    }

    /**
     * As {@link #get(String, Supplier)}, keeping a computed answer only when {@code keep} accepts it: an answer that
     * depends on the clock as well as on the data (a session in progress counts its speakers' times from now) is
     * computed again at every call, and whether it does is known only from the answer itself.
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute, Predicate<? super T> keep) {
        Generation g = source;
        if (key == null || g == null || g.uncommittedWrites()) {
            return compute.get();
        }
        long generation = g.now();  // before reading: a commit from now on makes this answer old
        long now = clock.getAsLong();
        synchronized (ENTRIES) {
            Entry e = ENTRIES.get(key);
            if (e != null && e.generation() == generation && now - e.storedAt() <= TTL_MILLIS) {
                return (T) e.value();
            }
        }
        T value = compute.get();
        if (value != null && keep.test(value)) {
            synchronized (ENTRIES) {
                // In access order: the first entry was used longest ago, so while it is too old to serve, so may
                // be the next one; the first that is not ends the sweep.
                for (java.util.Iterator<Entry> it = ENTRIES.values().iterator(); it.hasNext(); ) {
                    if (now - it.next().storedAt() <= TTL_MILLIS) {
                        break;
                    }
                    it.remove();
                }
                ENTRIES.put(key, new Entry(generation, now, value));
            }
        }
        return value;
    }

    /** How many answers are kept (tests). */
    static int size() {
        synchronized (ENTRIES) {
            return ENTRIES.size();
        }
    }

    /** A key for {@code query} with its parameters, or null when a parameter is not a plain value. */
    public static String key(String query, Map<String, ?> parameters) {
        StringBuilder k = new StringBuilder(query);
        for (Map.Entry<String, ?> p : new java.util.TreeMap<>(parameters).entrySet()) {
            if (!plain(p.getValue())) {
                return null;
            }
            k.append('\u0000').append(p.getKey()).append('=').append(p.getValue());
        }
        return k.toString();
    }

    private static boolean plain(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().allMatch(KeptAnswers::plain);
        }
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>
                || v instanceof LocalDate || v instanceof Temporal;
    }
}
