package mx.snt.vinculo.web.materials;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.materials.MaterialKind;
import mx.snt.vinculo.materials.MaterialQueries;
import mx.snt.vinculo.materials.MaterialRow;
import mx.snt.vinculo.web.faces.NotFound;

/**
 * A commission's (a workspace's) materials, or every workspace's when none is named: a GET page (links only, no
 * form), so an anonymous visitor gets no HTTP session. {@code ?ws=} the workspace, {@code ?tipo=} a kind,
 * {@code ?desde=} the first row.
 */
@Named
@RequestScoped
public class MaterialListView {

    static final int SIZE = 20;

    @EJB
    private MaterialQueries queries;

    private String ws;
    private String tipo;
    private String desde;
    private Long workspaceId;
    private String workspaceName;
    private String workspaceCode;
    private MaterialKind kind;
    private Page<MaterialRow> page;

    public void load() {
        try {
            workspaceId = ws == null || ws.isBlank() ? null : NotFound.id(ws);
            workspaceName = workspaceId == null ? null : queries.workspaceName(workspaceId);
            workspaceCode = workspaceId == null ? null : queries.workspaceCode(workspaceId).toLowerCase(java.util.Locale.ROOT);
            kind = MaterialKind.parse(tipo);
            int first = 0;
            if (desde != null && desde.matches("[0-9]{1,7}")) {
                first = Integer.parseInt(desde);
            }
            page = queries.list(workspaceId, kind, first, SIZE);
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public MaterialKind[] getKinds() { return MaterialKind.values(); }
    public boolean isCanCreate() { return workspaceId != null && queries.canCreate(workspaceId); }
    public boolean isHasNext() { return page != null && page.first() + page.size() < page.total(); }
    public int getNext() { return page.first() + page.size(); }
    public int getPrevious() { return Math.max(0, page.first() - page.size()); }
    public String getWs() { return ws; }
    public void setWs(String ws) { this.ws = ws; }
    public String getTipo() { return tipo; }
    public void setTipo(String tipo) { this.tipo = tipo; }
    public String getDesde() { return desde; }
    public void setDesde(String desde) { this.desde = desde; }
    public Long getWorkspaceId() { return workspaceId; }
    public String getWorkspaceName() { return workspaceName; }
    /** The feed of these materials: the workspace's, or the network's. */
    public String getFeed() { return workspaceCode == null ? "/feeds/materiales.atom" : "/feeds/" + workspaceCode + "/materiales.atom"; }
    public MaterialKind getKind() { return kind; }
    public Page<MaterialRow> getPage() { return page; }
}
