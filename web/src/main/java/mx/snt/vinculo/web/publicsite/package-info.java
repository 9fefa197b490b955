/**
 * The public site's pages (issue 15) for a signed-out citizen: the home, commissions and regions,
 * public sessions, the registers of acuerdos and of agreements in force, sitemap and robots.
 *
 * <p><b>Clean addresses.</b> {@link mx.snt.vinculo.web.publicsite.PublicAddresses} is one small
 * servlet filter: it reads a clean address ({@code /comisiones/cvpdcs},
 * {@code /sesiones/cvpdcs/2026/so-03}, {@code /acuerdos/CVPDCS-SO-03-2026-04}, …) and forwards
 * it, inside the server, to the Faces page that renders it ({@code /publico/*.xhtml}) with the
 * address's parts as request parameters; the browser keeps the clean address. Old public links
 * ({@code /sesiones/ver.xhtml?id=…} opened signed out) answer 301 with the clean address. No
 * rewrite library: the addresses are few and fixed, and the parsing lives in the domain's
 * {@link mx.snt.vinculo.publicsite.PublicAddress}, so the pages, the sitemap and the filter
 * agree.
 *
 * <p>Views here are request-scoped, load in one service call from GET parameters, and use GET
 * forms and links only.
 *
 * <p><b>Stateless for visitors.</b> A signed-out visitor gets no HTTP session (a crawler or a busy day
 * used to leave one of about 9 KB per request for an hour). What made one, and what replaced it: the
 * language switch was a form post (now a link, {@code ?lang=en}, answered by
 * {@link mx.snt.vinculo.web.faces.LanguageSwitch} with a year-long cookie and a 303 back to the clean
 * address); the language lived in a session-scoped bean (now request-scoped, read from the cookie or, for a
 * signed-in person, from their session); that form made every page keep server-side view state, and
 * PrimeFaces keeps its CSP nonce in the view map, which Mojarra stores in the session (a signed-out view is
 * now transient, set by {@link mx.snt.vinculo.web.faces.SignedOutViews} before rendering starts, and
 * PrimeFaces keeps no nonce for a transient view); and the pages that signed-out
 * readers share with members (home, library entry, material, agreement, document) had {@code @ViewScoped}
 * beans, which Mojarra keeps in the session even for a transient view (now
 * {@link mx.snt.vinculo.web.faces.PageScoped}: view scope when signed in, request scope when not). The
 * sign-in mechanism touches no session on an unprotected request. {@code /health/live} reports the live
 * sessions; {@code StatelessPublicSiteIT} and {@code ./vinculo bench-public} hold the line.
 *
 * <p><b>Cache headers.</b> {@link mx.snt.vinculo.web.publicsite.PublicCaching} marks every signed-in
 * answer {@code private, no-store}. A signed-out 200 gets {@code Cache-Control: public, max-age=60} (feeds,
 * data and the sitemap keep their own longer ones), {@code Vary: Cookie, Accept-Language} (the language cookie and
 * the browser's languages, and a session cookie that would make it a member's page) and a weak {@code ETag}, so a browser, proxy or CDN revalidates
 * with {@code If-None-Match} and gets 304 without the body. Pages carry PrimeFaces' per-request CSP nonce, so
 * a hash of the raw body would never repeat: the validator is a hash of the body with that request's nonce
 * (read from its own Content-Security-Policy header) blanked out. Deriving it from the data instead would
 * need every page to name the rows it shows and their versions, and would miss changes of templates and
 * texts; hashing the rendered page is exact and costs one SHA-256 of some 30 KB. The ETag is weak because the
 * bytes differ by the nonce. A 304 carries no Content-Security-Policy, so the copy a cache holds keeps the
 * policy whose nonce its scripts carry. The price of caching a nonce-bearing page is that its nonce is shared
 * by everyone served that copy for a minute: acceptable for pages that render only escaped, published text
 * and load scripts only from Vínculo itself ({@code script-src 'self'}).
 */
package mx.snt.vinculo.web.publicsite;
