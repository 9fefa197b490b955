package mx.snt.vinculo.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Method calls in the pages' expressions ({@code #{row.title()}}, the way Jakarta EL 5 reads a record's components;
 * {@code #{view.canEdit()}}; {@code #{'agreement.type.'.concat(r.type())}}; {@code #{fmt.date(r.due())}}) through a
 * method found once per class, name and number of arguments. The EL's own {@code BeanELResolver} looks the method
 * up on every call, copying the class's whole method table ({@code Class.getMethods}): 15 % of the CPU of a
 * session's page at scale 10 for the calls without arguments, and 8 % of the agreements list for its labels'
 * {@code String.concat} alone (String has a hundred public methods; JFR).
 *
 * <p>Arguments are converted to the method's parameter types the way the EL converts them
 * ({@link ELContext#convertToType}). Anything this cannot decide alone is left to the EL: a name with several
 * public methods of that arity (overloads), varargs, a class or method that is not public (a Weld proxy's may not
 * be), or declared parameter types that are not the method's. Registered in faces-config.xml, so it comes before
 * the bean resolver.
 */
public class MethodCalls extends ELResolver {

    record Key(String name, int arity) {
    }

    /** More arguments than this are left to the EL (no page calls with so many). */
    private static final int MOST_ARGUMENTS = 6;

    /** Per class, per number of arguments, per name (a key object per call cost 2 % of a page by itself). */
    private static final ClassValue<List<Map<String, Optional<Method>>>> METHODS = new ClassValue<>() {
        @Override
        protected List<Map<String, Optional<Method>>> computeValue(Class<?> type) {
            return Stream.<Map<String, Optional<Method>>>generate(ConcurrentHashMap::new).limit(MOST_ARGUMENTS + 1)
                    .toList();
        }
    };

    /** The one public instance method of that name and arity, or nothing when there is none or more than one. */
    static Optional<Method> find(Class<?> type, Key key) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(key.name()) || m.getParameterCount() != key.arity() || m.isBridge()) {
                continue;
            }
            if (Modifier.isStatic(m.getModifiers()) || m.isVarArgs()) {
                return Optional.empty();
            }
            if (found != null && !Arrays.equals(found.getParameterTypes(), m.getParameterTypes())) {
                return Optional.empty();
            }
            if (found == null || found.getDeclaringClass().isAssignableFrom(m.getDeclaringClass())) {
                found = m;
            }
        }
        if (found == null || !Modifier.isPublic(found.getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        if (arity > MOST_ARGUMENTS || (paramTypes != null && paramTypes.length != arity)) {
            return null;
        }
        Method m = METHODS.get(base.getClass()).get(arity)
                .computeIfAbsent(method.toString(), name -> find(base.getClass(), new Key(name, arity)))
                .orElse(null);
        if (m == null || (arity > 0 && paramTypes != null && !Arrays.equals(paramTypes, m.getParameterTypes()))) {
            return null;
        }
        Object[] args = arity == 0 ? new Object[0] : new Object[arity];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < arity; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        try {
            Object result = m.invoke(base, args);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not ours: properties are the other resolvers'
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
