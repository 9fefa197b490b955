package mx.snt.vinculo.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import mx.snt.vinculo.web.faces.PageScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.home.HomeSection;
import mx.snt.vinculo.home.PendingItem;
import mx.snt.vinculo.home.PendingSection;
import mx.snt.vinculo.home.PendingWork;
import mx.snt.vinculo.home.PendingWorkHome;
import mx.snt.vinculo.home.RecentItem;

import java.io.Serializable;
import java.util.Locale;

/**
 * The home page. Signed in: the person's pending work and what changed recently in their
 * workspaces (one call, {@link PendingWork#home()}). Signed out: the public site's home
 * ({@code web.publicsite.PublicHomeView}).
 */
@Named
@PageScoped
public class HomeView implements Serializable {

    @EJB
    private PendingWork pendingWork;

    private PendingWorkHome mine;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getUserPrincipal() != null) {
            mine = pendingWork.home();
        }
        // Signed out, the page is the public site's home: PublicHomeView reads it.
    }

    private HomeWords words() {
        Locale l = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new HomeWords(l);
    }

    public boolean isSignedIn() { return mine != null; }
    public PendingWorkHome getMine() { return mine; }

    public String heading(PendingSection s) { return words().heading(s); }
    public String emptySentence(PendingSection s) { return words().emptySentenceOf(s.section()); }
    public String line(PendingSection s, PendingItem i) { return words().line(s.section(), i); }
    public String sentence(RecentItem r) { return words().sentence(r); }
    public String gone() { return words().gone(); }
    public String when(RecentItem r) { return words().day(r.at()); }
    public String seeAllLabel(PendingSection s) { return words().label(s.section()); }

    /** The list page of a section's items, filtered where the list can be; null when there is none. */
    public String seeAll(PendingSection s) {
        return allPath(s.section());
    }

    static String allPath(HomeSection section) {
        return switch (section) {
            case SESSIONS -> "/sesiones/index.xhtml";
            case AGREEMENTS -> "/convenios/index.xhtml";
            case DRAFTS -> "/convenios/index.xhtml?estado=DRAFT";
            case PROPOSALS, CALLS -> "/propuestas/index.xhtml";
            case VOTES, COMMITMENTS -> null;
        };
    }

    /** The section's element id on the page (browser tests find sections by it). */
    public String anchor(PendingSection s) {
        return "pending-" + s.section().name().toLowerCase(Locale.ROOT);
    }
}
