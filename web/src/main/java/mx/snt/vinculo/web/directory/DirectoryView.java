package mx.snt.vinculo.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.MemberSummary;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;

@Named
@ViewScoped
public class DirectoryView implements Serializable {

    @EJB
    private DirectoryService directory;

    private String text;
    private WorkspaceType type;
    private PageModel<WorkspaceSummary> units;
    private PageModel<MemberSummary> people;

    @PostConstruct
    void init() {
        units = new PageModel<>(15, (first, size) -> directory.searchWorkspaces(text, type, first, size));
        people = new PageModel<>(15, (first, size) -> directory.searchMembers(text, null, first, size));
    }

    /** The tables re-read through their models; nothing else to do. */
    public void search() {
    }

    public WorkspaceType[] getTypes() {
        return new WorkspaceType[]{WorkspaceType.BODY, WorkspaceType.COMMISSION, WorkspaceType.REGION};
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public WorkspaceType getType() { return type; }
    public void setType(WorkspaceType type) { this.type = type; }
    public PageModel<WorkspaceSummary> getUnits() { return units; }
    public PageModel<MemberSummary> getPeople() { return people; }
}
