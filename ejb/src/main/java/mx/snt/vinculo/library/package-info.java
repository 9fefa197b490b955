/**
 * The library of best practices (acervo): entries with bibliographic metadata, files whose
 * text is extracted at upload, full-text search kept in the database (normalised terms with
 * a weight per field, so every instance of a cluster ranks alike), facets, adoption by
 * bodies, download counts, and publication to the outbox.
 */
package mx.snt.vinculo.library;
