package mx.snt.vinculo.web.workspaces;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.MemberSummary;
import mx.snt.vinculo.documents.DocumentService;
import mx.snt.vinculo.documents.DocumentView;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.PageModel;
import mx.snt.vinculo.workspaces.WorkspaceOverview;
import mx.snt.vinculo.workspaces.WorkspaceService;

import java.io.Serializable;

@Named
@ViewScoped
public class WorkspacePage implements Serializable {

    @EJB
    private WorkspaceService workspaces;
    @EJB
    private DocumentService documents;
    @EJB
    private DirectoryService directory;

    private String id;
    private WorkspaceOverview overview;
    private PageModel<DocumentView> items;
    private PageModel<MemberSummary> members;

    public void load() {
        Long wsId = NotFound.id(id);
        if (wsId == null) {
            NotFound.send();
            return;
        }
        try {
            overview = workspaces.overview(wsId);
        } catch (NotFoundException e) {
            NotFound.send();
            return;
        }
        items = new PageModel<>(10, (first, size) -> documents.forWorkspace(wsId, first, size));
        members = new PageModel<>(10, (first, size) -> directory.searchMembers(null, wsId, first, size));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public WorkspaceOverview getOverview() { return overview; }
    public PageModel<DocumentView> getItems() { return items; }
    public PageModel<MemberSummary> getMembers() { return members; }
}
