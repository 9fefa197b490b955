/** "Mis espacios": the workspaces a person belongs to, and each workspace's overview (members, items). */
package mx.snt.vinculo.workspaces;
