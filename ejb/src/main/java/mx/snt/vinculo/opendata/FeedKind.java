package mx.snt.vinculo.opendata;

/** The Atom feeds: one per kind of public item, for the whole network or one commission. */
public enum FeedKind {
    SESSIONS("sesiones"), ACUERDOS("acuerdos"), AGREEMENTS("convenios"), LIBRARY("acervo"), MATERIALS("materiales");

    private final String slug;

    FeedKind(String slug) {
        this.slug = slug;
    }

    /** The feed's name in its address: {@code /feeds/sesiones.atom}, {@code /feeds/cvpdcs/sesiones.atom}. */
    public String slug() {
        return slug;
    }

    public static FeedKind bySlug(String slug) {
        for (FeedKind k : values()) {
            if (k.slug.equals(slug)) {
                return k;
            }
        }
        return null;
    }
}
