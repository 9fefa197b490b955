/** Pages of the directory: searching bodies, commissions, regions and people; the admin's editor. */
package mx.snt.vinculo.web.directory;
