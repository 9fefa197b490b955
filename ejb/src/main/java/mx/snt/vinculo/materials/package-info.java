/**
 * Materials of the commissions (the work plan's "materiales documentales, audiovisuales, estenográficos,
 * estadísticos, fotográficos"): one publishable item per workspace with a {@link mx.snt.vinculo.materials.MaterialKind}.
 * {@code Material} guards its rules (https media addresses, a CSV that reads as a {@code StatTable}, every
 * gallery image with its alternative text, nothing shared before its content is there); {@code MaterialCatalogue}
 * writes (audit and outbox through {@code MaterialEvents}, in the same transaction), {@code MaterialQueries}
 * reads through the visibility rule, {@code MaterialSource} feeds the search. A material starts PRIVATE and is
 * published by changing its visibility, like a document.
 */
package mx.snt.vinculo.materials;
