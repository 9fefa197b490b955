package mx.snt.vinculo.sessions;

/** Ordinary or extraordinary session; the code goes into acuerdo numbers (SO/SE). */
public enum SessionKind {
    ORDINARY("SO", "Ordinaria"), EXTRAORDINARY("SE", "Extraordinaria");

    private final String code;
    private final String sipotLabel;

    SessionKind(String code, String sipotLabel) {
        this.code = code;
        this.sipotLabel = sipotLabel;
    }

    public String code() {
        return code;
    }

    /** The name in the PNT's catalogs (SIPOT is in Spanish only). */
    public String sipotLabel() {
        return sipotLabel;
    }
}
