/**
 * Who is calling: the signed-in person (or the public), their roles and the workspaces they
 * belong to, resolved once per service call from the container's principal and the directory.
 */
package mx.snt.vinculo.security;
