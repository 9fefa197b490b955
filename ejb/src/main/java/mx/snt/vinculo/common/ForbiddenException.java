package mx.snt.vinculo.common;

import jakarta.ejb.ApplicationException;

/** The caller can see the item but may not perform this action on it (403). */
@ApplicationException(rollback = true)
public class ForbiddenException extends DomainException {
    public ForbiddenException() {
        super("error.forbidden");
    }
}
