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
 */
package mx.snt.vinculo.web.publicsite;
