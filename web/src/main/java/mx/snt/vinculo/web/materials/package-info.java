/**
 * The materials' pages: a workspace's list ({@code /materiales/index.xhtml?ws=}, public for public materials),
 * a material's page ({@code ver.xhtml?id=}: the file, the player, the text, the table with its server-drawn
 * {@code StatChart}, the gallery), the form ({@code editar.xhtml}), files and images
 * ({@code MaterialFileServlet}), and {@code CommissionMaterials} for the include a commission's page shows.
 */
package mx.snt.vinculo.web.materials;
