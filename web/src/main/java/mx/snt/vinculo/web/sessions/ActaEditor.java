package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionWorkflow;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;

/** The acta editor: the narrative the secretary edits; the facts come from the session. */
@Named
@ViewScoped
public class ActaEditor implements Serializable {

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionWorkflow workflow;

    private String id;
    private SessionDetail session;
    private String text;

    public void load() {
        Long sessionId = NotFound.id(id);
        if (sessionId == null) {
            NotFound.send();
            return;
        }
        try {
            session = queries.get(sessionId);
            text = session.actaText();
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public void save() {
        try {
            session = workflow.saveActa(session.id(), session.version(), text);
            text = session.actaText();
            Messages.info("session.acta.saved");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SessionDetail getSession() { return session; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
