package mx.snt.vinculo.search;

/**
 * The kinds of item the search shows, in the order results are grouped. A new kind (events, contests,
 * publications) adds its name here and a {@link SearchSource} that produces its documents.
 */
public enum SearchKind {
    LIBRARY, SESSION, AGENDA_ITEM, ACUERDO, ACTA, AGREEMENT, PROPOSAL, COMMENT, DOCUMENT, MATERIAL;

    /** The kind named in a request, or null for an unknown name. */
    public static SearchKind parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (SearchKind k : values()) {
            if (k.name().equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        return null;
    }
}
