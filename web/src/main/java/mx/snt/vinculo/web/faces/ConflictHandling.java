package mx.snt.vinculo.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import mx.snt.vinculo.web.Failures;

import java.util.Iterator;

/**
 * The pages' one answer to an edit conflict that a view bean did not catch itself: when two
 * saves of the same version race, the database detects the loser at commit and the container
 * throws an {@code EJBTransactionRolledbackException} around an {@code OptimisticLockException}.
 * That is not an unexpected error: the page stays, with the conflict message, and nothing was
 * overwritten. Every other failure goes on to the default handling (the error pages).
 * Registered in faces-config.xml.
 */
public class ConflictHandling extends ExceptionHandlerFactory {

    public ConflictHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            boolean conflict = false;
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (Failures.isConflict(failure)) {
                    events.remove();
                    conflict = true;
                }
            }
            if (conflict) {
                Messages.add(FacesMessage.SEVERITY_ERROR, "error.conflict");
                FacesContext.getCurrentInstance().renderResponse();
            }
            getWrapped().handle();
        }
    }
}
