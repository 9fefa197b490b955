package mx.snt.vinculo.sessions;

/** Ordinary or extraordinary session; the code goes into acuerdo numbers (SO/SE). */
public enum SessionKind {
    ORDINARY("SO"), EXTRAORDINARY("SE");

    private final String code;

    SessionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
