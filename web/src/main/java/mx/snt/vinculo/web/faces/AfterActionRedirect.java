package mx.snt.vinculo.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Post-redirect-get for every page: a full (non-Ajax) postback whose action succeeded and stayed
 * on the same view is answered with a redirect to that view's own address and view parameters,
 * its messages kept in the flash. A reload, a bookmark or a shared link then opens the same page
 * instead of posting again or losing the ?id=. A postback that failed (an error message, a
 * conversion error, an exception on its way to the handler) renders in place, with the input.
 * Registered in faces-config.xml.
 */
public class AfterActionRedirect implements PhaseListener {

    private static final String POSTED_VIEW = AfterActionRedirect.class.getName() + ".view";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            if (fc.getViewRoot() != null) {
                fc.getAttributes().put(POSTED_VIEW, fc.getViewRoot().getViewId());
            }
        } else if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION && redirectAfter(fc)) {
            String viewId = fc.getViewRoot().getViewId();
            String url = fc.getApplication().getViewHandler().getBookmarkableURL(fc, viewId, Map.of(), true);
            fc.getExternalContext().getFlash().setKeepMessages(true);
            try {
                fc.getExternalContext().redirect(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fc.responseComplete();
        }
    }

    private static boolean redirectAfter(FacesContext fc) {
        if (!fc.isPostback() || fc.getPartialViewContext().isAjaxRequest() || fc.getResponseComplete()
                || fc.isValidationFailed() || fc.getAttributes().containsKey(SamePage.STAY) || fc.getViewRoot() == null) {
            return false;
        }
        if (!fc.getViewRoot().getViewId().equals(fc.getAttributes().get(POSTED_VIEW))) {
            return false; // the action navigated elsewhere without a redirect: its own business
        }
        if (fc.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            return false; // the exception handler answers (e.g. the edit conflict message)
        }
        FacesMessage.Severity worst = fc.getMaximumSeverity();
        if (worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
            // Refused: the page stays with the message and the input; the message is for this answer only.
            fc.getExternalContext().getFlash().setKeepMessages(false);
            return false;
        }
        return true;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before a phase
    }
}
