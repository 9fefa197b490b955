package mx.snt.vinculo.library;

/** The six topics of the design, shared by library entries, calls and proposals. */
public enum Topic {
    TRANSPARENCY("Transparencia"), ACCESS_TO_INFORMATION("Acceso a la información"),
    PERSONAL_DATA("Protección de datos personales"), ACCOUNTABILITY("Rendición de cuentas"),
    OPEN_GOVERNMENT("Gobierno abierto"), ARCHIVES("Archivos");

    private final String sipotLabel;

    Topic(String sipotLabel) {
        this.sipotLabel = sipotLabel;
    }

    /** The name published to the PNT (SIPOT is in Spanish only). */
    public String sipotLabel() {
        return sipotLabel;
    }
}
