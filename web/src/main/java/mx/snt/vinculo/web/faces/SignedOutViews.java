package mx.snt.vinculo.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A signed-out visitor's view is stateless (transient): Faces keeps no view state for it, and PrimeFaces keeps
 * its CSP nonce out of the view map, so nothing needs an HTTP session (issue 15). Set right after the view is
 * created, before PrimeFaces' CSP listener reads it at the start of rendering; a signed-in person's views keep
 * their state (forms, Ajax, view scope) as before.
 */
public class SignedOutViews implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (root != null && event.getFacesContext().getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getUserPrincipal() == null) {
            root.setTransient(true);
        }
    }
}
