/**
 * Live sessions, pushed: {@code LiveStreams} holds this instance's open event streams (server-sent events) per session
 * and writes each state the cluster broadcasts to them; {@code LiveServlet} opens a stream after the visibility rule
 * (404 otherwise) and serves the public live page's clean address ({@code /en-vivo/{id}}); {@code LivePage} renders
 * that page's state server-side, readable without JavaScript.
 */
package mx.snt.vinculo.web.live;
