package mx.snt.vinculo.publication;

/** A SIPOT web-service call that did not succeed (HTTP error, success:false, timeout). */
public class SipotException extends Exception {
    private final boolean expiredToken;

    public SipotException(String message, boolean expiredToken) {
        super(message);
        this.expiredToken = expiredToken;
    }

    public boolean expiredToken() {
        return expiredToken;
    }
}
