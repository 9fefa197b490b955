package mx.snt.vinculo.opendata;

import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.publicsite.PublicAddress;

/**
 * The one place open data, feeds and the public API take the addresses of public pages from. An acuerdo links
 * its clean address ({@code /acuerdos/CVPDCS-SO-03-2026-04}, {@link PublicAddress}); the others link the pages'
 * stable internal addresses, which answer a signed-out visitor with a 301 to the clean one (web.publicsite), so
 * the datasets need not read each session's commission, year and number only to build its link.
 */
public final class PublicLinks {

    private PublicLinks() {
    }

    public static String session(long id) {
        return PagePaths.session(id);
    }

    /** The acuerdo's own public page. */
    public static String acuerdo(long sessionId, String number) {
        return number == null ? PagePaths.session(sessionId) : PublicAddress.acuerdo(number);
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
