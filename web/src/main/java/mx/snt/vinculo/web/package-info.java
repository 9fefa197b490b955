/**
 * The web module: JSF + PrimeFaces pages (thin view beans per feature: load in one service
 * call, act in one, show a message), the REST API under /api/v1, and sign-in (OpenID Connect
 * for pages, bearer tokens for the API). Feature packages share {@code faces} (page helpers)
 * and {@code files} (the one download helper of every file servlet) and never import each
 * other back and forth (an ArchUnit rule).
 */
package mx.snt.vinculo.web;
