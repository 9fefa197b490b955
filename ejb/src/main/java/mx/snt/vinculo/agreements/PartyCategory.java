package mx.snt.vinculo.agreements;

/** What a party is: a body of the network (from the directory) or an outside counterparty. */
public enum PartyCategory {
    BODY("Órgano garante"), UNIVERSITY("Institución académica"), CIVIL_SOCIETY("Organización de la sociedad civil"),
    MEDIA("Medio de comunicación"), INTERNATIONAL("Organismo internacional"), COMPANY("Persona moral privada");

    private final String sipotLabel;

    PartyCategory(String sipotLabel) {
        this.sipotLabel = sipotLabel;
    }

    /** The name in the PNT's catalogs (SIPOT is in Spanish only). */
    public String sipotLabel() {
        return sipotLabel;
    }
}
