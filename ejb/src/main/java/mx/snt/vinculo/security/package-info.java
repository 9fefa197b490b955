/**
 * Who is calling: the signed-in person (or the public), their roles and the workspaces they
 * belong to, resolved from the container's principal and the directory once per request ({@link
 * mx.snt.vinculo.security.CallerMemo}).
 */
package mx.snt.vinculo.security;
