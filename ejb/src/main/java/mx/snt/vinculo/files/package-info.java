/**
 * Uploaded files (documents of a session, annexes of an agreement, attachments of a
 * proposal, files of a library entry): checked by their content, not their name (PDF,
 * Office and OpenDocument, images), limited in size (vinculo.files.max-bytes, 20 MiB by
 * default), and stored in the database so that every instance of a cluster serves them.
 * Who may download a file is decided by the feature that owns it (its visibility rule).
 */
package mx.snt.vinculo.files;
