package mx.snt.vinculo.web.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import mx.snt.vinculo.platform.ClusterBroadcast;
import mx.snt.vinculo.sessions.LiveFeed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * This instance's live viewers: one server-sent event stream per open page, grouped by session. A state broadcast by
 * any instance ({@link LiveFeed#TOPIC}) is written, as it came, to every stream of its session by one delivery thread
 * (the broadcast's thread is never held, and a viewer's page is never re-rendered for it); a stream that fails is
 * dropped. A comment every {@link #HEARTBEAT_SECONDS} s keeps idle connections open through proxies and finds dead ones.
 */
@ApplicationScoped
public class LiveStreams {

    static final long HEARTBEAT_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(LiveStreams.class.getName());

    @EJB
    private ClusterBroadcast broadcast;

    @Resource
    private ManagedThreadFactory threads;

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private ExecutorService delivery;
    private ScheduledExecutorService heartbeat;
    private AutoCloseable subscription;

    /** Subscribes at deployment, so states broadcast before the first viewer opens are not a concern. */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Touching the bean creates it (and runs @PostConstruct).
        viewers.size();
    }

    @PostConstruct
    void start() {
        delivery = Executors.newSingleThreadExecutor(threads);
        heartbeat = Executors.newSingleThreadScheduledExecutor(threads);
        heartbeat.scheduleWithFixedDelay(() -> each(": \n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        subscription = broadcast.subscribe(LiveFeed.TOPIC, json -> delivery.execute(() -> deliver(json)));
    }

    @PreDestroy
    void stop() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Unsubscribing", e);
        }
        heartbeat.shutdownNow();
        delivery.shutdownNow();
        viewers.values().forEach(set -> set.forEach(Viewer::close));
        viewers.clear();
    }

    /**
     * Opens a viewer's stream: registered first, then given the state it starts from, read after that, so no change
     * committed meanwhile is lost; a message that crosses the first one is older or newer by its {@code at}, and the
     * page keeps the newest.
     */
    void open(long sessionId, AsyncContext async, java.util.function.Supplier<String> initialState) throws IOException {
        Viewer v = new Viewer(sessionId, async);
        async.addListener(new AsyncListener() {
            @Override public void onComplete(AsyncEvent e) { remove(v); }
            @Override public void onTimeout(AsyncEvent e) { remove(v); v.close(); }
            @Override public void onError(AsyncEvent e) { remove(v); v.close(); }
            @Override public void onStartAsync(AsyncEvent e) { }
        });
        viewers.computeIfAbsent(sessionId, k -> ConcurrentHashMap.newKeySet()).add(v);
        // retry: how long a browser waits before reconnecting after the stream ends (a timeout, a restart).
        if (!v.write("retry: 3000\n" + event(initialState.get()))) {
            remove(v);
        }
    }

    /** How many streams this instance holds for a session (the console and the tests read it). */
    public int viewers(long sessionId) {
        Set<Viewer> set = viewers.get(sessionId);
        return set == null ? 0 : set.size();
    }

    private void deliver(String json) {
        long sessionId;
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            sessionId = o.getJsonNumber("session").longValue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unreadable live state", e);
            return;
        }
        Set<Viewer> set = viewers.get(sessionId);
        if (set == null) {
            return;
        }
        String frame = event(json);
        for (Viewer v : set) {
            if (!v.write(frame)) {
                remove(v);
            }
        }
    }

    private void each(String frame) {
        viewers.values().forEach(set -> set.forEach(v -> {
            if (!v.write(frame)) {
                remove(v);
            }
        }));
    }

    private static String event(String json) {
        return "event: state\ndata: " + json + "\n\n";
    }

    private void remove(Viewer v) {
        Set<Viewer> set = viewers.get(v.sessionId);
        if (set != null) {
            set.remove(v);
        }
    }

    /** One open stream. Writes are serialised per stream (delivery and heartbeat threads). */
    private static final class Viewer {
        final long sessionId;
        final AsyncContext async;
        private boolean closed;

        Viewer(long sessionId, AsyncContext async) {
            this.sessionId = sessionId;
            this.async = async;
        }

        synchronized boolean write(String frame) {
            if (closed) {
                return false;
            }
            try {
                OutputStream out = async.getResponse().getOutputStream();
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException | IllegalStateException e) {
                close();
                return false;
            }
        }

        synchronized void close() {
            if (!closed) {
                closed = true;
                try {
                    async.complete();
                } catch (IllegalStateException e) {
                    // already completed by the container
                }
            }
        }
    }
}
