package mx.snt.vinculo.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Keeps one instance's index in step with the database: {@link #rebuild} reads every source's aggregates in
 * batches; {@link #poll} applies the change log's new rows (reloading each changed aggregate from its source) and
 * commits the last applied seq into the index's commit data, so a restarted instance catches up from there.
 * Sequence numbers can commit out of order (two saves at once) or never (a rolled-back insert): a missing seq
 * holds the recorded position back for {@link #GAP_WAIT_MILLIS}, while the rows after it are applied at once.
 * Plain Java: the container's {@code SearchIndex} calls it from a timer, tests from a scheduler.
 */
public final class IndexFeeder {

    private static final Logger LOG = Logger.getLogger(IndexFeeder.class.getName());

    static final String SEQ = "seq";
    static final String EPOCH = "epoch";
    static final String COMPLETE = "complete";
    static final long GAP_WAIT_MILLIS = 10_000;
    static final int BATCH = 250;
    static final int POLL_ROWS = 1_000;

    /** A rebuild's progress, for the console. */
    public record Progress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
                           String lastError, long appliedSeq, int documents) implements java.io.Serializable {
    }

    private final SearchEngine engine;
    private final ChangeFeed feed;
    private final Supplier<? extends Collection<SearchSource>> sources;
    private final Clock clock;
    private long applied;
    private final TreeMap<Long, Long> gapSince = new TreeMap<>();
    private final Set<Long> appliedAbove = new TreeSet<>();
    private volatile boolean running;
    private volatile long done;
    private volatile long total;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String lastError;

    public IndexFeeder(SearchEngine engine, ChangeFeed feed, Supplier<? extends Collection<SearchSource>> sources, Clock clock) {
        this.engine = engine;
        this.feed = feed;
        this.sources = sources;
        this.clock = clock;
        this.applied = parse(engine.commitData().get(SEQ));
    }

    /** True when the index is missing, unfinished, or made from another database's log. */
    public synchronized boolean needsRebuild() {
        Map<String, String> data = engine.commitData();
        return engine.created() && data.isEmpty()
                || !"true".equals(data.get(COMPLETE))
                || !feed.epoch().equals(data.get(EPOCH))
                || parse(data.get(SEQ)) > feed.last();
    }

    /** Builds the index afresh from every source; searches see it fill up. */
    public synchronized void rebuild() {
        running = true;
        startedAt = clock.instant();
        finishedAt = null;
        lastError = null;
        done = 0;
        try {
            long upTo = feed.last();
            String epoch = feed.epoch();
            engine.deleteAll();
            engine.commit(Map.of(SEQ, "0", EPOCH, epoch, COMPLETE, "false"));
            List<SearchSource> all = List.copyOf(sources.get());
            total = all.stream().mapToLong(SearchSource::count).sum();
            int batches = 0;
            for (SearchSource source : all) {
                long after = 0;
                while (true) {
                    List<Long> ids = source.ids(after, BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    replace(source, ids);
                    done += ids.size();
                    after = ids.get(ids.size() - 1);
                    if (++batches % 8 == 0) {
                        engine.refresh();
                    }
                }
            }
            // The rebuild read everything committed up to upTo, but a lower seq may still be in flight (its save
            // commits later): start the position at the first gap among the last rows, as a poll would.
            applied = Math.max(0, upTo - POLL_ROWS);
            gapSince.clear();
            appliedAbove.clear();
            advance(feed.after(applied, POLL_ROWS).stream().filter(c -> c.seq() <= upTo).toList());
            engine.commit(Map.of(SEQ, String.valueOf(applied), EPOCH, epoch, COMPLETE, "true"));
            LOG.info("search index rebuilt: " + engine.size() + " documents from " + done + " items");
        } catch (RuntimeException e) {
            lastError = String.valueOf(e.getMessage());
            throw e;
        } finally {
            running = false;
            finishedAt = clock.instant();
        }
    }

    /** Applies the change log's new rows; returns how many rows it applied. */
    public synchronized int poll() {
        List<ChangeFeed.Change> rows = feed.after(applied, POLL_ROWS);
        if (rows.isEmpty()) {
            return 0;
        }
        List<ChangeFeed.Change> fresh = rows.stream().filter(c -> !appliedAbove.contains(c.seq())).toList();
        if (fresh.stream().anyMatch(c -> SearchChanges.REBUILD.equals(c.type()))) {
            rebuild();
            return fresh.size();
        }
        Map<SearchSource, Set<Long>> changed = new LinkedHashMap<>();
        Map<String, SearchSource> byType = new HashMap<>();
        Map<String, SearchSource> byPart = new HashMap<>();
        for (SearchSource s : sources.get()) {
            byType.put(s.type(), s);
            s.parts().forEach(p -> byPart.put(p, s));
        }
        Map<String, Set<Long>> parts = new LinkedHashMap<>();
        for (ChangeFeed.Change c : fresh) {
            SearchSource own = byType.get(c.type());
            if (own != null) {
                changed.computeIfAbsent(own, k -> new LinkedHashSet<>()).add(c.id());
            } else if (byPart.containsKey(c.type())) {
                parts.computeIfAbsent(c.type(), k -> new LinkedHashSet<>()).add(c.id());
            }
        }
        parts.forEach((type, ids) -> {
            SearchSource owner = byPart.get(type);
            changed.computeIfAbsent(owner, k -> new LinkedHashSet<>()).addAll(owner.owners(type, ids));
        });
        changed.forEach((source, ids) -> {
            List<Long> list = new ArrayList<>(ids);
            for (int i = 0; i < list.size(); i += BATCH) {
                replace(source, list.subList(i, Math.min(list.size(), i + BATCH)));
            }
        });
        advance(rows);
        engine.commit(Map.of(SEQ, String.valueOf(applied), EPOCH, feed.epoch(), COMPLETE, "true"));
        return fresh.size();
    }

    /** Moves the recorded position over the rows read, up to a gap that is still young. */
    private void advance(List<ChangeFeed.Change> rows) {
        long now = clock.millis();
        long a = applied;
        for (ChangeFeed.Change c : rows) {
            if (c.seq() == a + 1) {
                a = c.seq();
                continue;
            }
            long since = gapSince.computeIfAbsent(a + 1, k -> now);
            if (now - since >= GAP_WAIT_MILLIS) {
                a = c.seq();  // the missing seq was rolled back (or is far too late to matter to this poll)
            } else {
                break;
            }
        }
        long settled = a;
        for (ChangeFeed.Change c : rows) {
            if (c.seq() > settled) {
                appliedAbove.add(c.seq());
            }
        }
        appliedAbove.removeIf(s -> s <= settled);
        gapSince.headMap(settled, true).clear();
        applied = settled;
    }

    private void replace(SearchSource source, List<Long> ids) {
        Map<Long, List<SearchDoc>> docs = source.documents(ids);
        for (Long id : ids) {
            engine.replace(source.type() + ":" + id, docs.getOrDefault(id, List.of()));
        }
    }

    public Progress progress() {
        return new Progress(running, done, total, startedAt, finishedAt, lastError, applied, running ? -1 : engine.size());
    }

    private static long parse(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
