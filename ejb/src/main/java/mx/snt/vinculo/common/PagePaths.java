package mx.snt.vinculo.common;

/**
 * The one place that knows the addresses of the hub's pages, relative to its base address:
 * notices, digests, outbox events, PNT records and calendars link through here, so a page
 * that moves is changed once.
 */
public final class PagePaths {

    private PagePaths() {
    }

    public static String session(long id) {
        return "/sesiones/ver.xhtml?id=" + id;
    }

    /** The public live page of a public session (its stream is this address plus {@code /eventos}). */
    public static String liveSession(long id) {
        return "/en-vivo/" + id;
    }

    public static String sessionActa(long id) {
        return "/sesiones/acta.xhtml?id=" + id;
    }

    public static String agreement(long id) {
        return "/convenios/ver.xhtml?id=" + id;
    }

    /** An agreement's attachment (the signed PDF SIPOT links to), after the agreement's visibility check. */
    public static String agreementFile(long agreementId, long attachmentId) {
        return "/convenios/archivo?convenio=" + agreementId + "&id=" + attachmentId;
    }

    public static String proposal(long id) {
        return "/propuestas/ver.xhtml?id=" + id;
    }

    public static String call(long id) {
        return "/propuestas/convocatoria.xhtml?id=" + id;
    }

    public static String libraryEntry(long id) {
        return "/acervo/ver.xhtml?id=" + id;
    }

    public static String material(long id) {
        return "/materiales/ver.xhtml?id=" + id;
    }

    /** A workspace's (a commission's) list of materials. */
    public static String materials(long workspaceId) {
        return "/materiales/index.xhtml?ws=" + workspaceId;
    }

    public static String document(long id) {
        return "/documentos/ver.xhtml?id=" + id;
    }

    /** A hub path made absolute against the configured base address (with or without a trailing slash). */
    public static String absolute(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
