/**
 * The library of best practices (acervo): entries with bibliographic metadata
 * ({@code LibraryEntry} checks its own rules and records each body's adoption once), files whose
 * text is extracted at upload, full-text search on the hub's one search ({@code LibrarySearch} over
 * {@code search.SiteSearch}; {@code LibrarySource} gives the index each entry with its PDF text), facets,
 * download counts, and publication to the outbox ({@code LibraryEvents}). Services:
 * {@code LibraryCatalogue}, {@code LibrarySearch}, {@code LibraryAdoptions}; queries in
 * {@code LibraryRepository}, DTOs from {@code LibraryAssembler}.
 */
package mx.snt.vinculo.library;
