/**
 * Vínculo's domain and its services: one package per feature (directory, workspaces,
 * documents, …) plus the shared mechanisms every feature uses (visibility, audit,
 * outbox, platform). Nothing here imports Camel, PrimeFaces or JAX-RS.
 */
package mx.snt.vinculo;
