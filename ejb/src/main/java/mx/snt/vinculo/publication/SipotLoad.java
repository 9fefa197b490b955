package mx.snt.vinculo.publication;

/**
 * What a SIPOT record still asks of SIPOT through the export files, and how publishing,
 * withdrawing and an admin's "loaded into SIPOT" change it. SIPOT holds a record once a file
 * carrying its Alta (or a later Cambio) was loaded, or once the web service added it (it has an
 * idRegistro); until then there is nothing at SIPOT to change or delete, so a change stays in the
 * pending Alta with the new content and a withdrawal simply takes it out of the pending Alta:
 * no Cambio and no Baja is ever asked for a record SIPOT never received.
 *
 * @param loadType    the load the files ask for (or last asked for): ALTA, CAMBIO or BAJA
 * @param pending     whether that load still waits in an export file not yet loaded
 * @param altaLoaded  whether SIPOT holds the record from a loaded export file
 */
public record SipotLoad(String loadType, boolean pending, boolean altaLoaded) {

    public static final String ALTA = "ALTA", CAMBIO = "CAMBIO", BAJA = "BAJA";

    /**
     * Where the record stands with the files, in one word for the console: PENDING (its load waits
     * in a file not loaded yet), LOADED (SIPOT holds it, nothing waits) or NONE (nothing to load:
     * withdrawn before its Alta was loaded, or its Baja was loaded).
     */
    public String fileState() {
        return pending ? "PENDING" : altaLoaded ? "LOADED" : "NONE";
    }

    /** A record published for the first time: an Alta waits. */
    public static SipotLoad first() {
        return new SipotLoad(ALTA, true, false);
    }

    /**
     * Whether SIPOT holds the record, so that a change is a Cambio and a withdrawal a Baja:
     * through a loaded file, or through the web service.
     */
    public boolean atSipot(boolean heldByWebService) {
        return altaLoaded || heldByWebService;
    }

    /**
     * Published with new content, or published again after a withdrawal: a Cambio when SIPOT holds
     * the record; else it is (again) in the pending Alta, with the new content.
     */
    public SipotLoad published(boolean heldByWebService) {
        return new SipotLoad(atSipot(heldByWebService) ? CAMBIO : ALTA, true, altaLoaded);
    }

    /**
     * No longer public: a Baja when SIPOT holds the record; else it leaves the pending Alta and
     * nothing waits for it (its load type stays what it was).
     */
    public SipotLoad withdrawn(boolean heldByWebService) {
        return atSipot(heldByWebService) ? new SipotLoad(BAJA, true, altaLoaded) : new SipotLoad(loadType, false, altaLoaded);
    }

    /**
     * An admin loaded into SIPOT a file carrying this record's {@code lineType} with the content
     * {@code lineHash}. The file may be older than the record's last change (the record changed or
     * was withdrawn after the file was generated): what SIPOT holds now is what the file said, and
     * whatever happened since still waits — a Cambio with the new content, or a Baja.
     *
     * @param publicNow   whether the record is public now
     * @param contentHash the record's content now
     */
    public SipotLoad loaded(String lineType, String lineHash, boolean publicNow, String contentHash, boolean heldByWebService) {
        if (BAJA.equals(lineType)) {
            // SIPOT deleted it: nothing waits, unless it was published again since (then an Alta, unless the web service holds it).
            return publicNow ? new SipotLoad(heldByWebService ? CAMBIO : ALTA, true, false) : new SipotLoad(BAJA, false, false);
        }
        if (!publicNow) {
            return new SipotLoad(BAJA, true, true);
        }
        if (!lineHash.equals(contentHash)) {
            return new SipotLoad(CAMBIO, true, true);
        }
        return new SipotLoad(lineType, false, true);
    }
}
