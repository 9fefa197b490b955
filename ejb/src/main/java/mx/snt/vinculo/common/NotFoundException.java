package mx.snt.vinculo.common;

import jakarta.ejb.ApplicationException;

/** The item does not exist or the caller may not see it: both answer the same (404). */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
    public NotFoundException() {
        super("error.notFound");
    }

    /** With a message of its own, where the person can do something about it (e.g. a file rewritten meanwhile). */
    public NotFoundException(String key, Object... args) {
        super(key, args);
    }
}
