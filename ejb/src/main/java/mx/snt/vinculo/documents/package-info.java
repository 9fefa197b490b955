/**
 * Documents of a workspace: the simplest item of the design, with a visibility, that every
 * workspace can hold (notices, working papers). {@code Document} checks its own fields and
 * versioned visibility changes; publishing one records an outbox event. Its demo data is in
 * {@code mx.snt.vinculo.demo}.
 */
package mx.snt.vinculo.documents;
