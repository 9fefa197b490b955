/** Pages of the library (acervo): search with facets, an entry with its files and adoptions, the entry form, downloads. */
package mx.snt.vinculo.web.library;
