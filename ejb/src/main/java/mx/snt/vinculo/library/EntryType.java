package mx.snt.vinculo.library;

/** What kind of work a library entry is. */
public enum EntryType {
    GUIDE("Guía"), STUDY("Estudio"), ARTICLE("Artículo"), MANUAL("Manual"), VIDEO("Video"), INFOGRAPHIC("Infografía"),
    GOOD_PRACTICE("Buena práctica");

    private final String sipotLabel;

    EntryType(String sipotLabel) {
        this.sipotLabel = sipotLabel;
    }

    /** The name in the PNT's catalogs (SIPOT is in Spanish only). */
    public String sipotLabel() {
        return sipotLabel;
    }
}
