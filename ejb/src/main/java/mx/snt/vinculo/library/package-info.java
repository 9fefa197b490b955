/**
 * The library of best practices (acervo): entries with bibliographic metadata
 * ({@code LibraryEntry} checks its own rules and records each body's adoption once), files whose
 * text is extracted at upload, full-text search kept in the database ({@code LibrarySearch}:
 * normalised terms with a weight per field, so every instance of a cluster ranks alike), facets,
 * download counts, and publication to the outbox ({@code LibraryEvents}). Services:
 * {@code LibraryCatalogue}, {@code LibrarySearch}, {@code LibraryAdoptions}; queries in
 * {@code LibraryRepository}, DTOs from {@code LibraryAssembler}.
 */
package mx.snt.vinculo.library;
