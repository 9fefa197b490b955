package mx.snt.vinculo.web.workspaces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.workspaces.WorkspaceService;

import java.util.List;

@Named
@RequestScoped
public class MyWorkspacesView {

    @EJB
    private WorkspaceService workspaces;

    private List<WorkspaceSummary> mine;

    @PostConstruct
    void load() {
        mine = workspaces.mine();
    }

    public List<WorkspaceSummary> getMine() { return mine; }
}
