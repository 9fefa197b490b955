package mx.snt.vinculo.web.materials;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.materials.MaterialQueries;
import mx.snt.vinculo.materials.MaterialRow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest materials of one workspace, for the include {@code WEB-INF/includes/commission-materials.xhtml}
 * (a commission's page shows them): read once per request, through the visibility rule.
 */
@Named
@RequestScoped
public class CommissionMaterials {

    static final int SHOWN = 6;

    @EJB
    private MaterialQueries queries;

    private final Map<Long, List<MaterialRow>> read = new HashMap<>();

    public List<MaterialRow> of(long workspaceId) {
        return read.computeIfAbsent(workspaceId, ws -> queries.list(ws, null, 0, SHOWN).items());
    }
}
