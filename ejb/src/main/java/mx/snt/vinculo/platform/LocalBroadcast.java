package mx.snt.vinculo.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One instance alone (no data grid): a message reaches this instance's listeners, on the sender's thread. */
final class LocalBroadcast implements Broadcast {

    private static final Logger LOG = Logger.getLogger(LocalBroadcast.class.getName());
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String topic, String message) {
        for (Consumer<String> l : listeners.getOrDefault(topic, List.of())) {
            try {
                l.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of " + topic + " failed", e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(String topic, Consumer<String> listener) {
        List<Consumer<String>> list = listeners.computeIfAbsent(topic, k -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    @Override
    public boolean clustered() {
        return false;
    }
}
