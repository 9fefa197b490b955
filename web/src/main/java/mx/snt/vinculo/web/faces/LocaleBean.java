package mx.snt.vinculo.web.faces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.web.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The person's language: Spanish (es-MX) first, English on request; remembered in the directory. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private Locale locale = Texts.SPANISH;

    @EJB
    private DirectoryService directory;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Called at login: take the language the person chose earlier. */
    public void adoptSaved(String username) {
        String saved = directory.localeOf(username);
        if (saved != null) {
            locale = "en".equals(saved) ? Locale.ENGLISH : Texts.SPANISH;
        }
    }

    /** Switches language and stays on the same page. */
    public void change(String language) throws IOException {
        locale = "en".equals(language) ? Locale.ENGLISH : Texts.SPANISH;
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(locale);
        var principal = fc.getExternalContext().getUserPrincipal();
        if (principal != null) {
            directory.setLocale(principal.getName(), locale.getLanguage());
        }
        var ec = fc.getExternalContext();
        var req = (jakarta.servlet.http.HttpServletRequest) ec.getRequest();
        // Back to the address the page was opened with (the form posts to the page without its ?id=).
        String opened = req.getParameter("volver");
        String back = opened != null && SignInFirst.isLocal(req.getContextPath(), opened) ? opened
                : req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        ec.redirect(back);
    }
}
