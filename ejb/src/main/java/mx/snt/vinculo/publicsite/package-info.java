/**
 * The public site (issue 15): what a signed-out citizen reads — the network's home, a page per
 * commission and region, the public sessions with their transmission, recording chapters,
 * stenographic version and acta, the registers of acuerdos and of agreements in force, and the
 * sitemap. Every query here reads as the public ({@code Caller.anonymous()}) through
 * {@link mx.snt.vinculo.visibility.VisibilityRule}, whoever is signed in: the public site shows
 * exactly what the public may see, and a private item's public address is a 404. Nothing here
 * returns the remote-meeting link, attendance or quorum lines: those stay on the members' pages.
 * {@link mx.snt.vinculo.publicsite.PublicAddress} builds and reads the clean, stable addresses.
 */
package mx.snt.vinculo.publicsite;
