package mx.snt.vinculo.agreements;

/** Convenio de coordinación (between public bodies), de concertación (with society) or de colaboración. */
public enum AgreementType {
    COORDINACION("De coordinación"), CONCERTACION("De concertación"), COLABORACION("De colaboración");

    private final String sipotLabel;

    AgreementType(String sipotLabel) {
        this.sipotLabel = sipotLabel;
    }

    /** The name in the PNT's catalogs (SIPOT is in Spanish only, whatever the reader's language). */
    public String sipotLabel() {
        return sipotLabel;
    }
}
