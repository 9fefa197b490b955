/**
 * MicroProfile Health checks: readiness (database, Camel) and one liveness check that carries the count of
 * live HTTP sessions ({@link mx.snt.vinculo.web.health.WebSessions}). They live in the WAR because Payara
 * runs health checks in the web module's context; checks in EJB modules find no active CDI context.
 * The endpoint is anonymous (load balancers probe it), so the checks say UP or DOWN and nothing
 * about versions or products (ASVS 14.3); the session count is a bare number. The integration console
 * shows the details to admins.
 */
package mx.snt.vinculo.web.health;
