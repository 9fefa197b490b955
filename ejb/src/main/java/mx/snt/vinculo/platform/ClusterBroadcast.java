package mx.snt.vinculo.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The container's door to the cluster's {@link Broadcast}: Payara's own Hazelcast instance, looked up at
 * {@code payara/Hazelcast}, when the data grid is on (it is by default); this instance alone otherwise (Hazelcast
 * disabled, or classes not visible), which is still right for a single instance. Said once in the log at start-up.
 */
@Singleton
@Startup
@jakarta.ejb.LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterBroadcast implements Broadcast {

    private static final Logger LOG = Logger.getLogger(ClusterBroadcast.class.getName());
    static final String JNDI = "payara/Hazelcast";

    private Broadcast delegate;

    @PostConstruct
    void start() {
        delegate = connect();
        LOG.info(delegate.clustered() ? "Live updates travel on Payara's Hazelcast (" + JNDI + ")"
                : "Live updates stay on this instance (no Hazelcast at " + JNDI + ")");
    }

    private static Broadcast connect() {
        try {
            Object found = new InitialContext().lookup(JNDI);
            if (found instanceof com.hazelcast.core.HazelcastInstance hz && hz.getLifecycleService().isRunning()) {
                return new HazelcastBroadcast(hz);
            }
        } catch (NamingException | LinkageError | RuntimeException e) {
            LOG.fine(() -> "No Hazelcast at " + JNDI + ": " + e);
        }
        return new LocalBroadcast();
    }

    @Override
    public void publish(String topic, String message) {
        delegate.publish(topic, message);
    }

    @Override
    public AutoCloseable subscribe(String topic, Consumer<String> listener) {
        return delegate.subscribe(topic, listener);
    }

    @Override
    public boolean clustered() {
        return delegate.clustered();
    }
}
