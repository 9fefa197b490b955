package mx.snt.vinculo.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.Iterator;

/**
 * A page that renders no form keeps no view state, whoever reads it: with no form there is nothing to post back
 * (Ajax, polls and commands all need one), so saving its component tree into the HTTP session at the end of every
 * visit — what Faces does for a signed-in person's views — bought nothing. At national scale *Mis espacios*, the
 * home, the agreements dashboard, the library and the search pages are such pages; saving the tree was a tenth of
 * a reader's page (README, "Scale and benchmarks"). Runs after the tree is built, before it is rendered
 * ({@code PreRenderViewEvent}); a page whose bean already decided ({@link ReadOnlyView}), a postback and an Ajax
 * request are left alone. Only rendered components count: a form that is not rendered is not on the page either.
 */
public class FormlessViews implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIViewRoot root = (UIViewRoot) event.getSource();
        FacesContext fc = FacesContext.getCurrentInstance();
        if (root.isTransient() || fc == null || fc.isPostback() || fc.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (!rendersForm(root)) {
            root.setTransient(true);
        }
    }

    /**
     * Whether a rendered form is anywhere in {@code c}'s rendered subtree (children and facets). Inside a component
     * that repeats its children (a table, {@code ui:repeat}: anything with a {@code var}), whether a child is
     * rendered depends on the row, which does not exist yet: there any form counts, rendered or not.
     */
    static boolean rendersForm(UIComponent c) {
        if (!c.isRendered()) {
            return false;
        }
        if (c instanceof UIForm) {
            return true;
        }
        if (c.getChildCount() == 0 && c.getFacetCount() == 0) {
            return false;
        }
        boolean repeats = c.getAttributes().get("var") != null;
        for (Iterator<UIComponent> it = c.getFacetsAndChildren(); it.hasNext(); ) {
            UIComponent child = it.next();
            if (repeats ? holdsForm(child) : rendersForm(child)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is a form or has one among its descendants, rendered or not. */
    private static boolean holdsForm(UIComponent c) {
        if (c instanceof UIForm) {
            return true;
        }
        for (Iterator<UIComponent> it = c.getFacetsAndChildren(); it.hasNext(); ) {
            if (holdsForm(it.next())) {
                return true;
            }
        }
        return false;
    }
}
