package mx.snt.vinculo.materials;

/**
 * The five kinds of material the work plan names ("documentales, audiovisuales, estenográficos,
 * estadísticos, fotográficos"). Each needs its own content before anyone but the workspace sees it
 * ({@link Material#checkPublishable()}).
 */
public enum MaterialKind {
    /** A document: a file (PDF, Office). */
    DOCUMENTARY,
    /** A video or audio: an embeddable https address. */
    AUDIOVISUAL,
    /** A stenographic version: the text, a file, or both. */
    STENOGRAPHIC,
    /** Statistics: a CSV table, shown as a table and a chart. */
    STATISTICAL,
    /** A gallery of photographs, each with its alternative text. */
    PHOTOGRAPHIC;

    /** The kind named in a request (case-insensitive), or null. */
    public static MaterialKind parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (MaterialKind k : values()) {
            if (k.name().equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        return null;
    }
}
