package mx.snt.vinculo.common;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A refusal the person should read: carries a message key (resolved in the person's
 * language by the web layer) and its arguments. Rolls the transaction back so a refused
 * action changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
