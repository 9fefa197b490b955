package mx.snt.vinculo.opendata;

import mx.snt.vinculo.common.PagePaths;

/**
 * The one place open data, feeds and the public API take the addresses of public pages from. Today they are
 * the pages' internal addresses; when the public site's clean addresses land ({@code /sesiones/{commission}/…},
 * {@code /acuerdos/{code}}), only these methods change.
 */
public final class PublicLinks {

    private PublicLinks() {
    }

    public static String session(long id) {
        return PagePaths.session(id);
    }

    /** An acuerdo is shown on its session's page. */
    public static String acuerdo(long sessionId, String number) {
        return PagePaths.session(sessionId);
    }

    public static String agreement(long id) {
        return PagePaths.agreement(id);
    }

    public static String libraryEntry(long id) {
        return PagePaths.libraryEntry(id);
    }

    public static String material(long id) {
        return PagePaths.material(id);
    }

    /** A commission's public list of materials. */
    public static String materials(long workspaceId) {
        return PagePaths.materials(workspaceId);
    }
}
