package mx.snt.vinculo.web.faces;

import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.PassivationCapable;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link PageScoped}'s context: with a signed-in person (a principal on the request) it hands every call to
 * Faces' own view-scope context; without one it keeps the instance in a request attribute, destroyed when the
 * request ends ({@link RequestEnd}). Registered by {@link Registration} (META-INF/services).
 */
public final class PageScopeContext implements AlterableContext {

    private static final String PREFIX = PageScopeContext.class.getName() + ":";

    private final BeanManager beans;

    PageScopeContext(BeanManager beans) {
        this.beans = beans;
    }

    @Override
    public Class<? extends Annotation> getScope() {
        return PageScoped.class;
    }

    @Override
    public <T> T get(Contextual<T> contextual, CreationalContext<T> creational) {
        HttpServletRequest request = signedOutRequest();
        if (request == null) {
            return viewScope().get(contextual, creational);
        }
        String key = PREFIX + ((PassivationCapable) contextual).getId();
        @SuppressWarnings("unchecked")
        Instance<T> held = (Instance<T>) request.getAttribute(key);
        if (held == null) {
            held = new Instance<>(contextual, creational, contextual.create(creational));
            request.setAttribute(key, held);
        }
        return held.instance;
    }

    @Override
    public <T> T get(Contextual<T> contextual) {
        HttpServletRequest request = signedOutRequest();
        if (request == null) {
            return viewScope().get(contextual); // an existing instance only: Faces' two-argument get would create one
        }
        @SuppressWarnings("unchecked")
        Instance<T> held = (Instance<T>) request.getAttribute(PREFIX + ((PassivationCapable) contextual).getId());
        return held == null ? null : held.instance;
    }

    @Override
    public void destroy(Contextual<?> contextual) {
        HttpServletRequest request = signedOutRequest();
        if (request == null) {
            ((AlterableContext) viewScope()).destroy(contextual);
            return;
        }
        String key = PREFIX + ((PassivationCapable) contextual).getId();
        if (request.getAttribute(key) instanceof Instance<?> held) {
            request.removeAttribute(key);
            held.destroy();
        }
    }

    @Override
    public boolean isActive() {
        return FacesContext.getCurrentInstance() != null;
    }

    private jakarta.enterprise.context.spi.Context viewScope() {
        return beans.getContext(ViewScoped.class);
    }

    /** This Faces request when nobody is signed in on it, else null. */
    private static HttpServletRequest signedOutRequest() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.getExternalContext().getRequest() instanceof HttpServletRequest request
                && request.getUserPrincipal() == null) {
            return request;
        }
        return null;
    }

    private record Instance<T>(Contextual<T> contextual, CreationalContext<T> creational, T instance) {
        void destroy() {
            contextual.destroy(instance, creational);
        }
    }

    /** Adds the context to CDI. */
    public static class Registration implements Extension {
        void addContext(@Observes AfterBeanDiscovery event, BeanManager beans) {
            event.addContext(new PageScopeContext(beans));
        }
    }

    /** A signed-out visitor's page beans end with their request (their {@code @PreDestroy} runs). */
    @WebListener
    public static class RequestEnd implements ServletRequestListener {
        @Override
        public void requestDestroyed(ServletRequestEvent event) {
            List<String> names = Collections.list(event.getServletRequest().getAttributeNames());
            List<Instance<?>> held = new ArrayList<>();
            for (String name : names) {
                if (name.startsWith(PREFIX) && event.getServletRequest().getAttribute(name) instanceof Instance<?> i) {
                    held.add(i);
                }
            }
            held.forEach(Instance::destroy);
        }
    }
}
