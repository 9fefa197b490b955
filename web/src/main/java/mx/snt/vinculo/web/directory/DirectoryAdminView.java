package mx.snt.vinculo.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.directory.BodyKind;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;

/** The admin edits names, acronyms, kind and active flag of every unit, and the network's own name. */
@Named
@ViewScoped
public class DirectoryAdminView implements Serializable {

    @EJB
    private DirectoryService directory;

    private String text;
    private PageModel<WorkspaceSummary> units;
    private WorkspaceSummary network;

    // the unit being edited
    private WorkspaceSummary editing;
    private String acronym;
    private String name;
    private BodyKind kind;
    private boolean active;

    @PostConstruct
    void init() {
        network = directory.network();
        units = new PageModel<>(15, (first, size) -> directory.searchWorkspaces(text, null, first, size));
    }

    public void edit(WorkspaceSummary unit) {
        editing = unit;
        acronym = unit.acronym();
        name = unit.name();
        kind = unit.bodyKind();
        active = unit.active();
    }

    public void editNetwork() {
        edit(directory.network());
    }

    public void save() {
        try {
            WorkspaceSummary saved = directory.update(editing.id(), editing.version(), acronym, name, kind, active);
            if (saved.type() == WorkspaceType.NETWORK) {
                network = saved;
            }
            editing = null;
            Messages.info("directory.saved");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void search() {
    }

    public BodyKind[] getKinds() { return BodyKind.values(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public PageModel<WorkspaceSummary> getUnits() { return units; }
    public WorkspaceSummary getNetwork() { return network; }
    public WorkspaceSummary getEditing() { return editing; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
