package mx.snt.vinculo.platform;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cluster's broadcast on Payara's own Hazelcast (the data grid that already replicates web sessions): one
 * {@link ITopic} per topic name, prefixed so that no other application's topic is ours. Every member that subscribed
 * hears each message, the publisher included.
 */
final class HazelcastBroadcast implements Broadcast {

    private static final Logger LOG = Logger.getLogger(HazelcastBroadcast.class.getName());
    static final String PREFIX = "vinculo.";
    private final HazelcastInstance hazelcast;

    HazelcastBroadcast(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    private ITopic<String> topic(String name) {
        return hazelcast.getTopic(PREFIX + name);
    }

    @Override
    public void publish(String topic, String message) {
        topic(topic).publish(message);
    }

    @Override
    public AutoCloseable subscribe(String topic, Consumer<String> listener) {
        ITopic<String> t = topic(topic);
        UUID id = t.addMessageListener(m -> {
            try {
                listener.accept(m.getMessageObject());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of " + topic + " failed", e);
            }
        });
        return () -> t.removeMessageListener(id);
    }

    @Override
    public boolean clustered() {
        return true;
    }
}
