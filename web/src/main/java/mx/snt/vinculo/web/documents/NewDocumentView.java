package mx.snt.vinculo.web.documents;

import mx.snt.vinculo.web.faces.SamePage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.documents.DocumentService;
import mx.snt.vinculo.documents.DocumentView;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.workspaces.WorkspaceOverview;
import mx.snt.vinculo.workspaces.WorkspaceService;

import java.io.Serializable;

@Named
@ViewScoped
public class NewDocumentView implements Serializable {

    @EJB
    private DocumentService documents;
    @EJB
    private WorkspaceService workspaces;

    private String workspace;
    private WorkspaceOverview overview;
    private String title;
    private String body;
    private Visibility visibility = Visibility.PRIVATE;

    public void load() {
        Long wsId = NotFound.id(workspace);
        try {
            overview = wsId == null ? null : workspaces.overview(wsId);
        } catch (NotFoundException e) {
            overview = null;
        }
        if (overview == null) {
            NotFound.send();
        }
    }

    public String save() {
        try {
            DocumentView d = documents.create(overview.workspace().id(), title, body, visibility);
            Messages.info("document.created");
            return SamePage.of("/documentos/ver", d.id());
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public Visibility[] getVisibilities() { return Visibility.values(); }
    public String getWorkspace() { return workspace; }
    public void setWorkspace(String workspace) { this.workspace = workspace; }
    public WorkspaceOverview getOverview() { return overview; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
}
