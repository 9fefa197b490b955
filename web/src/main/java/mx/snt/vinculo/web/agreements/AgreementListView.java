package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.agreements.AgreementInputs.Filter;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The list of agreements the person may see, filtered and paged in the database. */
@Named
@ViewScoped
public class AgreementListView implements Serializable {

    @EJB
    private AgreementQueries agreements;
    @EJB
    private mx.snt.vinculo.workspaces.WorkspaceService workspaces;

    private java.util.List<mx.snt.vinculo.directory.WorkspaceSummary> mine;

    private Long workspace;
    private AgreementState state;
    private AgreementType type;
    private String party;
    private boolean expiring;
    private PageModel<AgreementRow> rows;

    public void load() {
        if (mine == null) {
            mine = workspaces.mine();
        }
        rows = new PageModel<>(25, (first, size) -> agreements.list(filter(), first, size));
    }

    /** Filters are applied by rebuilding the model; the table reloads from the first page. */
    public void apply() {
        load();
    }

    Filter filter() {
        return new Filter(workspace, state, type, party, null).expiringSoon(expiring);
    }

    /** The export link carries the same filters as the list. */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        add(q, "espacio", workspace == null ? null : workspace.toString());
        add(q, "estado", state == null ? null : state.name());
        add(q, "tipo", type == null ? null : type.name());
        add(q, "parte", party);
        add(q, "porVencer", expiring ? "1" : null);
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public AgreementState[] getStates() { return AgreementState.values(); }
    public AgreementType[] getTypes() { return AgreementType.values(); }
    public PageModel<AgreementRow> getRows() { return rows; }
    public java.util.List<mx.snt.vinculo.directory.WorkspaceSummary> getMine() { return mine; }
    public Long getWorkspace() { return workspace; }
    public void setWorkspace(Long workspace) { this.workspace = workspace; }
    public AgreementState getState() { return state; }
    public void setState(AgreementState state) { this.state = state; }
    public AgreementType getType() { return type; }
    public void setType(AgreementType type) { this.type = type; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public boolean isExpiring() { return expiring; }
    public void setExpiring(boolean expiring) { this.expiring = expiring; }
}
