/**
 * Sign-in: one HTTP authentication mechanism that sends API calls with a bearer token to the
 * token verifier, API calls without one to a 401, and pages to Keycloak through Jakarta
 * Security's OpenID Connect mechanism; the login callback records the person in the
 * directory and returns them to the page they asked for.
 */
package mx.snt.vinculo.web.security;
