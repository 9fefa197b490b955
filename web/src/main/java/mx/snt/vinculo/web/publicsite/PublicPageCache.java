package mx.snt.vinculo.web.publicsite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import mx.snt.vinculo.platform.ClusterBroadcast;
import mx.snt.vinculo.platform.DataChanges;
import mx.snt.vinculo.web.Language;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public site's answers kept in memory (see the package documentation): a signed-out visitor's GET of a
 * public page, feed or data file is rendered once and served from here to the next visitors who ask the same
 * address in the same language, until the data changes ({@link DataChanges}: a commit on this instance, one on
 * another instance said through the cluster's broadcast, or an admin's flush) or {@code vinculo.public.cache.seconds}
 * (10) pass, whichever comes first. At most {@code vinculo.public.cache.entries} (500) answers and
 * {@code vinculo.public.cache.megabytes} (32 MB) of bodies, least recently used out first; 0 seconds turns it off. A CDN in front would do the same with {@code max-age}; this one also knows when
 * the data changed, so a page is never older than the last commit it could show.
 */
@ApplicationScoped
public class PublicPageCache {

    /** The answer's header that says whether it came from here ({@code hit}) or was rendered ({@code miss}). */
    public static final String HEADER = "X-Vinculo-Cache";
    static final String TOPIC = "vinculo.public-cache";
    /** Bigger answers are not kept (data files): they are rare, and would crowd out the pages. */
    static final int MAX_BODY = 512 * 1024;
    private static final Logger LOG = Logger.getLogger(PublicPageCache.class.getName());

    /** One kept answer: the generation it was read at, when, and what was sent. */
    record Entry(long generation, long storedAt, int status, List<Map.Entry<String, String>> headers, byte[] body, String etag) {
    }

    @EJB
    private ClusterBroadcast broadcast;

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** A word to the other instances is on its way (commits in a burst share one). */
    private final java.util.concurrent.atomic.AtomicBoolean telling = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();

    private long ttlMillis;
    private int maxEntries;
    private long maxBytes;
    private long bytes;
    private Map<String, Entry> entries;
    private AutoCloseable subscription;
    private AutoCloseable publisher;

    void startup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        entries.size();  // touching the bean creates it, so the subscription is there before the first request
    }

    @PostConstruct
    void start() {
        var config = ConfigProvider.getConfig();
        configure(config.getOptionalValue("vinculo.public.cache.seconds", Integer.class).orElse(10),
                config.getOptionalValue("vinculo.public.cache.entries", Integer.class).orElse(500),
                1024L * 1024 * config.getOptionalValue("vinculo.public.cache.megabytes", Integer.class).orElse(32));
        // Another instance's commit makes this one's copies old too; our own message comes back and is ignored.
        String me = java.util.UUID.randomUUID().toString();
        subscription = broadcast.subscribe(TOPIC, from -> {
            if (!me.equals(from)) {
                DataChanges.changedElsewhere();
            }
        });
        // Told from the committing thread's transaction completion, where no container call belongs: another thread
        // says it, once for however many commits happened before it ran.
        publisher = DataChanges.onLocalCommit(() -> {
            if (telling.compareAndSet(false, true)) {
                try {
                    executor.execute(() -> {
                        telling.set(false);
                        broadcast.publish(TOPIC, me);
                    });
                } catch (RuntimeException e) {
                    telling.set(false);  // shutting down: the next commit tries again
                    throw e;
                }
            }
        });
    }

    /** The limits (the unit test's door: the container's start reads them from the configuration). */
    void configure(int seconds, int maxEntries, long maxBytes) {
        this.ttlMillis = 1000L * seconds;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.entries = new LinkedHashMap<>(64, 0.75f, true);  // access order: the eldest is the least recently used
        this.bytes = 0;
    }

    @PreDestroy
    void stop() {
        for (AutoCloseable c : new AutoCloseable[]{publisher, subscription}) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing", e);
            }
        }
    }

    public boolean on() {
        return ttlMillis > 0;
    }

    /**
     * The key of a request that may be served from here, or null: a GET with no cookie but the language's, not
     * counted by the benchmark. Search pages are kept too: the index's every commit moves the generation. The
     * language part is what decides it (the cookie, else the browser's list, as {@link Language} reads them).
     */
    String key(HttpServletRequest req, String path) {
        if (!on() || !"GET".equals(req.getMethod()) || req.getHeader("X-Vinculo-Statements") != null) {
            return null;
        }
        String language = null;
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!Language.COOKIE.equals(c.getName())) {
                    return null;  // a session or anything else: this visitor's answer may be their own
                }
                language = c.getValue();
            }
        }
        String accept = req.getHeader("Accept-Language");
        return path + '?' + (req.getQueryString() == null ? "" : req.getQueryString())
                + '\n' + (language == null ? "" : language) + '\n' + (accept == null ? "" : accept);
    }

    /** The kept answer for this key, if it is still as new as the data. */
    synchronized Entry get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (e.generation() != DataChanges.generation() || System.currentTimeMillis() - e.storedAt() > ttlMillis) {
            remove(key);
            return null;
        }
        hits.incrementAndGet();
        return e;
    }

    private void remove(String key) {
        Entry gone = entries.remove(key);
        if (gone != null) {
            bytes -= gone.body().length;
        }
    }

    /** Keeps an answer that was rendered from the data as it was at {@code generation}. */
    synchronized void put(String key, Entry e) {
        if (e.body().length > MAX_BODY || e.generation() != DataChanges.generation()) {
            return;
        }
        remove(key);
        entries.put(key, e);
        bytes += e.body().length;
        kept.incrementAndGet();
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    /** How many answers were sent from here since the start. */
    public long hits() {
        return hits.get();
    }

    /** How many rendered answers were kept since the start. */
    public long kept() {
        return kept.get();
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }
}
