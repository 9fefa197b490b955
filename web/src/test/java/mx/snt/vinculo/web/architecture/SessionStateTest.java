package mx.snt.vinculo.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import mx.snt.vinculo.web.faces.SignedInPerson;
import mx.snt.vinculo.web.security.SignIn;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a web session holds travels between instances (README, "Running on several instances"): Payara's Hazelcast
 * serialises the session after each request, and the instance that takes over reads it back. Every session- and
 * view-scoped bean (the Faces view state keeps the view-scoped ones in the session) and every object the code puts
 * in the session ({@code SignedInPerson}, {@code SignIn}) must serialise completely: each field that is not transient nor injected (Weld checks injected
 * beans itself: a passivating scope refuses a dependency that cannot passivate) has a Serializable type, down to
 * the records, lists and maps it holds. A field that breaks this is named here, before a second instance loses it.
 */
class SessionStateTest {

    private static final List<Class<?>> KEPT_IN_SESSION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("mx.snt.vinculo.web").stream()
            .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)
                    || c.isAnnotatedWith(ConversationScoped.class)
                    // view scope for a signed-in person (request scope signed out)
                    || c.isAnnotatedWith(mx.snt.vinculo.web.faces.PageScoped.class))
            .map(JavaClass::reflect)
            .toList();

    @Test
    void findsTheBeansThatLiveInTheSession() {
        assertThat(KEPT_IN_SESSION).hasSizeGreaterThan(20)
                .extracting(Class::getSimpleName).contains("SessionPage", "NewSessionView", "HomeView", "AgreementPage");
    }

    @Test
    void everythingKeptInTheSessionSerialises() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : KEPT_IN_SESSION) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        check(SignedInPerson.class, "SignedInPerson", problems, new HashSet<>());
        check(SignIn.class, "SignIn", problems, new HashSet<>());
        assertThat(problems).as("fields of session state that do not serialise").isEmpty();
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()
                        || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)
                        || f.isAnnotationPresent(Resource.class)) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type t, String path, List<String> problems, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>", problems, seen);
            }
        } else if (t instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", problems, seen);
        } else if (t instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.getName().startsWith("mx.snt.vinculo.")) {
                if (c.isSealed()) {
                    for (Class<?> sub : c.getPermittedSubclasses()) {
                        check(sub, path, problems, seen);
                    }
                } else if (c.isInterface()) {
                    if (!Serializable.class.isAssignableFrom(c)) {
                        problems.add(path + ": interface " + c.getName() + " does not extend Serializable");
                    }
                } else {
                    check(c, path, problems, seen);
                }
            } else if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                // java.util.List, Map…: the elements were checked through the type arguments; the usual
                // implementations serialise. A functional interface would hold a lambda, which does not.
                if (c.isAnnotationPresent(FunctionalInterface.class) && !Serializable.class.isAssignableFrom(c)) {
                    problems.add(path + ": " + c.getName() + " holds a lambda, which does not serialise");
                }
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        }
    }
}
