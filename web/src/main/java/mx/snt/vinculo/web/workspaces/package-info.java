/** Pages of "Mis espacios" and of one workspace (its members and the items the caller may see). */
package mx.snt.vinculo.web.workspaces;
