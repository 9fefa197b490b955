package mx.snt.vinculo.web.faces;

import jakarta.faces.context.FacesContext;

/**
 * A signed-in person's page that holds links only — nothing on it posts back — keeps no view state, like a
 * signed-out visitor's ({@link SignedOutViews}): Faces then neither saves the component tree at the end of the
 * visit nor stores it in the HTTP session. A page's bean decides from what it loaded (a reader of a session that
 * is not live, a reader of an agreement who may do nothing with it), before rendering starts: saving the tree was
 * a tenth of such a page's time at national scale.
 */
public final class ReadOnlyView {

    private ReadOnlyView() {
    }

    /** Marks the view being rendered as stateless. */
    public static void keepNoState() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.getViewRoot() != null) {
            fc.getViewRoot().setTransient(true);
        }
    }
}
