package mx.snt.vinculo.platform;

import java.util.function.Consumer;

/**
 * Messages every instance of the cluster hears, the sender's included: the way one instance tells the others' viewers
 * that something changed (live sessions). Delivery is at most once and in order per sender; a listener must return
 * quickly (it runs on the transport's thread) and must not call the container (no JNDI, no EJB, no transaction).
 */
public interface Broadcast {

    void publish(String topic, String message);

    /** Starts delivering the topic's messages to {@code listener}; closing the result stops it. */
    AutoCloseable subscribe(String topic, Consumer<String> listener);

    /** Whether other instances hear it (false: this instance only). */
    boolean clustered();
}
