package mx.snt.vinculo.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.web.Texts;

/** Puts a message, in the page's language, where the page shows messages. */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(DomainException e) {
        add(FacesMessage.SEVERITY_ERROR, e.key(), e.args());
    }

    public static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        String text = Texts.get(fc.getViewRoot().getLocale(), key, args);
        fc.addMessage(null, new FacesMessage(severity, text, null));
        if (!fc.getPartialViewContext().isAjaxRequest()) {
            // A full postback is usually answered with a redirect (SamePage): the message goes with it.
            fc.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
