/**
 * The REST API under /api/v1: bearer tokens from the realm, the same services (and so the
 * same visibility rule) as the pages, and every error as application/problem+json.
 */
package mx.snt.vinculo.web.api;
