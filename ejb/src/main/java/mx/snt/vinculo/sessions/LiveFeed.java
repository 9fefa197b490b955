package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import mx.snt.vinculo.platform.ClusterBroadcast;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes a session's changes to its live viewers on every instance: once a change commits, the state is assembled once
 * and published on the cluster's broadcast ({@link #TOPIC}); each instance hands it to the viewers it holds. A failure
 * here never undoes the change (it is committed already): viewers then catch up with the next change, or their page's
 * fallback poll.
 */
@ApplicationScoped
public class LiveFeed {

    /** The broadcast topic of live session states. */
    public static final String TOPIC = "sessions.live";

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());

    @EJB
    private SessionLive live;

    @EJB
    private ClusterBroadcast broadcast;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChanged change) {
        try {
            LiveState state = live.changed(change.sessionId(), change.change());
            if (state != null) {
                broadcast.publish(TOPIC, state.json());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Live update of session " + change.sessionId() + " not sent", e);
        }
    }
}
