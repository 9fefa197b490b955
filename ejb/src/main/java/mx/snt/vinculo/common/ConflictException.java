package mx.snt.vinculo.common;

import jakarta.ejb.ApplicationException;

/** Someone else changed the item since the caller read it: nothing is overwritten (409). */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {
    public ConflictException() {
        super("error.conflict");
    }
}
