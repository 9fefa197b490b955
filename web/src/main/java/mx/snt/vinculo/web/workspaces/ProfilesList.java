package mx.snt.vinculo.web.workspaces;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.workspaces.WorkspaceProfiles;

import java.util.List;

/** The admin area's list of commissions and regions whose public profile the caller may edit ({@code /admin/perfiles.xhtml}). */
@Named
@RequestScoped
public class ProfilesList {

    @EJB
    private WorkspaceProfiles profiles;

    private List<WorkspaceSummary> units;

    public List<WorkspaceSummary> getUnits() {
        if (units == null) {
            units = profiles.editable();
        }
        return units;
    }
}
