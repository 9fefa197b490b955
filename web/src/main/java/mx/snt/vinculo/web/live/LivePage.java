package mx.snt.vinculo.web.live;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.sessions.LiveState;
import mx.snt.vinculo.sessions.SessionLive;
import mx.snt.vinculo.web.faces.NotFound;

/**
 * The public live page of a public session ({@code /en-vivo/{id}}): its state rendered on the server, so it reads
 * without JavaScript; with it, {@code live.js} follows the session's stream and redraws the same parts from each
 * pushed state. Any session that is not public is a 404 here, whoever asks.
 */
@Named
@RequestScoped
public class LivePage {

    @EJB
    private SessionLive live;

    private String id;
    private LiveState state;

    public void load() {
        Long sessionId = NotFound.id(id);
        if (sessionId == null) {
            NotFound.send();
            return;
        }
        try {
            state = live.publicState(sessionId);
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public LiveState getState() { return state; }
}
