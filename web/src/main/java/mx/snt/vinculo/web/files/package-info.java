/**
 * File downloads for every feature's servlets: one helper ({@link mx.snt.vinculo.web.files.Downloads})
 * sets the media type, a safe {@code Content-Disposition} name, {@code nosniff} and caching, and
 * turns the service's refusals into 404 and a malformed id into 400, the same for all.
 */
package mx.snt.vinculo.web.files;
