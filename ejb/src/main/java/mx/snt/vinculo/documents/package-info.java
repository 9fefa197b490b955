/**
 * Documents of a workspace: the simplest item of the design, with a visibility, that every
 * workspace can hold (notices, working papers). Publishing one records an outbox event.
 */
package mx.snt.vinculo.documents;
