package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.publicsite.PublicHome;
import mx.snt.vinculo.publicsite.PublicSite;

/** The public home (what a signed-out visitor gets at {@code /}): one service call, read when the page asks. */
@Named
@RequestScoped
public class PublicHomeView {

    @EJB
    private PublicSite site;

    private PublicHome home;

    public PublicHome getHome() {
        if (home == null) {
            home = site.home();
        }
        return home;
    }
}
