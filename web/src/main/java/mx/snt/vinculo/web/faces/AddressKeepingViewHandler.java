package mx.snt.vinculo.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A form posts to its page's full address, view parameters included
 * ({@code /convenios/ver.xhtml?id=12}, not the bare {@code /convenios/ver.xhtml}): a postback
 * that renders in place (a refused action, an Ajax request) leaves the person at an address that
 * opens the page again. Links and redirects are untouched (they are built from their own
 * parameters). Registered in faces-config.xml.
 */
public class AddressKeepingViewHandler extends ViewHandlerWrapper {

    public AddressKeepingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /** Set while a link or redirect address is built: it carries its own parameters (Mojarra asks for the action URL then). */
    private static final String BUILDING = AddressKeepingViewHandler.class.getName() + ".building";

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return building(context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return building(context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String building(FacesContext context, Supplier<String> address) {
        Object before = context.getAttributes().put(BUILDING, Boolean.TRUE);
        try {
            return address.get();
        } finally {
            if (before == null) {
                context.getAttributes().remove(BUILDING);
            }
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId()) || url.contains("?") || context.getAttributes().containsKey(BUILDING)) {
            return url;
        }
        StringBuilder query = new StringBuilder();
        for (UIViewParameter p : ViewMetadata.getViewParameters(root)) {
            String value = p.getStringValue(context);
            if (p.getName() != null && value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(URLEncoder.encode(p.getName(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url + query;
    }
}
