package mx.snt.vinculo.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELManager;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pages' calls give what the EL gives without the resolver, through Payara's own EL (Expressly). */
class MethodCallsTest {

    public record Row(long id, String type, LocalDate due) {
        public String label(String prefix) {
            return prefix + type;
        }
    }

    public static final class Overloads {
        public String pick(String s) {
            return "text " + s;
        }

        public String pick(Long n) {
            return "number " + n;
        }

        public String days(LocalDate from, int n) {
            return Formats.DAY.format(from.plusDays(n));
        }
    }

    private final ExpressionFactory factory = ELManager.getExpressionFactory();
    private final AtomicInteger ours = new AtomicInteger();

    private ELContext context(boolean withResolver) {
        StandardELContext context = new StandardELContext(factory);
        if (withResolver) {
            context.addELResolver(new CountingCalls());
        }
        context.getVariableMapper().setVariable("r", factory.createValueExpression(
                new Row(7, "COLLABORATION", LocalDate.of(2027, 3, 4)), Row.class));
        context.getVariableMapper().setVariable("o", factory.createValueExpression(new Overloads(), Overloads.class));
        context.getVariableMapper().setVariable("nothing", factory.createValueExpression(null, Object.class));
        return context;
    }

    private Object eval(boolean withResolver, String expression) {
        ELContext context = context(withResolver);
        return factory.createValueExpression(context, expression, Object.class).getValue(context);
    }

    private void sameAsTheEl(String expression) {
        assertThat(eval(true, expression)).as(expression).isEqualTo(eval(false, expression));
    }

    @Test
    void callsWithAndWithoutArgumentsGiveWhatTheElGives() {
        for (String e : List.of("#{r.id()}", "#{r.type()}", "#{'agreement.type.'.concat(r.type())}",
                "#{r.label('tipo: ')}", "#{r.label(r.id())}", "#{r.label(nothing)}", "#{o.days(r.due(), '3')}",
                "#{'a,b'.split(',')[1]}", "#{'abc'.substring(1, 2)}", "#{'Ábaco'.toUpperCase()}")) {
            sameAsTheEl(e);
        }
        assertThat(eval(true, "#{'agreement.type.'.concat(r.type())}")).isEqualTo("agreement.type.COLLABORATION");
        assertThat(eval(true, "#{o.days(r.due(), '3')}")).isEqualTo("07/03/2027");
        assertThat(ours.get()).as("calls the resolver answered").isPositive();
    }

    @Test
    void overloadsAreLeftToTheEl() {
        ours.set(0);
        assertThat(eval(true, "#{o.pick('x')}")).isEqualTo(eval(false, "#{o.pick('x')}"));
        assertThat(ours.get()).isZero();
    }

    @Test
    void aMethodThatThrowsFailsAsTheElWould() {
        assertThatThrownBy(() -> eval(true, "#{'abc'.substring(5)}")).isInstanceOf(jakarta.el.ELException.class);
    }

    @Test
    void findsOneMethodPerNameAndArity() throws Exception {
        Method concat = String.class.getMethod("concat", String.class);
        assertThat(MethodCalls.find(String.class, new MethodCalls.Key("concat", 1))).contains(concat);
        assertThat(MethodCalls.find(Overloads.class, new MethodCalls.Key("pick", 1))).isEmpty();
        assertThat(MethodCalls.find(String.class, new MethodCalls.Key("valueOf", 1))).as("static").isEmpty();
        assertThat(MethodCalls.find(String.class, new MethodCalls.Key("formatted", 1))).as("varargs").isEmpty();
    }

    /** Counts the calls the resolver itself answered. */
    private final class CountingCalls extends MethodCalls {
        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            Object result = super.invoke(context, base, method, paramTypes, params);
            if (context.isPropertyResolved()) {
                ours.incrementAndGet();
            }
            return result;
        }
    }
}
