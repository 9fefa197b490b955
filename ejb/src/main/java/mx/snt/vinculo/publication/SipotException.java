package mx.snt.vinculo.publication;

/** A SIPOT web-service call that did not succeed (HTTP error, success:false, timeout). */
public class SipotException extends Exception {
    private final boolean expiredToken;
    private final boolean outcomeUnknown;

    public SipotException(String message, boolean expiredToken) {
        this(message, expiredToken, false);
    }

    public SipotException(String message, boolean expiredToken, boolean outcomeUnknown) {
        super(message);
        this.expiredToken = expiredToken;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * The call was sent but no answer came in time: the PNT may have done it. Repeating an
     * {@code agrega} then could add the record twice (see {@link PntDelivery}).
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public boolean expiredToken() {
        return expiredToken;
    }
}
