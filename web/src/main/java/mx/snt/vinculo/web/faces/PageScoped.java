package mx.snt.vinculo.web.faces;

import jakarta.enterprise.context.NormalScope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope of a page bean that signed-out visitors read too (a library entry, a material, an agreement,
 * a document, the home): Faces' view scope for a signed-in person, exactly as {@code @ViewScoped}
 * (their forms and Ajax keep the bean), and the request for a signed-out visitor. Mojarra keeps every
 * view-scoped bean in the HTTP session, even on a stateless view, so a plain {@code @ViewScoped} would
 * give every anonymous reader a session (issue 15). See {@link PageScopeContext}.
 */
@NormalScope(passivating = true)
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface PageScoped {
}
