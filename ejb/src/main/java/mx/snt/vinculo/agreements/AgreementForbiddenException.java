package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.ForbiddenException;

/** A 403 that says why, in the agreements bundle (the shared one only says "not allowed"). */
public class AgreementForbiddenException extends ForbiddenException {
    private final String reason;
    private final transient Object[] arguments;

    public AgreementForbiddenException(String reason, Object... arguments) {
        this.reason = reason;
        this.arguments = arguments;
    }

    @Override
    public String key() {
        return reason;
    }

    @Override
    public Object[] args() {
        return arguments.clone();
    }
}
