package mx.snt.vinculo.web.agreements;

import mx.snt.vinculo.web.faces.SamePage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.agreements.AgreementDetail;
import mx.snt.vinculo.agreements.AgreementDrafting;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.workspaces.WorkspaceService;

import java.io.Serializable;
import java.util.List;

/** Starts a draft in one of the person's bodies. */
@Named
@ViewScoped
public class NewAgreementView implements Serializable {

    @EJB
    private AgreementDrafting drafting;
    @EJB
    private WorkspaceService workspaces;

    private List<WorkspaceSummary> bodies;
    private Long workspace;
    private AgreementType type = AgreementType.COLABORACION;
    private String title;
    private String purpose;

    public void load() {
        bodies = workspaces.mine().stream().filter(w -> w.type() == WorkspaceType.BODY).toList();
        if (workspace == null && !bodies.isEmpty()) {
            workspace = bodies.get(0).id();
        }
    }

    public String save() {
        try {
            if (workspace == null) {
                throw new mx.snt.vinculo.common.ValidationException("agreement.workspace.body");
            }
            AgreementDetail d = drafting.create(workspace, type, title, purpose);
            Messages.info("agreement.created");
            return SamePage.of("/convenios/ver", d.id());
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public List<WorkspaceSummary> getBodies() { return bodies; }
    public AgreementType[] getTypes() { return AgreementType.values(); }
    public Long getWorkspace() { return workspace; }
    public void setWorkspace(Long workspace) { this.workspace = workspace; }
    public AgreementType getType() { return type; }
    public void setType(AgreementType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
}
