/**
 * Accessible PDF documents (PDF/UA-1, ISO 14289-1): {@link mx.snt.vinculo.pdf.TaggedPdf} lays text out on letter pages and
 * writes, as it draws, the structure tree a screen reader follows (headings, paragraphs, lists, tables), with embedded
 * fonts, the document's language and title, and page furniture marked as artifacts. Features say what a document holds;
 * this package only knows how an accessible PDF is built, and depends on no feature.
 */
package mx.snt.vinculo.pdf;
