package mx.snt.vinculo.common;

import jakarta.ejb.ApplicationException;

/** Bad input: nothing is changed. */
@ApplicationException(rollback = true)
public class ValidationException extends DomainException {
    public ValidationException(String key, Object... args) {
        super(key, args);
    }
}
