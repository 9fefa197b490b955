/**
 * MicroProfile Health readiness checks (database, Camel). They live in the WAR because Payara
 * runs health checks in the web module's context; checks in EJB modules find no active CDI context.
 */
package mx.snt.vinculo.web.health;
