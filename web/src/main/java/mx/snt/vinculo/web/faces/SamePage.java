package mx.snt.vinculo.web.faces;

import jakarta.faces.context.FacesContext;

/**
 * After an action the address still opens the same page. The pages keep it in one of two ways:
 * an Ajax button updates the part that changed (the address never changes), or a full postback
 * ends in a redirect to the page's own address with its view parameters (post-redirect-get):
 * {@link AfterActionRedirect} does that for every successful full postback, and the form's
 * action keeps the parameters ({@link AddressKeepingViewHandler}) so that a refused one, which
 * stays to show the message and the person's input, is still at its address.
 * This class is what a view bean says when it wants something else.
 */
public final class SamePage {

    static final String STAY = SamePage.class.getName() + ".stay";

    private SamePage() {
    }

    /** The outcome "the page of this item" (e.g. a creation form leads to the new item's page). */
    public static String of(String viewId, long id) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return viewId + "?faces-redirect=true&id=" + id;
    }

    /** The outcome "this other page", messages kept (e.g. the list, once the item is no longer the person's to see). */
    public static String to(String viewId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return viewId + "?faces-redirect=true";
    }

    /**
     * This full postback renders its answer in place, without the redirect: what it shows lives
     * only in the view (e.g. a template just read, waiting to be mapped).
     */
    public static void stay() {
        FacesContext.getCurrentInstance().getAttributes().put(STAY, Boolean.TRUE);
    }
}
