package mx.snt.vinculo.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This instance's search index: opened at start-up from {@code vinculo.search.dir} (default: the folder
 * {@code vinculo-search} in the server's data directory), rebuilt from the database when missing, unfinished or
 * made from another database, and fed from the change log every second by a timer. A rebuild runs on a managed
 * thread, so the timer and the pages never wait for it; searches meanwhile see the index fill up.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "vinculo.search.dir")
    private Optional<String> configuredDir;  // MicroProfile Config treats an empty default as missing

    @Resource(lookup = "java:app/jdbc/vinculo")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @Any
    private Instance<SearchSource> sources;

    @Inject
    private Clock clock;

    private SearchEngine engine;
    private IndexFeeder feeder;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Set once the application is up (every start-up bean, the demo seeds too, has run): no rebuild before. */
    private volatile boolean started;
    private volatile long retryAfter;

    @PostConstruct
    void open() {
        Path dir = directory();
        engine = SearchEngine.open(dir);
        feeder = new IndexFeeder(engine, new ChangeFeed(dataSource), this::sourceList, clock);
        LOG.info("search index at " + dir + ": " + engine.size() + " documents");
    }

    @PreDestroy
    void close() {
        engine.close();
    }

    /** Every second: rebuild if needed (in the background), else apply the change log's new rows. */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (!started || clock.millis() < retryAfter || !busy.compareAndSet(false, true)) {
            return;
        }
        boolean handedOver = false;
        try {
            if (feeder.needsRebuild()) {
                executor.submit(this::rebuildNow);
                handedOver = true;
            } else {
                feeder.poll();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index update failed; trying again in 10 s", e);
            retryAfter = clock.millis() + 10_000;
        } finally {
            if (!handedOver) {
                busy.set(false);
            }
        }
    }

    /**
     * The application is up: from now on the timer rebuilds a missing index and feeds it. Called by the web module
     * when it starts, which the container does after every start-up bean of the EJB module (the demo seeds, which
     * write no change rows, included) has run.
     */
    public void applicationStarted() {
        started = true;
    }

    /** Applies the change log now (after a local save), unless a poll or rebuild is under way (the next tick will). */
    public void pollNow() {
        if (!started || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!feeder.needsRebuild()) {
                feeder.poll();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "search index update after a save failed; the timer tries again", e);
        } finally {
            busy.set(false);
        }
    }

    private void rebuildNow() {
        try {
            feeder.rebuild();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index rebuild failed; trying again in 60 s", e);
            retryAfter = clock.millis() + 60_000;
        } finally {
            busy.set(false);
        }
    }

    public SearchEngine engine() {
        return engine;
    }

    public IndexFeeder.Progress progress() {
        return feeder.progress();
    }

    /** The entity types whose changes the index follows (the change log records only these). */
    public Set<String> followedTypes() {
        Set<String> f = followed;
        if (f == null) {
            f = sourceList().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.type()),
                s.parts().stream())).collect(Collectors.toUnmodifiableSet());
            followed = f;
        }
        return f;
    }

    private volatile Set<String> followed;

    private List<SearchSource> sourceList() {
        return sources.stream().toList();
    }

    private Path directory() {
        if (configuredDir.isPresent() && !configuredDir.get().isBlank()) {
            return Path.of(configuredDir.get().strip());
        }
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        return instanceRoot == null ? Path.of("vinculo-search") : Path.of(instanceRoot, "data", "vinculo-search");
    }
}
