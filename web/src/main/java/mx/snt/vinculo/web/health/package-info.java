/**
 * MicroProfile Health readiness checks (database, Camel). They live in the WAR because Payara
 * runs health checks in the web module's context; checks in EJB modules find no active CDI context.
 * The endpoint is anonymous (load balancers probe it), so the checks say UP or DOWN and nothing
 * about versions or products (ASVS 14.3); the integration console shows the details to admins.
 */
package mx.snt.vinculo.web.health;
