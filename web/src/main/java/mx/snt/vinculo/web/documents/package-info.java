/** Pages of a document: reading it, writing a new one, changing who may see it. */
package mx.snt.vinculo.web.documents;
