package mx.snt.vinculo.common;

import jakarta.ejb.ApplicationException;

/** Someone else changed the item since the caller read it: nothing is overwritten (409). */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {
    public ConflictException() {
        super("error.conflict");
    }

    /** A conflict with its own message (e.g. a job another instance is running). */
    protected ConflictException(String key, Object... args) {
        super(key, args);
    }
}
